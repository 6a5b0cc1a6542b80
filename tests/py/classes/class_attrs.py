# class attributes vs instance attributes
class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        C.count += 1
    def add(self, v):
        self.shared.append(v)
a, b = C('a'), C('b')
a.add(1)
b.add(2)
print(C.shared, a.shared is b.shared, C.count)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
C.new_attr = 'added later'
print(a.new_attr, b.new_attr)
b.shared = ['own']
print(a.shared, b.shared, C.shared)
print(hasattr(a, 'name'), hasattr(C, 'name'), getattr(C, 'count'))
class D(C):
    count = 'D count'
print(D.count, D('d').count, C.count)
def method(self):
    return 'patched ' + self.name
C.greet = method
print(a.greet(), D('x').greet())
