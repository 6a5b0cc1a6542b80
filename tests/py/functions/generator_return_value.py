# values returned from generators through yield from and StopIteration
def sub(n):
    total = 0
    for i in range(n):
        total += yield i
    return total
def main():
    a = yield from sub(2)
    b = yield from sub(3)
    return a, b
g = main()
print(next(g))
out = []
try:
    v = 1
    while True:
        out.append(g.send(v))
        v += 1
except StopIteration as e:
    print('returned', e.value)
print(out)
def averager():
    total = count = 0
    while True:
        x = yield
        if x is None:
            return total / count if count else 0
        total += x
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in [('a', [1, 2, 3]), ('b', [10, 20])]:
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)
