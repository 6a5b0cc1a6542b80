# async generators driven by the asyncio loop: async for over generators that sleep and yield
# control, two consumers interleaving, an async comprehension, __anext__ by hand
import asyncio


async def ticks(n, spins):
    for i in range(n):
        for _ in range(spins):
            await asyncio.sleep(0)
        yield i * i


async def timed(n):
    for i in range(n):
        await asyncio.sleep(0.002)
        yield i


async def merge(log):
    async def run(name, n, spins):
        async for v in ticks(n, spins):
            log.append((name, v))
        log.append((name, "end"))

    await asyncio.gather(run("a", 4, 1), run("b", 3, 2))


async def main():
    print([v async for v in ticks(4, 0)])
    print([v async for v in timed(3) if v != 1])
    log = []
    await merge(log)
    print(log)

    g = ticks(3, 1)
    print(await g.__anext__(), await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

    # An exception raised in the loop body propagates out of async for.
    try:
        async for v in timed(5):
            if v == 2:
                raise KeyError(v)
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
