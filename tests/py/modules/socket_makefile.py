# The stream interface through makefile('rwb', 0), as code written for both MicroPython and
# CPython uses it (urequests, umqtt): write, readline, read.
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()

f = c.makefile("rwb", 0)
g = conn.makefile("rwb", 0)
f.write(b"GET / HTTP/1.0\r\nHost: localhost\r\n\r\n")
while True:
    line = g.readline()
    print(line)
    if line == b"\r\n":
        break
g.write(b"HTTP/1.0 200 OK\r\n\r\n")
g.write(b"body bytes")
conn.close()
# MicroPython's makefile is the socket itself; CPython's is a separate object (closing
# both is harmless).
g.close()
print(f.readline())
print(f.readline())
print(f.read())
f.close()
c.close()
srv.close()
