# asyncio streams over real loopback sockets: start_server, open_connection, readline, read,
# readexactly, write/drain, EOF, close/wait_closed, get_extra_info, several clients
import asyncio

log = []


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    log.append("server: client from %s" % peer[0])
    while True:
        line = await reader.readline()
        if not line:
            break
        if line == b"big\n":
            n = int(await reader.readexactly(6))
            data = await reader.readexactly(n)
            writer.write(b"%d %d\n" % (len(data), sum(data) % 251))
        else:
            writer.write(b"echo:" + line.upper())
        await writer.drain()
    log.append("server: client gone")
    writer.close()
    await writer.wait_closed()


async def client(port, name, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    out = []
    for ln in lines:
        writer.write(ln.encode() + b"\n")
        await writer.drain()
        out.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return name, out


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("listening", port > 0)

    print(await asyncio.gather(client(port, "a", ["one", "two"]), client(port, "b", ["three"])))

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("peer port ok", writer.get_extra_info("peername")[1] == port)
    payload = bytes(range(256)) * 300
    writer.write(b"big\n%06d" % len(payload))
    writer.write(payload)
    await writer.drain()
    print("big reply", await reader.readline())
    writer.write(b"abc\n")
    await writer.drain()
    head = await reader.readexactly(5)
    three = await reader.read(3)
    rest = await reader.read(100)
    print(head, three, rest)
    writer.close()
    await writer.wait_closed()

    # EOF: the server closes after the client shuts its side.
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"last\n")
    await writer.drain()
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()

    for _ in range(500):
        if log.count("server: client gone") == 4:
            break
        await asyncio.sleep(0.01)
    server.close()
    await server.wait_closed()
    for line in log:
        print(line)

    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print("refused: OSError")


asyncio.run(main())
