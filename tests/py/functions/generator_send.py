# generator.send
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(g.send(None))
print(g.send('a'))
print(g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('finished with', e.value)
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print(a.send(v))
g2 = echo()
try:
    g2.send(5)
except TypeError:
    print('TypeError: cannot send non-None to a just-started generator')
def accumulate():
    total = 0
    while True:
        total += yield total
acc = accumulate()
print(next(acc), acc.send(1), acc.send(2), acc.send(3))
