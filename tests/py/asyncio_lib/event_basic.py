# asyncio.Event: set/clear/is_set/wait, several waiters woken in order, wait on a set event
import asyncio


async def waiter(ev, name, log):
    log.append(name + " waits")
    r = await ev.wait()
    log.append(name + " woke " + str(r))
    return name


async def main():
    ev = asyncio.Event()
    print("is_set", ev.is_set())
    log = []
    tasks = [asyncio.create_task(waiter(ev, n, log)) for n in ("a", "b", "c")]
    await asyncio.sleep(0.01)
    log.append("setting")
    ev.set()
    print("is_set", ev.is_set())
    print(await asyncio.gather(*tasks))
    for line in log:
        print(line)
    print("already set:", await ev.wait())
    ev.clear()
    print("is_set", ev.is_set())

    # set then clear before the waiter runs: the waiter still wakes (it was scheduled)
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("woken anyway", await t)

    # ping-pong between two tasks through two events
    ping = asyncio.Event()
    pong = asyncio.Event()
    seen = []

    async def ponger():
        for i in range(3):
            await ping.wait()
            ping.clear()
            seen.append("pong %d" % i)
            pong.set()

    p = asyncio.create_task(ponger())
    for i in range(3):
        seen.append("ping %d" % i)
        ping.set()
        await pong.wait()
        pong.clear()
    await p
    print(seen)


asyncio.run(main())
