# delattr on instances and classes
class C:
    shared = 'class'
c = C()
c.own = 1
delattr(c, 'own')
print(hasattr(c, 'own'), c.shared)
delattr(C, 'shared')
print(hasattr(c, 'shared'), hasattr(C, 'shared'))
c.x = 5
name = 'x'
delattr(c, name)
try:
    c.x
except AttributeError:
    print('AttributeError after delattr')
