# Task.cancel: CancelledError delivered at the await, cleanup in except/finally, ignoring it,
# cancelling before the task starts, awaiting a cancelled task, cancel() return values
import asyncio


async def sleeper(log):
    try:
        log.append("sleeping")
        await asyncio.sleep(10)
        log.append("not reached")
    except asyncio.CancelledError:
        log.append("got CancelledError")
        raise
    finally:
        log.append("finally ran")


async def stubborn(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("ignoring the cancel")
    await asyncio.sleep(0)
    return "survived"


async def never_started(log):
    log.append("body ran")


async def inner(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("inner cancelled too")
        raise


async def outer(log):
    t = asyncio.create_task(inner(log))
    await t


async def main():
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0.01)
    print("cancel ->", t.cancel(), "done", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print("done", t.done(), "cancelled", t.cancelled(), "cancel again ->", t.cancel())
    print(log)

    log = []
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    t.cancel()
    print("result", await t, t.cancelled(), log)

    log = []
    t = asyncio.create_task(never_started(log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start, body ran:", log)

    # Cancelling a task that awaits another task cancels the inner one as well.
    log = []
    t = asyncio.create_task(outer(log))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", log)

    # A task cancelling itself gets the error at its next await.
    async def self_cancel():
        asyncio.current_task().cancel()
        print("still running")
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("self cancel delivered")
            return "caught"

    print(await asyncio.create_task(self_cancel()))

    t = asyncio.create_task(asyncio.sleep(0, "value"))
    print(await t, "cancel finished ->", t.cancel())


asyncio.run(main())
