# io.StringIO: initial value, read/readline/readlines/write/seek/tell/getvalue, context manager.
import io

s = io.StringIO("hello\nworld\nlast")
print(repr(s.read(3)), s.tell())
print(repr(s.readline()))
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
print(s.seek(0), repr(s.read(5)))
s.seek(0)
s.write("HE")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("!")
print(repr(s.getvalue()))
print(s.seek(2), repr(s.readline(2)), repr(s.readline(100)))

e = io.StringIO()
print(repr(e.read()), repr(e.getvalue()), e.tell())
print(e.write("abc"), e.write(""), e.tell())
e.seek(1)
print(repr(e.read()))

u = io.StringIO("aé€x")
print(repr(u.read(2)), repr(u.read(1)), repr(u.read()))

with io.StringIO("ctx") as c:
    print(c.read())
try:
    c.read()
except ValueError:
    print("ValueError after close")
c.close()

w = io.StringIO()
print("to", "stringio", sep="-", file=w)
print(w.getvalue(), end="")
print(isinstance(w, io.StringIO))
