# select.poll: a registered socket that is closed is reported at once with POLLNVAL (poll
# does not wait for it); a stream's ioctl returning a negative number raises OSError with that
# error number (MicroPython's stream protocol). Expected output in the .exp file.
import io
import select
import socket

s = socket.socket()
p = select.poll()
p.register(s, select.POLLIN)
s.close()
r = p.poll(5000)
print(len(r), r[0][0] is s, r[0][1] == select.POLLNVAL)

# a socket pair: the closed end is POLLNVAL, its peer sees the hang-up
a, b = socket.socketpair()
p = select.poll()
p.register(a, select.POLLIN)
p.register(b, select.POLLIN)
a.close()
r = {("a" if o is a else "b"): f for o, f in p.poll(5000)}
print(r.get("a") == select.POLLNVAL, bool(r.get("b", 0) & select.POLLHUP))
b.close()


class Stream(io.IOBase):
    def __init__(self, ret):
        self.ret = ret

    def ioctl(self, req, arg):
        return self.ret


for ret in (0, 1, -5, -110):
    p = select.poll()
    s = Stream(ret)
    try:
        p.register(s, select.POLLIN)
    except Exception:  # CPython polls descriptors only
        print(ret, "no ioctl streams")
        continue
    try:
        print(ret, [(o is s, f) for o, f in p.poll(0)])
    except OSError as e:
        print(ret, "OSError", e.errno)
