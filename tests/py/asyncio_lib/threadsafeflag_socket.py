# asyncio.ThreadSafeFlag (a MicroPython extension, hence the .exp) set from a _thread thread
# while the loop also waits on a socket: set() ends the loop's poll at once (through the loop's
# waker), so the idle loop waits in one poll per wake-up instead of polling the flag in slices.
# Ferrite's asyncio.core._io_poll is counted to show it; tests/cli/socket_cli.py measures the
# latency and CPU time.
import asyncio
import time

try:
    import _thread
    import socket

    asyncio.ThreadSafeFlag
    from asyncio import core

    core._io_poll
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit

flag = asyncio.ThreadSafeFlag()
polls = [0]
real_io_poll = core._io_poll


def counting_io_poll(timeout):
    polls[0] += 1
    real_io_poll(timeout)


core._io_poll = counting_io_poll


def setter(n, delay_ms):
    for i in range(n):
        time.sleep_ms(delay_ms)
        flag.set()


async def main():
    r, w = socket.socketpair()
    r.setblocking(False)
    reader = asyncio.StreamReader(r)
    got = []

    async def read_one():
        got.append(await reader.read(10))

    t = asyncio.create_task(read_one())
    await asyncio.sleep_ms(0)
    _thread.start_new_thread(setter, (3, 60))
    for i in range(3):
        polls[0] = 0
        start = time.ticks_ms()
        await flag.wait()
        took = time.ticks_diff(time.ticks_ms(), start)
        print("woken", i, "polls <= 2:", polls[0] <= 2, "within 45..500 ms:", 45 <= took < 500)
    # the socket still works alongside
    w.send(b"data")
    await t
    print("reader got", got)
    r.close()
    w.close()


asyncio.run(main())
