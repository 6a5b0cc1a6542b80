# Padding, precision and fill of format specs and % conversions, written in place into the
# output: every alignment, fill characters (ASCII and not), widths past the short-run
# constants, text precision, sign and base prefixes with '=' and zero padding.

# str.format / format() of text
for spec in ["", "5", "<5", ">5", "^5", "^6", "*^7", "é>4", "05", "<05", ".2", "8.3", "x<40", "40", "^41"]:
    print(repr(format("abc", spec)), repr("[{:%s}]" % spec).replace("%s", spec) if False else repr(("[{:" + spec + "}]").format("abc")))
print(repr(format("héllo", ">8.3")), repr(format("", "3")), repr(format("日本", "^6")))

# ints
for spec in ["5", "<5", "^5", "=5", "05", "+05", " 5", "-5", "#06x", "#010b", "+#x", "08,", ",", "_x", "#o", "0=10,", "<010,", "x=010,", "+012_", "#012_x",
             "X", "c", "<3c", "*>5d", "0>5", "0<5", "40", "0=40", "+", " "]:
    for n in [0, 7, -42, 255, 123456789]:
        if spec.endswith("c") and n > 1000:
            continue
        if spec.endswith("c") and n < 0:
            continue
        print(spec, n, repr(format(n, spec)))
print(repr(format(True, "5")), repr(format(False, "x")), repr(format(True, "c")))
print(repr(format(10**25, ">30")), repr(format(-10**25, "+040,")), repr(format(10**20, "#x")))

# floats
for spec in ["5.2f", "<8.3f", "^9.1f", "=+10.2f", "010.3f", "+.0f", ".3%", "8.2e", "10.4g", "", "g", ",.2f",
             "012,.1f", "F", "E", "40.2f", "-^12.3f"]:
    for f in [0.0, -0.0, 3.14159, -2.5, 1234567.891, 1e-7, float("inf"), float("-inf"), float("nan")]:
        print(spec, f, repr(format(f, spec)))

# % formatting
for fmt in ["%5s|", "%-5s|", "%.2s|", "%5.1s|", "%05s|", "%5d|", "%-5d|", "%05d|", "%+d|", "% d|", "%+5d|",
            "%x|", "%#x|", "%#08x|", "%5.3d|", "%-8.3d|", "%08.3d|", "%+.3d|", "% .3d|", "%.3x|", "%#.3x|",
            "%#8.3o|", "%.0d|", "%5c|", "%-3c|", "%5.2f|", "%-8.3f|", "%08.2f|", "%+.1e|", "%10.4g|", "%r|",
            "%8r|", "%.2r|", "%*d|", "%-*d|", "%.*f|"]:
    for v in [0, 5, -5, 1234, 3.75, "ab", "héllo"]:
        try:
            if "*" in fmt:
                print(fmt, v, repr(fmt % (7, v)))
            else:
                print(fmt, v, repr(fmt % v))
        except (TypeError, ValueError, OverflowError) as e:
            print(fmt, v, type(e).__name__)
print(repr("%s=%d;%s=%5.2f;%-8s|" % ("w", 3, "v", 0.75, "abcd")))
print(repr("{}:{:>6}:{:<6}:{:04d}".format("w", "v", "UP", 7)))
print(repr("{0}/{1}/{0}/{2!r}".format("a", "b", 3)))
print(repr("{:{}}|{:>{}}".format("x", 4, 5, 3)))
print(repr(b"%5s|%-4b|%3c|%.1s" % (b"ab", b"c", 65, b"xyz")))
