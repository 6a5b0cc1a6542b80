# asyncio.wait_for: result in time, TimeoutError with the inner task cancelled, None timeout,
# zero timeout, a task suppressing the cancel, TimeoutError is the builtin
import asyncio


async def slow(log, d, v):
    try:
        await asyncio.sleep(d)
        return v
    except asyncio.CancelledError:
        log.append("slow(%r) cancelled" % v)
        raise


async def main():
    log = []
    print(await asyncio.wait_for(slow(log, 0.01, "fast"), 1))
    try:
        await asyncio.wait_for(slow(log, 10, "late"), 0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(log)
    print(await asyncio.wait_for(slow(log, 0, "none"), None))

    t = asyncio.create_task(slow(log, 10, "task"))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print("task timed out, cancelled:", t.cancelled())

    try:
        await asyncio.wait_for(slow(log, 10, "zero"), 0)
    except asyncio.TimeoutError:
        print("zero timeout")
    print(log)

    # The cancelled task may ignore the cancel and return a value: wait_for returns it.
    async def shrug():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "shrugged"

    print(await asyncio.wait_for(shrug(), 0.01))

    # An exception from the awaited coroutine passes through.
    async def boom():
        await asyncio.sleep(0)
        raise KeyError("k")

    try:
        await asyncio.wait_for(boom(), 1)
    except KeyError as e:
        print("KeyError", e)

    # Timeouts in a loop: no leftovers keep the loop busy.
    n = 0
    for i in range(5):
        try:
            await asyncio.wait_for(asyncio.sleep(1), 0.001)
        except asyncio.TimeoutError:
            n += 1
    print("timeouts", n)

    # Cancelling the task that runs wait_for cancels the inner task too.
    log = []
    w = asyncio.create_task(asyncio.wait_for(slow(log, 10, "inner"), 5))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("outer cancelled", log)


asyncio.run(main())
