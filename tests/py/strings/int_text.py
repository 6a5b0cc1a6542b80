# small ints as text through every path that writes their digits directly: str(), repr(),
# f-strings, str.format, %-formatting, and format specs with a width, sign or fill
vals = [0, 7, -7, 10, -10, 99, 100, 12345, -1000000, 2**31, -2**31, 2**62, 9223372036854775807,
        -9223372036854775807, -9223372036854775808, 10**18, 10**19, -10**19]
for n in vals:
    print(str(n), repr(n), f"{n}", "{}".format(n), "%d" % n, "%i|%u" % (n, n), f"{n:d}",
          "{:>22d}|{:<+22}|{:022d}|{:,}".format(n, n, n, n), "%5d|%-5d|%05d" % (n, n, n), [n], (n,))
print(f"{True}", "%d" % True, "{}".format(False), str(True), f"{-0}", "%d" % -0)
lst = []
for i in range(40):
    lst.append(i)
print(lst, len(lst))
class L(list):
    pass
l2 = L()
l2.append(1)
l2.append("x")
print(l2, type(l2).__name__)
