# str.format and % with literal runs around fields (ASCII and not), escaped braces, conversions
# with and without a spec, nested specs, and small ints in every integer presentation
# (including the most negative 64-bit value and values past it).
print("{}-{}-{}".format("a", 1, -2), "é{}ü{{}}{}ß".format("x", 5), "{{{}}}".format(7))
print("{0}{1}{0}".format("ab", "日本"), "{:>6}|{:<6}|{:^7}|".format("ab", "cd", "ef"))
print("{!r} {!s} {!a} {!r:>8} {!s:_<5} {!a:^9}".format("q'", 3, "é", "x", 4, "ü"))
print("{:{}}|{:{}{}}|{:>{w}}".format(3, 5, "z", "^", 7, 1, w=4))
print("{0[1]} {0[0]:>3} {1.real} {k}".format([1, 2], 3, k="kw"))
print("{} {} {}".format(True, None, 1.5), "{:d} {:5d} {:<5d}|".format(True, 7, -7))
for n in (0, 1, -1, 255, -255, 1234567, -9223372036854775808, 9223372036854775807, 2 ** 70, -(2 ** 70)):
    print("{:b} {:o} {:x} {:X} {:d} {:+d} {: d} {:,d} {:_x} {:#x} {:#o} {:#b} {:010d} {:^12d}".format(*[n] * 14))
    print("%d %i %x %X %o %5d %-6d| %+d %05d %.3d" % ((n,) * 10))
print("%s=%d;%s=%5.2f;%-8s|" % ("w", 3, "v", 0.75, "abcd"), "%(a)s %(b)05d" % {"a": "x", "b": 42})
print("%c%c %r %a %%" % (65, "é", "q", "ü"), "é%sü" % "-", "%s" % [1, "a"], "%s %s" % (1, (2,)))
for bad in ("{", "}", "{0!}", "{!x}", "{0:{1}", "{0} {}", "{} {0}", "{5}", "{x}"):
    try:
        print(bad.format(1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__)
print("é%sü%dß%%" % ("日", -3), "%(ké)s|%(k)5s" % {"ké": "v", "k": "w"}, "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"))
print("%s %d %i %u" % ("", 0, -0, 7), "%-3d|%+d|% d|%3s" % (1, 2, 3, "x"), "%*d|%-*d|%.*f" % (4, 1, 4, 2, 2, 1.5))
for fmt, arg in (("%(k", {"k": 1}), ("%(", {}), ("%(ké", {"k": 1}), ("%é", 1), ("%", 1), ("%d %d", (1,)),
                 ("%d", (1, 2)), ("%(k)s", 1), ("%d", "x")):
    try:
        print(fmt % arg)
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__)
