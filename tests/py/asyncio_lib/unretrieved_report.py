# MicroPython's asyncio (hence the .exp): the exception of a task nobody awaits is reported at
# the loop's next round, so a task that awaits it (or calls result()/exception()) right after
# it failed hears of it instead of the handler; sleep_ms past ticks range is OverflowError.
import asyncio

try:
    asyncio.sleep_ms
except AttributeError:
    print("SKIP")
    raise SystemExit


def handler(loop, context):
    print("handler", context["message"], repr(context["exception"]))


async def fail(n):
    raise ValueError(n)


async def main():
    asyncio.get_event_loop().set_exception_handler(handler)

    # nobody awaits: reported before main's second step
    asyncio.create_task(fail(1))
    asyncio.create_task(fail(2))
    for i in range(3):
        print("step", i)
        await asyncio.sleep(0)

    # awaited right after it failed: not reported
    t = asyncio.create_task(fail(3))
    await asyncio.sleep(0)
    try:
        await t
    except ValueError as e:
        print("awaited", repr(e))

    # retrieved with exception() / result(): not reported
    t4 = asyncio.create_task(fail(4))
    t5 = asyncio.create_task(fail(5))
    await asyncio.sleep(0)
    print("exception()", repr(t4.exception()))
    try:
        t5.result()
    except ValueError as e:
        print("result()", repr(e))
    for _ in range(3):
        await asyncio.sleep(0)

    # retrieved too late: reported, and awaiting still raises
    t = asyncio.create_task(fail(6))
    for _ in range(3):
        await asyncio.sleep(0)
    try:
        await t
    except ValueError as e:
        print("late await", repr(e))

    for ms in (0x1FFFFFFF + 1, 1 << 40):
        try:
            await asyncio.sleep_ms(ms)
        except OverflowError as e:
            print("OverflowError", e)
    try:
        await asyncio.sleep(0x20000000 / 1000)
    except OverflowError:
        print("sleep OverflowError")
    print("main returns")


asyncio.run(main())
print("after run")
