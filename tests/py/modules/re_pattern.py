# Compiled patterns: attributes, repr, pos/endpos, flags, bytes and non-ASCII subjects.
import re

p = re.compile(r"(?P<key>\w+)=(?P<val>\w*)")
print(p.pattern, p.groups, p.groupindex == {"key": 1, "val": 2}, re.compile("x").groups)
print(repr(re.compile("ab")), repr(re.compile("ab", re.I)), repr(re.compile("a", re.M | re.S)))
print(re.compile("x").flags == re.compile("x", 0).flags, re.compile(re.compile("a")).pattern)
print(re.compile("a") is re.compile("a"), type(re.compile("a")).__name__)

# pos and endpos.
a = re.compile("a")
print(a.match("bab", 1), a.search("bab", 2), re.compile("b").search("bab", 1, 2))
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1).span())
print(a.search("aaa", 5), a.search("aaa", -5).span(), a.findall("aaaa", 1, 3), a.match("ba", pos=1).span())
m = a.search("xxa", 1)
print(m.pos, m.endpos, m.string, m.re is a)

# Flags.
print(re.match("abc", "ABC", re.I).group(), re.match("abc", "ABC", re.IGNORECASE).group())
print(re.findall("^a", "a\na", re.M), re.findall("^a", "a\na"), re.findall("a$", "a\na", re.MULTILINE))
print(re.match("a.b", "a\nb", re.S).group() == "a\nb", re.match("a.b", "a\nb", re.DOTALL) is not None)
print(re.match(r"a # comment" "\n" r" b", "ab", re.X).group(), re.match("a b", "ab", re.VERBOSE).group())
print(re.findall("(?i)x", "xX"), re.findall("(?i:x)y", "XyXY"), re.match("(?s).", "\n") is not None)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.IGNORECASE | re.MULTILINE))

# Bytes patterns on bytes; str on str.
print(re.match(b"(a+)", b"aab").group(1), re.search(rb"\d+", b"ab12").span(), re.match(b".", b"\xff").group())
print(re.search(b"a", bytearray(b"xa")).span())
for pat, s in (("a", b"a"), (b"a", "a")):
    try:
        re.match(pat, s)
    except TypeError:
        print("TypeError")

# Non-ASCII text: offsets are in characters.
s = "héllo wörld"
m = re.search("w(.)r", s)
print(m.span(), m.group(1), m.start(1), re.findall("[éö]", s), re.sub("ö", "o", s))
print(re.split(" ", s), re.compile("l").search(s, 3).span(), re.match("h.llo", s).end())
print(re.findall("(?i)É", "éÉ"), re.sub("", "-", "éa"))
