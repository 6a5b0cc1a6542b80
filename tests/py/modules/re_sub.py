# re.sub and re.subn: string templates with \1, \g<n>, \g<name>, callables, count.
import re

print(re.sub(r"\d+", "#", "a1b22c333"), re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"))
print(re.sub(r"(?P<x>b)", r"[\g<x>\g<0>\g<1>]", "abc"), re.sub("a", r"\n", "xax") == "x\nx")
print(re.sub("a", r"\\", "xax"), re.sub("a", "-\\-", "xax"), re.sub("(a)", r"\g<1>0", "a"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"(\w+)@(\w+)", lambda m: m.group(2) + "@" + m.group(1), "me@here you@there"))
print(re.sub("a", "b", "aaa", 2), re.sub("a", "b", "aaa", count=1), re.sub("a", "b", "aaa", 0))
print(re.subn("a", "b", "aaa"), re.subn("a", "b", "xyz"), re.subn("a", "b", "aaa", 2))

# Empty matches: replaced everywhere, also next to a non-empty match.
print(re.sub("x*", "-", "abxd"), re.subn("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("b*", "|", "abb"))

# Unmatched groups become empty strings.
print(re.sub("(a)|b", r"[\1]", "ab"), re.sub("(a)?b", r"<\1>", "b ab"))

# Compiled patterns, bytes.
p = re.compile(r"\s+")
print(p.sub(" ", "a  b\t\tc"), p.subn("", " a b "))
print(re.sub(b"a", b"c", b"aba"), re.sub(b"(a)", rb"\1\1", b"ab"), re.subn(b"x", b"", b"xax"))

# The callable sees match objects and must return a string.
seen = []
def repl(m):
    seen.append(m.span())
    return m.group().upper()
print(re.sub("[aeiou]", repl, "hello world"), seen)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError:
    print("TypeError")
for bad in (r"\9", r"\g<9>", r"\g<1", r"\q"):
    try:
        re.sub("(a)", bad, "a")
    except re.error:
        print("error", bad)
try:
    re.sub("(a)", r"\g<nope>", "a")
except IndexError:
    print("IndexError")
