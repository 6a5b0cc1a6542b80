# The event loop object: new_event_loop, run_until_complete, run_forever/stop, create_task,
# get_event_loop inside a task, exception handlers, current_task
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def ticker(log, n):
    for i in range(n):
        log.append("tick %d" % i)
        await asyncio.sleep(0.005)


async def stopper(loop, log):
    await asyncio.sleep(0.05)
    log.append("stopping")
    loop.stop()


def handler(loop, context):
    print("handler:", sorted(context), repr(context["exception"]), context["future"].done())


async def failing():
    await asyncio.sleep(0)
    raise ValueError("nobody awaits me")


async def main(loop):
    print("same loop", asyncio.get_event_loop() is loop)
    t = asyncio.current_task()
    print("current task is a Task", isinstance(t, asyncio.Task), t.done())
    print("handler before", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("handler set", loop.get_exception_handler() is handler)
    loop.call_exception_handler({"message": "direct", "exception": KeyError(1), "future": t})
    asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    loop.set_exception_handler(None)
    print("handler reset", loop.get_exception_handler())
    return "main result"


loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(2, 3)))
print(loop.run_until_complete(main(loop)))

log = []
loop.create_task(ticker(log, 3))
loop.create_task(stopper(loop, log))
loop.run_forever()
print(log)
loop.close()


async def raiser():
    await asyncio.sleep(0)
    raise OSError(5, "io")


try:
    asyncio.run(raiser())
except OSError as e:
    print("run raised", e.args)

print(asyncio.run(add(10, 20)))
