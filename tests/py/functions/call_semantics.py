# argument passing: objects are shared, rebinding is local
def mutate(l):
    l.append('added')
def rebind(l):
    l = ['new']
    return l
x = [1]
mutate(x)
r = rebind(x)
print(x, r)
def mod_dict(d, **updates):
    d.update(updates)
    return len(d)
dd = {}
print(mod_dict(dd, a=1, b=2), dd)
def ints(n):
    n += 1
    return n
v = 5
print(ints(v), v)
def order(a, b, c):
    return a + b + c
def show(tag, value):
    print('eval', tag)
    return value
print(order(show('a', 'A'), show('b', 'B'), c=show('c', 'C')))
print(order(*'xyz'), order(**{'c': '3', 'a': '1', 'b': '2'}))
def nested_call(f, g):
    return f(g(2))
print(nested_call(str, lambda v: v ** 10))
