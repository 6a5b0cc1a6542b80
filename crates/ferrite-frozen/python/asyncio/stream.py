# Ferrite asyncio: TCP streams over the `socket` and `select` modules.
#
# Sockets are non-blocking; a read or write that would block parks the task in the loop's
# select.poll until the socket is ready. As on MicroPython one Stream object is both reader and
# writer: open_connection returns (stream, stream), and StreamReader/StreamWriter are aliases.
# Any MicroPython stream that select.poll accepts works too (`asyncio.StreamReader(uart)` for a
# machine.UART): without recv/send, Stream uses its read/write, which return None rather than
# raise EAGAIN when they would block.

from . import core

try:
    from errno import EAGAIN, EINPROGRESS
except ImportError:
    EAGAIN = 11
    EINPROGRESS = 115

_BLOCKED = (EAGAIN, EINPROGRESS, 11, 115)
_CHUNK = 4096


class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        super().__init__("%d bytes read on a total of %s expected bytes" % (len(partial), expected))
        self.partial = partial
        self.expected = expected


def _would_block(ex):
    return ex.errno in _BLOCKED if hasattr(ex, "errno") else (ex.args and ex.args[0] in _BLOCKED)


class Stream:
    def __init__(self, s, e=None):
        self.s = s
        self.e = e if e is not None else {}
        self._in = b""
        self._out = b""
        self._closing = False

    def get_extra_info(self, name, default=None):
        if name in self.e:
            return self.e[name]
        s = self.s
        if name == "socket":
            return s
        if name == "sockname" and s is not None and hasattr(s, "getsockname"):
            return s.getsockname()
        if name == "peername" and s is not None and hasattr(s, "getpeername"):
            return s.getpeername()
        return default

    # --- Reading.

    async def _recv(self, n):
        # Up to n bytes from the socket, waiting until some arrive; b"" at end of stream.
        s = self.s
        while True:
            if s is None:
                return b""
            try:
                d = s.recv(n) if hasattr(s, "recv") else s.read(n)
            except OSError as ex:
                if not _would_block(ex):
                    raise
                d = None
            if d is not None:
                return d
            await core._io_wait(s, False)
            s = self.s

    async def read(self, n=-1):
        if n < 0:
            parts = [self._in]
            self._in = b""
            while True:
                d = await self._recv(_CHUNK)
                if not d:
                    return b"".join(parts)
                parts.append(d)
        if n == 0:
            return b""
        if self._in:
            d = self._in[:n]
            self._in = self._in[n:]
            return d
        return await self._recv(n)

    async def readinto(self, buf):
        n = len(buf)
        if n == 0:
            return 0
        if self._in:
            d = self._in[:n]
            self._in = self._in[n:]
        else:
            d = await self._recv(n)
        k = len(d)
        buf[:k] = d
        return k

    async def readexactly(self, n):
        while len(self._in) < n:
            d = await self._recv(max(n - len(self._in), _CHUNK))
            if not d:
                partial = self._in
                self._in = b""
                raise IncompleteReadError(partial, n)
            self._in += d
        d = self._in[:n]
        self._in = self._in[n:]
        return d

    async def readline(self):
        while True:
            i = self._in.find(b"\n")
            if i >= 0:
                line = self._in[: i + 1]
                self._in = self._in[i + 1 :]
                return line
            d = await self._recv(_CHUNK)
            if not d:
                line = self._in
                self._in = b""
                return line
            self._in += d

    def at_eof(self):
        return self.s is None and not self._in

    # --- Writing.

    def _send_some(self):
        # Sends what the socket takes without blocking; False when it would block.
        try:
            s = self.s
            n = s.send(self._out) if hasattr(s, "send") else s.write(self._out)
        except OSError as ex:
            if _would_block(ex):
                return False
            raise
        if n is None:
            return False
        self._out = self._out[n:]
        return True

    def write(self, buf):
        if not buf:
            return
        self._out += bytes(buf)
        if self.s is not None:
            try:
                self._send_some()
            except OSError:
                pass  # reported by drain()

    def writelines(self, bufs):
        for b in bufs:
            self.write(b)

    async def drain(self):
        while self._out:
            if self.s is None:
                raise OSError(32)  # EPIPE: closed with data pending
            if not self._send_some():
                await core._io_wait(self.s, True)

    # --- Closing.

    def is_closing(self):
        return self._closing or self.s is None

    def _close_now(self):
        s = self.s
        if s is not None:
            self.s = None
            core._io_drop(s)
            if hasattr(s, "close"):
                s.close()

    def close(self):
        self._closing = True
        if not self._out:
            self._close_now()

    async def wait_closed(self):
        if self._out and self.s is not None:
            try:
                await self.drain()
            except OSError:
                pass
        self._close_now()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()
        await self.wait_closed()


StreamReader = Stream
StreamWriter = Stream


def _addr(socket, host, port):
    if not host:
        host = "0.0.0.0"
    return socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]


async def open_connection(host, port, ssl=None):
    import socket

    if ssl:
        raise NotImplementedError("ssl streams")
    ai = _addr(socket, host, port)
    s = socket.socket(ai[0], socket.SOCK_STREAM, ai[2])
    s.setblocking(False)
    try:
        try:
            s.connect(ai[-1])
        except OSError as ex:
            if not _would_block(ex):
                raise
            await core._io_wait(s, True)
            err = 0
            if hasattr(s, "getsockopt") and hasattr(socket, "SO_ERROR"):
                err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err:
                raise OSError(err)
    except BaseException:
        core._io_drop(s)
        s.close()
        raise
    st = Stream(s, {"peername": ai[-1]})
    return st, st


class Server:
    def __init__(self, s):
        self._s = s
        self.task = None

    @property
    def sockets(self):
        return [self._s] if self._s is not None else []

    def is_serving(self):
        return self.task is not None and not self.task.done()

    def close(self):
        if self.task is not None and not self.task.done():
            self.task.cancel()
        s = self._s
        if s is not None:
            self._s = None
            core._io_drop(s)
            s.close()

    async def wait_closed(self):
        t = self.task
        if t is not None and not t.done():
            await core._wait_done(t)

    async def serve_forever(self):
        await self.task

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()
        await self.wait_closed()

    async def _serve(self, cb):
        s = self._s
        while self._s is not None:
            await core._io_wait(s, False)
            if self._s is None:
                break
            try:
                s2, addr = s.accept()
            except OSError as ex:
                if _would_block(ex):
                    continue
                raise
            s2.setblocking(False)
            st = Stream(s2, {"peername": addr})
            r = cb(st, st)
            if r is not None and hasattr(r, "send"):
                core.create_task(r)


async def start_server(cb, host, port, backlog=5, ssl=None):
    import socket

    if ssl:
        raise NotImplementedError("ssl streams")
    ai = _addr(socket, host, port)
    s = socket.socket(ai[0], socket.SOCK_STREAM, ai[2])
    s.setblocking(False)
    if hasattr(socket, "SO_REUSEADDR"):
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(ai[-1])
    s.listen(backlog)
    srv = Server(s)
    srv.task = core.create_task(srv._serve(cb))
    return srv
