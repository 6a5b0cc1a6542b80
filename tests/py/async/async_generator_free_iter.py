# an async iterator class that awaits inside __anext__
class Wait:
    def __await__(self):
        yield 'tick'
    __iter__ = __await__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Wait()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    got = []
    async for v in Countdown(3):
        got.append(v)
    return got
c = main()
ticks = 0
while True:
    try:
        r = c.send(None)
        ticks += 1
    except StopIteration as e:
        print('result', e.value, 'ticks', ticks, r)
        break
