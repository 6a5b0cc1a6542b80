# comprehension variables do not leak; closures in comprehensions
x = 'outer'
r = [x for x in range(3)]
print(r, x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def f():
    y = 10
    return [y + k for k in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print({k: [k * j for j in range(k)] for k in range(4)})
