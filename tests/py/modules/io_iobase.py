# io.IOBase as the base of a stream written in Python.
import io


class Source(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.closed_calls = 0

    def read(self, n=-1):
        if n < 0:
            n = len(self.data)
        r = self.data[self.pos:self.pos + n]
        self.pos += len(r)
        return r

    def close(self):
        self.closed_calls += 1


s = Source(b"ab\ncd\nlast")
print(repr(s.readline()), s.readlines())
s = Source(b"1\n2\n")
for line in s:
    print(repr(line))
with Source(b"x") as s2:
    print(s2.read())
print(s2.closed_calls)
print(isinstance(s2, io.IOBase))
