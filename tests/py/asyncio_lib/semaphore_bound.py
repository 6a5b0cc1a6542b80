# asyncio.Semaphore bounds how many tasks run a section at once; BoundedSemaphore over-release
import asyncio

active = 0
peak = 0
order = []


async def job(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        order.append("in %d (active %d)" % (n, active))
        for _ in range(1 + n % 3):
            await asyncio.sleep(0)
        active -= 1
        order.append("out %d" % n)
    return n * n


async def main():
    sem = asyncio.Semaphore(3)
    print("locked", sem.locked())
    res = await asyncio.gather(*[job(sem, i) for i in range(8)])
    print(res)
    print("peak", peak, "active", active)
    for line in order:
        print(line)

    s = asyncio.Semaphore(2)
    print(await s.acquire(), await s.acquire(), s.locked())
    w = asyncio.create_task(s.acquire())
    await asyncio.sleep(0)
    print("waiting", w.done())
    s.release()
    await asyncio.sleep(0)
    print("acquired", w.done(), w.result(), s.locked())
    s.release()
    s.release()
    s.release()
    print("plain semaphore can go above its start:", s.locked())

    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)

    # A cancelled waiter does not take a unit with it.
    s2 = asyncio.Semaphore(1)
    await s2.acquire()
    w1 = asyncio.create_task(s2.acquire())
    w2 = asyncio.create_task(s2.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.sleep(0)
    s2.release()
    await asyncio.sleep(0)
    print("w1 cancelled", w1.cancelled(), "w2 got it", w2.done(), s2.locked())


asyncio.run(main())
