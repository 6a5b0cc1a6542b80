# an awaitable that suspends: values travel to the driver and back
class Suspend:
    def __init__(self, request):
        self.request = request
    def __await__(self):
        reply = yield self.request
        return reply
    __iter__ = __await__  # MicroPython awaits through __iter__
async def worker():
    a = await Suspend('first')
    print('worker got', a)
    b = await Suspend('second')
    print('worker got', b)
    return a + b
coro = worker()
req = coro.send(None)
print('driver got', req)
req = coro.send(10)
print('driver got', req)
try:
    coro.send(32)
except StopIteration as e:
    print('result', e.value)
