# MicroPython's asyncio extensions (hence the .exp): the uasyncio name, sleep_ms, wait_for_ms,
# Stream.readinto, one Stream class for reading and writing, Loop.default_exception_handler
import asyncio

try:
    import uasyncio

    asyncio.sleep_ms
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit

import time

print("uasyncio is asyncio", uasyncio is asyncio)
print("one Stream class", asyncio.StreamReader is asyncio.StreamWriter is asyncio.Stream)


async def slow(ms):
    await asyncio.sleep_ms(ms)
    return ms


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data[::-1])
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def failing():
    raise ValueError("unretrieved")


async def main():
    t0 = time.ticks_ms()
    await asyncio.sleep_ms(30)
    print("slept at least 30 ms", time.ticks_diff(time.ticks_ms(), t0) >= 30)
    print(await asyncio.wait_for_ms(slow(5), 100))
    try:
        await asyncio.wait_for_ms(slow(1000), 10)
    except asyncio.TimeoutError:
        print("wait_for_ms timed out")

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    stream, same = await asyncio.open_connection("127.0.0.1", port)
    print("reader is writer", stream is same)
    stream.write(b"stressed")
    await stream.drain()
    buf = bytearray(16)
    n = await stream.readinto(buf)
    print(n, bytes(buf[:n]))
    print("eof", await stream.read(10))
    stream.close()
    await stream.wait_closed()
    server.close()
    await server.wait_closed()

    # The default handler reports a task's exception nobody awaited.
    asyncio.create_task(failing())
    await asyncio.sleep_ms(1)
    print("after report")


asyncio.run(main())
