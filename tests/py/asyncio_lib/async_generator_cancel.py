# Cancelling a task blocked inside an async generator throws CancelledError into the generator
# (its finally runs before the consumer's except), and aclose() finalises a suspended one
import asyncio


async def forever(log):
    try:
        i = 0
        while True:
            await asyncio.sleep(0)
            yield i
            i += 1
    finally:
        log.append("generator finally")


async def consume(log):
    try:
        async for v in forever(log):
            log.append(v)
    except asyncio.CancelledError:
        log.append("consumer cancelled")
        raise


async def main():
    log = []
    t = asyncio.create_task(consume(log))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(log)

    log = []
    g = forever(log)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    print(log)


asyncio.run(main())
