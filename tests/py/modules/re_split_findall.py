# re.split (maxsplit, capture groups; empty matches: re_split_empty_match.py), findall, finditer, escape.
import re

print(re.split(r",\s*", "a, b,c,   d"), re.split(r"(,)", "a,b,c"), re.split(",", "a,b,c", 1))
print(re.split(",", "a,b,c", maxsplit=1), re.split(",", "abc"), re.split(",", ""), re.split(",", ",a,"))
print(re.split(r"(a)|b", "xaybz"))
print(re.compile(r"\s+").split(" a  b "), re.compile(r"\d").split("a1b2c3", 2))

print(re.findall(r"\d", "a1b22c333"), re.findall(r"\d+", "a1b22c333"), re.findall("x", "abc"))
print(re.findall(r"(\d)(\w)", "a1b22c333"), re.findall(r"(\d)\w", "a1b22c333"))
print(re.findall("(a)|b", "ab"), re.findall("a*", "baa"), re.findall(r"\bw\w", "we wo xw"))
print(re.findall(b"[0-9]", b"a1b2"), re.findall("[&~]", "a&b~c"), re.findall("[a&b]", "a&b"))

p = re.compile(r"(?P<key>\w+)=(?P<val>\w*)")
print(p.findall("a=1 b=2 c="), [m.group("key") for m in p.finditer("a=1 b=2")])
it = re.finditer(r"\d", "1a2")
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print("StopIteration")
print([m.span() for m in re.finditer("", "ab")], [m.group() for m in re.finditer("a|", "bab")])

print(re.escape("a.b*c"), re.escape("hello_world-1"), re.escape(b"a.b"), re.escape("[x]{1}"))
for s in ("1+1=2", "(a|b)?", "^$\\", "x.y"):
    print(re.match(re.escape(s), s).group() == s)

# Long subjects.
print(len(re.findall("a", "a" * 10000)), re.sub("a", "bb", "a" * 10000).count("b"))
print(len(re.split(",", ",".join(str(i) for i in range(1000)))))
