# wait_for cancelled just as its task ends: the task's outcome wins over the cancellation when
# the task ended first (MicroPython's wait_for, also CPython 3.11's; CPython 3.12 changed it,
# hence the .exp). The wait_for wakes one loop round after its task ends.
import asyncio


async def inner(n, fail):
    await asyncio.sleep(0)
    if fail:
        raise ValueError(n)
    return n * 10


async def outer(n, fail):
    try:
        r = await asyncio.wait_for(inner(n, fail), 1)
        print("outer", n, "got", r)
    except asyncio.CancelledError:
        print("outer", n, "cancelled")
        raise
    except ValueError as e:
        print("outer", n, "ValueError", e)


async def main():
    for fail in (False, True):
        for rounds in range(1, 6):
            t = asyncio.create_task(outer(rounds, fail))
            for _ in range(rounds):
                await asyncio.sleep(0)
            print("rounds", rounds, "done before cancel:", t.done())
            t.cancel()
            try:
                await t
            except asyncio.CancelledError:
                print("main: cancelled")
    # a wait_for that times out still raises TimeoutError
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("timeout")


asyncio.run(main())
