# getattr, setattr, hasattr, delattr
class C:
    a = 1
c = C()
print(getattr(c, 'a'), getattr(c, 'b', 'default'), hasattr(c, 'a'), hasattr(c, 'b'))
setattr(c, 'b', 2)
print(c.b, getattr(c, 'b'), hasattr(c, 'b'))
delattr(c, 'b')
print(hasattr(c, 'b'))
try:
    getattr(c, 'missing')
except AttributeError:
    print('AttributeError')
try:
    delattr(c, 'missing')
except AttributeError:
    print('AttributeError delattr')
print(getattr('abc', 'upper')(), getattr([], 'append') is not None, hasattr(1, 'zzz'))
setattr(C, 'class_attr', 'on class')
print(c.class_attr)
for name in ['x', 'y', 'z']:
    setattr(c, name, name * 2)
print([getattr(c, n) for n in 'xyz'])
