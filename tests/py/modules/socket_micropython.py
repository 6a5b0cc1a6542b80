# MicroPython's socket extras, absent from CPython (hence the .exp): the stream interface
# (read, readinto, readline, write) on the socket itself, makefile() returning the socket,
# OSError(ETIMEDOUT) on a timeout, None from a stream read that would block.
import socket
import errno

if not hasattr(socket.socket, "read"):
    print("SKIP")
    raise SystemExit

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.socket()
c.connect(srv.getsockname())
s, _ = srv.accept()
print(c.makefile("rwb", 0) is c)

print(c.write(b"line one\nline two\npartial"))
print(c.write("str data\n"))
print(s.readline())
print(s.readline())
print(s.read(4))
buf = bytearray(6)
print(s.readinto(buf), buf)
print(s.readinto(buf, 2), buf)

# Timeouts raise OSError(ETIMEDOUT).
s.settimeout(0.02)
try:
    s.read(100)
except OSError as e:
    print("timeout", e.errno == errno.ETIMEDOUT, e.args[0] == errno.ETIMEDOUT)

# Non-blocking: stream reads return None, recv raises EAGAIN.
s.setblocking(False)
print(s.read(10), s.readline(), s.readinto(buf))
try:
    s.recv(10)
except OSError as e:
    print("recv", e.errno == errno.EAGAIN)
c.write(b"xy")
print(s.read(10))

# Blocking again: read() reads to the end of the stream.
s.setblocking(True)
c.write(b"tail\nend")
c.close()
print(s.readline(), s.read())
print(s.read(), s.readline())
s.close()
srv.close()

# getaddrinfo's address is what connect/bind take (a tuple here).
ai = socket.getaddrinfo("127.0.0.1", 8080)[0]
print(ai[-1])
