# global and nonlocal declarations
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_global():
    global created
    created = 'yes'
make_global()
print(created)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    print(inner(), inner())
    return x
print(outer())
def outer2():
    a = 'outer'
    def mid():
        def inner():
            nonlocal a
            a = 'changed'
        inner()
    mid()
    return a
print(outer2())
g = 'global'
def shadow():
    g = 'local'
    return g
print(shadow(), g)
def reader():
    return g
print(reader())
def counter_factory():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s1 = counter_factory()
s2 = counter_factory()
print(s1(), s1(), s2(), s1())
