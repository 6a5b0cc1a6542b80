# names in class bodies, comprehensions and nested functions
x = 'global x'
class C:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
print(C.x, C.y, C().method())
def f():
    x = 'f x'
    class D:
        z = x
    return D.z
print(f())
n = 10
print([n * i for i in range(3)])
i = 'outer i'
print([i for i in 'ab'], i)
def g():
    v = 1
    def h():
        return v + 1
    v = 5
    return h()
print(g())
