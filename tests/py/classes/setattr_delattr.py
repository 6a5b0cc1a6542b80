# __setattr__ and __delattr__
class Logged:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
o = Logged()
o.a = 1
o.b = [2]
print(o.a, o.b)
del o.a
print(hasattr(o, 'a'), hasattr(o, 'b'))
setattr(o, 'c', 3)
delattr(o, 'c')
class ReadOnly:
    def __init__(self):
        object.__setattr__(self, 'value', 42)
    def __setattr__(self, name, value):
        raise AttributeError('read-only: ' + name)
r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print('AttributeError', e.args)
print(r.value)
