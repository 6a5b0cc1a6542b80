# nested function definitions and scopes
def outer(a):
    def helper(b):
        return a * b
    def twice(b):
        return helper(helper(b))
    return [helper(1), twice(2)]
print(outer(3), outer(-1))
def make_stack():
    items = []
    def push(v):
        items.append(v)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1); push(2); push(3)
print(pop(), size(), pop(), size())
def level1():
    x = 'l1'
    def level2():
        def level3():
            return x + '>l3'
        return level3() + '>l2'
    return level2()
print(level1())
def rebinding():
    v = 1
    def read():
        return v
    v = 2
    r1 = read()
    v = 3
    return r1, read()
print(rebinding())
