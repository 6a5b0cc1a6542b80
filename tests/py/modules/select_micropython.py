# MicroPython's poll extras, absent from CPython (hence the .exp): poll() returns the
# registered objects, ipoll() with the one-shot flag, streams polled through ioctl(), and a
# poll that waits while another thread makes a socket ready.
import select
import socket
import _thread

if not hasattr(select.poll(), "ipoll"):
    print("SKIP")
    raise SystemExit

print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()

p = select.poll()
p.register(conn, select.POLLIN)
p.register(c, select.POLLOUT)
res = p.poll(0)
print(len(res), res[0][0] is c, res[0][1])

# ipoll with flags=1: an object that fired gets mask 0 until modify().
for obj, ev in p.ipoll(0, 1):
    print(obj is c, ev)
print(p.poll(0))
p.modify(c, select.POLLOUT)
print([ev for obj, ev in p.ipoll(0)])


# A stream with ioctl(MP_STREAM_POLL=3, mask): ready on its third query.
class Stream:
    def __init__(self):
        self.calls = 0

    def ioctl(self, req, arg):
        self.calls += 1
        return arg & select.POLLIN if req == 3 and self.calls >= 3 else 0


s = Stream()
q = select.poll()
q.register(s, select.POLLIN)
print(q.poll(0), s.calls)
res = q.poll(1000)
print(res[0][0] is s, res[0][1], s.calls)


# poll() waits while another thread sends.
def sender():
    c.send(b"from thread")


p.unregister(c)
_thread.start_new_thread(sender, ())
res = p.poll(2000)
print(res[0][0] is conn, res[0][1])
print(conn.recv(100))
for x in (c, conn, srv):
    x.close()
