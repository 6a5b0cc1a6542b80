# Subclasses of str, int, float and bytes: instances are of the subclass, keep its methods and
# attributes, and behave as their built-in value everywhere else.
import json


class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("hi")
print(type(s).__name__, type(s) is S, isinstance(s, str), isinstance(s, S))
print(s.shout(), len(s), s + "x", "x" + s, s * 2, s == "hi", "hi" == s, s != "ho")
print(hash(s) == hash("hi"), s[0], s[::-1], s[-1], "h" in s, list(s), s < "hj", "ha" < s)
print(str(s), repr(s), "%s|%r|%5s" % (s, s, s), "{}|{!r}|{:>4}".format(s, s, s), f"{s}-{s!r}")
print(type(str(s)).__name__, type(s + "x").__name__, type(s.upper()).__name__, type(s[0:1]).__name__)
print(s.startswith("h"), "ahib".find(s), "-".join([s, s]), s.replace("h", "j"), int(S("42")) + 1)
print({s: 1}["hi"], {"hi": 2}[s], s in {"hi"}, sorted([S("b"), "a", S("c")]))
print(json.dumps({s: [s, S("q")]}), float(S("1.5")), S(), S(12), S(b"ab", "utf-8"))
s.tag = "t"
print(s.tag, s.shout())


class Up(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __init__(self, value):
        self.original = value


u = Up("abc")
print(u, u.original, len(u), type(u).__name__, u == "ABC")


class Named(str):
    def __str__(self):
        return "Named(" + self + ")"

    def __repr__(self):
        return "<" + str.__str__(self) + ">"


n = Named("x")
print(str(n), repr(n), [n], "%s %r" % (n, n), "{} {!r}".format(n, n), f"{n} {n!r}", n + "y")


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())


print(Caseless("AbC") == "abc", "abc" == Caseless("ABC"), Caseless("a") != "A", {Caseless("K"): 1}.get(Caseless("k")))


class I(int):
    def double(self):
        return I(self * 2)

    def __repr__(self):
        return "I(%d)" % self


i = I(21)
print(type(i).__name__, i, repr(i), i.double(), type(i.double()).__name__, i + 1, 1 + i, i * i, -i, abs(-i), ~i)
print(i == 21, 21 == i, i < 22, hash(i) == hash(21), int(i), float(i), type(int(i)).__name__, bool(I(0)))
print([0] * 25 == [0] * 25, "abcdefghijklmnopqrstuvwxyz"[i], range(30)[i], i // 4, i % 4, divmod(i, 4), i ** 2)
print("%d %x %5d %s" % (i, i, i, i), "{} {:x} {:>5}".format(i, i, i), f"{i:04d}", i.bit_length(), I("ff", 16))
print(json.dumps([i, I(-3)]), {i: "x"}[21], sorted([I(3), 1, I(2)]), max(I(5), 4), i << 1, i & 1)
print(isinstance(i, int), isinstance(True, I), I(), I(3.9), I(" 7 "))


class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    def __str__(self):
        return "$%d" % int(self)


m = Money(5) + 7
print(m, type(m).__name__, Money(1) + Money(2), m - 2, type(m - 2).__name__)


class F(float):
    def half(self):
        return F(self / 2)


f = F(3.0)
print(type(f).__name__, f, f.half(), f + 1, 2 * f, f == 3.0, f > 2.5, hash(f) == hash(3.0), int(f), -f)
print("%.2f" % f, "{:.1f}".format(f), f"{f:6.2f}", round(f), json.dumps([f]), F("2.5"), F(), f.is_integer())
import math

print(math.sqrt(F(16.0)), math.floor(F(2.7)))


class B(bytes):
    def hexed(self):
        return self.hex()


b = B(b"ab")
print(type(b).__name__, b, b.hexed(), len(b), b + b"c", b"c" + b, b == b"ab", b[0], b[0:1], list(b))
print(hash(b) == hash(b"ab"), b.decode(), B([65, 66]), B(), b"a" in b, bytes(b), type(bytes(b)).__name__)
