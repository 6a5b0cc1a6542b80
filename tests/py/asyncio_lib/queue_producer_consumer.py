# asyncio.Queue: producers and consumers, a bounded queue blocking put, nowait errors, join
import asyncio


async def producer(q, name, n, log):
    for i in range(n):
        await q.put((name, i))
        log.append("put %s%d qsize=%d" % (name, i, q.qsize()))
    log.append("producer %s done" % name)


async def consumer(q, name, got, log):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            log.append("consumer %s stops" % name)
            return len(got)
        got.append(item)
        log.append("%s got %s%d" % (name, item[0], item[1]))
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize", q.maxsize, "empty", q.empty(), "full", q.full(), "qsize", q.qsize())
    log = []
    got = []
    c1 = asyncio.create_task(consumer(q, "c1", got, log))
    c2 = asyncio.create_task(consumer(q, "c2", got, log))
    await asyncio.gather(producer(q, "a", 4, log), producer(q, "b", 3, log))
    await q.join()
    log.append("joined")
    await q.put(None)
    await q.put(None)
    print("consumer results", await c1 + await c2)
    for line in log:
        print(line)
    print(sorted(got))

    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    print("full", q2.full())
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", type(e).__name__, repr(str(e)))
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    # A getter waiting on an empty queue wakes when an item arrives.
    q3 = asyncio.Queue()
    waiter = asyncio.create_task(q3.get())
    await asyncio.sleep(0)
    print("waiter done?", waiter.done())
    q3.put_nowait(42)
    print("got", await waiter, "full never:", q3.full())


asyncio.run(main())
