# Two-bound slices `x[a:b]` of str, list and tuple (taken without a slice object when the
# bounds are small ints or None) agree with the general path: negative, out-of-range, crossed
# and omitted bounds, non-ASCII text, subclasses, __index__ bounds and errors.
s = "hello world"
u = "héllo wörld"
l = list(range(10))
t = tuple(range(10))
bounds = [None, 0, 1, 3, -1, -3, 5, 11, 100, -100]
for x in (s, u, l, t, ""):
    out = []
    for a in bounds:
        for b in bounds:
            out.append(repr(x[a:b]))
    print(type(x).__name__, " ".join(out))


class S(str):
    pass


class L(list):
    pass


class I:
    def __index__(self):
        return 2


print(S("abcdef")[1:3], type(S("abcdef")[1:3]).__name__, L([1, 2, 3])[1:], type(L([1, 2, 3])[1:]).__name__)
print(s[I():I()], s[:I()], l[I():], t[True:3], s[False:True])
print(s[1:-1], s[2:][:3], s[:2] + s[-2:], s[4:2], l[::2], s[::-1], s[1:5:2])
one, nothing = 1, None
for bad in [lambda: s["a":2], lambda: l[1.0:2], lambda: one[1:2], lambda: nothing[:1]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError")


class G:
    def __getitem__(self, k):
        return k


print(G()[1:2], G()[:], G()[1:2:3])
big = "ab" * 5000
print(len(big[10:-10]), big[9999:], big[-3:])
