# __getattr__ is called only for missing attributes
class Dyn:
    existing = 'class attr'
    def __init__(self):
        self.inst = 'instance attr'
    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError(name)
d = Dyn()
print(d.inst, d.existing, d.dyn_hello)
print(getattr(d, 'dyn_x'), getattr(d, 'nothing', 'default'), hasattr(d, 'nope'), hasattr(d, 'dyn_y'))
try:
    d.missing
except AttributeError as e:
    print('AttributeError', e.args)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.index(3))
