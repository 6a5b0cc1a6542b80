# asyncio_tasks.py: 10,000 concurrent tasks that sleep and wake ROUNDS times each (sleeps of
# 0-6 ms, so the timer queue holds thousands of entries), gathered at the end: the cost of
# task switches, timers and gather. Uses only what CPython's and MicroPython's asyncio share.
import asyncio

N = 10000
ROUNDS = 8


async def worker(i, woken):
    acc = 0
    for r in range(ROUNDS):
        await asyncio.sleep(((i * 7 + r * 3) % 7) / 1000)
        woken[0] += 1
        acc = (acc * 31 + i + r) % 1000003
    return acc


async def main():
    woken = [0]
    tasks = [asyncio.create_task(worker(i, woken)) for i in range(N)]
    results = await asyncio.gather(*tasks)
    check = 0
    for r in results:
        check = (check * 17 + r) % 1000000007
    print("asyncio_tasks checksum", len(results), woken[0], check)


asyncio.run(main())
