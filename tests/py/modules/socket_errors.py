# Socket errors: OSError with the errno MicroPython and CPython agree on.
import socket
import errno

# A port that is bound but not listening refuses connections.
b = socket.socket()
b.bind(("127.0.0.1", 0))
c = socket.socket()
try:
    c.connect(b.getsockname())
except OSError as e:
    print("refused", e.errno == errno.ECONNREFUSED)
c.close()
b.close()

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(2)

# Non-blocking accept with nobody connecting.
srv.setblocking(False)
try:
    srv.accept()
except OSError as e:
    print("accept", e.errno == errno.EAGAIN)

# accept with a timeout.
srv.settimeout(0.02)
try:
    srv.accept()
except OSError as e:
    print("accept timeout", isinstance(e, OSError))

# Non-blocking connect is in progress.
c = socket.socket()
c.setblocking(False)
try:
    c.connect(srv.getsockname())
    print("connected at once")
except OSError as e:
    print("connect", e.errno == errno.EINPROGRESS)
srv.settimeout(1.0)
conn, addr = srv.accept()
print(addr[0], conn.gettimeout())

# recv timeout on a connection with nothing to read.
conn.settimeout(0.02)
try:
    conn.recv(10)
except OSError as e:
    print("recv timeout", isinstance(e, OSError))

# The peer closes: recv returns b"", send fails eventually.
c.close()
conn.settimeout(1.0)
print(conn.recv(10))
try:
    for i in range(100):
        conn.send(b"x" * 1000)
    print("no error")
except OSError as e:
    print("send", e.errno in (errno.EPIPE, errno.ECONNRESET))
conn.close()

# Operations on a closed socket.
for op in [lambda: conn.recv(1), lambda: conn.send(b"x"), lambda: conn.bind(("127.0.0.1", 0))]:
    try:
        op()
    except OSError as e:
        print("closed", e.errno == errno.EBADF)
conn.close()

# Bad arguments.
s = socket.socket()
try:
    s.settimeout(-1)
except ValueError:
    print("ValueError")
try:
    s.bind(("127.0.0.1", 70000))
except OverflowError:
    print("OverflowError")
try:
    s.connect(("127.0.0.1",))
except TypeError:
    print("TypeError")
s.close()
srv.close()
