# ferrite-args: -X uart1=loop
# A machine.UART as an asyncio stream, as MicroPython programs use one
# (`asyncio.StreamReader(uart)`, `asyncio.StreamWriter(uart, {})`): the reader task waits in the
# loop's poll on the UART while a ticker task runs. UART1's TX is wired to its own RX. CPython
# has no machine module, hence the .exp.
import asyncio

try:
    from machine import UART
except ImportError:
    print("SKIP")
    raise SystemExit

uart = UART(1, 115200)
ticks = []


async def ticker():
    for i in range(5):
        ticks.append(i)
        await asyncio.sleep_ms(10)


async def sender():
    w = asyncio.StreamWriter(uart, {})
    await asyncio.sleep_ms(30)
    w.write(b"first line\nsecond")
    await w.drain()
    await asyncio.sleep_ms(20)
    w.write(b" line\n")
    await w.drain()


async def main():
    r = asyncio.StreamReader(uart)
    t = asyncio.create_task(ticker())
    s = asyncio.create_task(sender())
    print(await r.readline())
    print("ticker ran while the reader waited", len(ticks) >= 2)
    print(await r.readline())
    await s
    await t
    print(uart.any(), ticks)


asyncio.run(main())
