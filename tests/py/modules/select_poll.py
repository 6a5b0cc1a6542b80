# select.poll over sockets. MicroPython reports the registered object, CPython its descriptor:
# name() maps either to a label.
import socket
import select

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(2)
names = {srv.fileno(): "srv"}


def name(x):
    return names[x if isinstance(x, int) else x.fileno()]


def show(res):
    print(sorted((name(o), ev) for o, ev in res))


p = select.poll()
p.register(srv, select.POLLIN)
show(p.poll(0))

c = socket.socket()
c.connect(srv.getsockname())
names[c.fileno()] = "c"
show(p.poll(1000))
conn, _ = srv.accept()
names[conn.fileno()] = "conn"
show(p.poll(0))

# The default mask is POLLIN | POLLOUT; a fresh connection is writable.
p.register(c)
p.register(conn, select.POLLIN)
show(p.poll(0))
c.send(b"ping")
show(p.poll(1000))
print(conn.recv(10))

# modify changes the mask; registering again also does.
p.modify(c, select.POLLIN)
show(p.poll(0))
p.register(c, select.POLLOUT)
show(p.poll(0))
p.unregister(c)
show(p.poll(0))

# A descriptor number works as well as an object.
q = select.poll()
q.register(conn.fileno(), select.POLLOUT)
print([ev for fd, ev in q.poll(0)])

# The peer closes: readable (EOF).
c.close()
res = p.poll(1000)
print([name(o) for o, ev in res], [ev & select.POLLIN for o, ev in res])
print(conn.recv(10))

try:
    p.modify(srv.fileno() + 100, select.POLLIN)
except OSError as e:
    print("modify", e.errno == 2)
conn.close()
srv.close()
