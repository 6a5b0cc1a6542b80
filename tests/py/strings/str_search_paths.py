# Search, split, strip, replace and join on ASCII and non-ASCII text, one- and multi-character
# needles, with start/end, maxsplit and counts: the fast byte-wise paths must agree with the
# character-wise ones.
texts = ["", "a", "aaa", "a,b,,c,", "abcabcab", "héllo wörld héllo", "ééé", "  x  y\tz\n ",
         "\u3000wide\u3000space\u3000", "日本語のテキスト、日本語"]
needles = ["a", "aa", "abc", ",", "é", "llo", "ö", "zz", " ", "日本", "、"]
for t in texts:
    for n in needles:
        print(repr(t), repr(n), t.find(n), t.rfind(n), t.count(n), n in t)
        print(t.find(n, 1), t.rfind(n, 1, -1), t.count(n, 2), t.find(n, -3), t.count(n, 0, 4))
        print(t.split(n), t.rsplit(n), t.split(n, 1), t.rsplit(n, 1), t.split(n, 0))
        print(t.replace(n, "<>"), t.replace(n, "", 1), t.replace(n, "ü", 2), t.replace(n, n))
        print(t.startswith(n), t.endswith(n), t.startswith(n, 1), t.endswith(n, 0, -1))
        print(t.partition(n), t.rpartition(n))
    print(t.split(), t.rsplit(), t.split(None, 1), t.rsplit(None, 1), t.split(maxsplit=2))
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("aé ")), repr(t.strip("日語")))
    print(t.upper(), t.lower(), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower())
    print(t.count(""), t.find(""), t.rfind(""), t.replace("", "-"), t.replace("", "-", 2))
    print(t[1:], t[::-1], t[::2], t[-3:-1], t[5:1:-2])
    for i in range(-len(t), len(t)):
        print(t[i], end="")
    print()

print("abc".startswith(("x", "ab")), "abc".endswith(("x", "y")), "abc".startswith(()))
print("abc".find("c", 10), "abc".find("", 3), "abc".find("", 4), "abc".count("", 4))
print(",".join([]), ",".join(["a"]), ",".join(("é", "b", "")), "".join(x for x in "xyz"))
print("-".join({"k": 1}), "日".join(["a", "b"]))
for bad in (["a", 1], ("a", None)):
    try:
        ",".join(bad)
    except TypeError:
        print("TypeError")
try:
    "abc".startswith(("a", 1))
except TypeError:
    print("TypeError")
print("abc".startswith(("a", 1)))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".find(1)
except TypeError:
    print("TypeError")
s = "same"
print(s.replace("x", "y") is s, s.replace("s", "s", 0) == s, s.strip() is s)


class S(str):
    pass


u = S("  sub-class  ")
print(repr(u.strip()), u.split("-"), u.replace("s", "S"), u.upper(), u.find("c"), type(u.replace("q", "r")))
print("1234".isdigit(), "12a".isdigit(), "٣".isdigit(), "²".isdigit(), "abc".isalpha(), "ab1".isalnum())
print(" \t\n\x0b\x0c\r".isspace(), "".isspace(), "x y".isspace())
