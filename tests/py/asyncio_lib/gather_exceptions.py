# asyncio.gather: results in argument order, return_exceptions, the first exception propagating,
# tasks and coroutines mixed, empty gather, cancelling the task that awaits a gather
import asyncio


async def value(v, d):
    await asyncio.sleep(d)
    return v


async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(value(1, 0.02), value(2, 0.01), value(3, 0)))
    t = asyncio.create_task(value("task", 0.01))
    print(await asyncio.gather(t, value("coro", 0), t))

    res = await asyncio.gather(value(1, 0), fail(ValueError("bad"), 0.01), value(3, 0.02), return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in res])

    late = asyncio.create_task(value("late", 0.03))
    try:
        await asyncio.gather(value(1, 0), fail(KeyError("first"), 0.01), late)
    except KeyError as e:
        print("raised", repr(e), "late still running:", not late.done())
    print("late finishes", await late)

    c = asyncio.create_task(value("x", 10))
    d = asyncio.create_task(value("y", 0))
    await asyncio.sleep(0)
    c.cancel()
    res = await asyncio.gather(c, d, return_exceptions=True)
    print([type(r).__name__ for r in res])

    log = []

    async def child(n):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("child %d cancelled" % n)
            raise

    async def parent():
        try:
            await asyncio.gather(child(1), child(2))
        except asyncio.CancelledError:
            log.append("parent cancelled")
            raise

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print(log)


asyncio.run(main())
