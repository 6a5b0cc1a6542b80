# Cancelling a task that awaits gather() cancels the gathered children at once: children not
# yet started never run, sleeping ones see CancelledError, and the awaiting task is cancelled.
import asyncio

log = []


async def child(name, t):
    log.append(name + " start")
    try:
        await asyncio.sleep(t)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise
    log.append(name + " end")
    return name


async def stubborn(name):
    log.append(name + " start")
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        log.append(name + " ignores cancel")
    return name


async def waiter(rex, *coros):
    try:
        r = await asyncio.gather(*coros, return_exceptions=rex)
        log.append("gather returned %r" % (r,))
    except asyncio.CancelledError:
        log.append("waiter cancelled")
        raise


async def run_case(title, yields, rex, make):
    log.clear()
    t = asyncio.create_task(waiter(rex, *make()))
    for _ in range(yields):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw CancelledError")
    print(title, log)


async def main():
    two = lambda: (child("a", 0), child("b", 0.01))
    await run_case("before start", 1, False, two)
    await run_case("started", 2, False, two)
    await run_case("started rex", 2, True, two)
    await run_case("stubborn", 2, False, lambda: (stubborn("s"),))
    tasks = [asyncio.create_task(child("x", 0.01)), asyncio.create_task(child("y", 0.01))]
    await run_case("tasks", 0, False, lambda: tasks)
    print([t.cancelled() for t in tasks])


asyncio.run(main())
