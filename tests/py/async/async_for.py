# async for over an object with __aiter__/__anext__
class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def consume():
    out = []
    async for v in Ticker(4):
        out.append(v)
    else:
        out.append('else')
    async for v in Ticker(5):
        if v == 30:
            break
        out.append(v)
    else:
        out.append('not reached')
    return out
print(run(consume()))
async def nested():
    pairs = []
    async for a in Ticker(2):
        async for b in Ticker(2):
            pairs.append((a, b))
    return pairs
print(run(nested()))
print(issubclass(StopAsyncIteration, Exception))
