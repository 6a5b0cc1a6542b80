# Lock.release() with tasks waiting: locked() is False until the next waiter runs, yet a task
# arriving meanwhile cannot overtake the waiters (FIFO order is kept).
import asyncio


async def holder(lock, log):
    async with lock:
        log.append("holder has it")
        await asyncio.sleep(0.02)
    log.append("released, locked=%s" % lock.locked())


async def waiter(lock, name, log):
    async with lock:
        log.append(name + " has it, locked=%s" % lock.locked())
        await asyncio.sleep(0)


async def latecomer(lock, log):
    log.append("latecomer sees locked=%s" % lock.locked())
    async with lock:
        log.append("latecomer has it")


async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, log))
    await asyncio.sleep(0)
    ws = [asyncio.create_task(waiter(lock, "w%d" % i, log)) for i in range(3)]
    await asyncio.sleep(0.01)
    await h
    await latecomer(lock, log)
    for w in ws:
        await w
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print("RuntimeError")

    # a waiter handed the lock but cancelled before it runs passes it on
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter(lock, "a", log))
    b = asyncio.create_task(waiter(lock, "b", log))
    await asyncio.sleep(0)
    log.clear()
    lock.release()
    print("after release", lock.locked())
    a.cancel()
    await asyncio.sleep(0.01)
    print(log, lock.locked(), a.cancelled(), b.done())


asyncio.run(main())
