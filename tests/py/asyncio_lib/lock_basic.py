# asyncio.Lock: mutual exclusion with async with, FIFO hand-over, locked(), errors, cancellation
import asyncio

log = []


async def worker(lock, n):
    async with lock:
        log.append("enter %d" % n)
        await asyncio.sleep(0.005)
        log.append("leave %d" % n)


async def main():
    lock = asyncio.Lock()
    print("locked", lock.locked())
    await asyncio.gather(*[worker(lock, i) for i in range(4)])
    for line in log:
        print(line)
    print("locked", lock.locked())

    print("acquire", await lock.acquire(), lock.locked())
    lock.release()
    print("released", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    # A waiter cancelled while queued does not keep the lock.
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.sleep(0)
    print("w1", w1.cancelled(), "w2", w2.done(), "locked", lock.locked())
    lock.release()
    print("locked", lock.locked())

    # The lock is released when the body raises.
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e, "locked", lock.locked())


asyncio.run(main())
