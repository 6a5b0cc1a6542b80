# asyncio_pingpong.py: two tasks pass a counter back and forth ROUNDS times through a pair of
# asyncio.Event objects (wait/set/clear), so every round is two task switches with no timers.
# Uses only what CPython's and MicroPython's asyncio share.
import asyncio

ROUNDS = 100000


class Box:
    def __init__(self):
        self.value = 0
        self.trace = 0


async def player(box, mine, other, step, rounds):
    for _ in range(rounds):
        await mine.wait()
        mine.clear()
        box.value += step
        box.trace = (box.trace * 3 + box.value) % 1000003
        other.set()


async def main():
    box = Box()
    ping = asyncio.Event()
    pong = asyncio.Event()
    a = asyncio.create_task(player(box, ping, pong, 1, ROUNDS))
    b = asyncio.create_task(player(box, pong, ping, 2, ROUNDS))
    ping.set()
    await a
    await b
    print("asyncio_pingpong checksum", box.value, box.trace)


asyncio.run(main())
