def gen(n):
    for i in range(n):
        x = yield i
    yield from other()
    return 5


async def coro(q):
    v = await q.get()
    async for item in q:
        print(item)
    else:
        done()
    return v


async def agen():
    yield 1
