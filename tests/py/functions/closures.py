# closures capture variables, not values
def make_adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs
print([f(10) for f in make_adders()])
def make_adders2():
    return [(lambda x, i=i: x + i) for i in range(3)]
print([f(10) for f in make_adders2()])
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(10)(100))
def late():
    fs = []
    v = 'first'
    fs.append(lambda: v)
    v = 'second'
    return fs[0]()
print(late())
def make_mult(n):
    def mult(x):
        return x * n
    return mult
double, triple = make_mult(2), make_mult(3)
print(double(7), triple(7), double(triple(1)))
def shared():
    items = []
    return items.append, lambda: list(items)
add, snapshot = shared()
add(1); add('two')
print(snapshot())
