# coroutines keep local state across suspensions
class Step:
    def __await__(self):
        v = yield 'step'
        return v
    __iter__ = __await__
async def summer():
    total = 0
    while True:
        v = await Step()
        if v is None:
            return total
        total += v
        print('running total', total)
c = summer()
c.send(None)
for v in [5, 10, -3]:
    c.send(v)
try:
    c.send(None)
except StopIteration as e:
    print('final', e.value)
