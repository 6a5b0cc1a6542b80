# asyncio.ThreadSafeFlag (a MicroPython extension, hence the .exp): set from a _thread thread,
# awaited by a task; auto-clear on wait, clear(), set before wait, and a flag awaited while the
# loop also has timers, sockets and other tasks
import asyncio
import time

try:
    import _thread

    asyncio.ThreadSafeFlag
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit

flag = asyncio.ThreadSafeFlag()
ack = _thread.allocate_lock()
ack.acquire()
sent = []
finished = []


def producer(n):
    # Each set() waits for the task's go-ahead, so the output does not depend on timing.
    for i in range(n):
        ack.acquire()
        time.sleep_ms(5)
        sent.append(i)
        flag.set()
    finished.append(n)


async def ticker(log):
    for i in range(3):
        await asyncio.sleep_ms(10)
        log.append("tick")


async def main():
    # set before wait: returns at once and clears the flag
    flag.set()
    await flag.wait()
    print("pre-set wait returned")
    flag.set()
    flag.clear()
    try:
        await asyncio.wait_for_ms(flag.wait(), 20)
    except asyncio.TimeoutError:
        print("cleared flag times out")

    log = []
    t = asyncio.create_task(ticker(log))
    _thread.start_new_thread(producer, (4,))
    for i in range(4):
        ack.release()
        await flag.wait()
        print("woken, sent so far", sent)
    await t
    print("ticks", len(log))

    # a thread-set flag wakes a loop that has nothing else to do
    _thread.start_new_thread(producer, (1,))
    start = time.ticks_ms()
    ack.release()
    await flag.wait()
    print("woke on a quiet loop, quickly:", time.ticks_diff(time.ticks_ms(), start) < 1000)
    # ... and a loop that is polling a socket at the same time
    async def handle(r, w):
        w.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    _thread.start_new_thread(producer, (1,))
    ack.release()
    await flag.wait()
    print("woke while polling a socket")
    server.close()
    await server.wait_closed()
    while len(finished) < 3:
        await asyncio.sleep_ms(1)
    print("threads finished", finished)


asyncio.run(main())
