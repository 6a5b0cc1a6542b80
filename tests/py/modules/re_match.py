# re.match, search, fullmatch and match objects: group, groups, groupdict, start, end, span.
import re

m = re.match(r"(\d+)-(\d+)", "12-345 rest")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.group(0, 2))
print(m.groups(), m.start(), m.end(), m.span(), m.span(2), m.start(1), m.end(2))
print(m[0], m[1], m[2])
print(re.match("a", "ba"), re.search("a", "ba").span(), re.search("a", "ba").group())
print(re.fullmatch("a|ab", "ab").group(), re.fullmatch("a", "ab"), re.fullmatch("a*", "aaa").span())
print(re.search(r"\w+$", "hello world").group(), re.search(r"^\w+", "hello world").group())
print(re.match("x*", "y").span(), bool(re.match("x*", "y")), re.match("", "").group() == "")

# Optional and alternative groups that did not take part.
print(re.match("(a)|(b)", "b").groups(), re.match("(a)|(b)", "b").groups("-"))
m = re.match("(a)?b", "b")
print(m.span(1), m.start(1), m.end(1), m.group(1), m.group(0))

# Named groups.
p = re.compile(r"(?P<key>\w+)=(?P<val>\w*)")
m = p.search("  k1=v1")
print(m.group("key"), m.group("val"), m["key"], m.groupdict(), m.span("val"), m.start("key"))
m = re.match(r"(?P<a>x)?(?P<b>y)", "y")
print(m.groupdict(), m.groupdict("?"))

# Greedy and lazy repeats, counted repeats, classes, escapes.
print(re.match("<(.*?)>", "<a><b>").group(1), re.match("<(.*)>", "<a><b>").group(1))
print(re.match("a??", "a").group(), re.match("a+?", "aaa").group(), re.match("a{2,3}", "aaaa").group())
print(re.match(r"[\]a]+", "]a]").group(), re.match("[^a-c]+", "xyza").group(), re.match(r"\(\)", "()").group())
print(re.search(r"[\d.]+", "v=3.14!").group(), re.search(r"[a-]+", "x-a-").group())
print(re.match(r"[\w-]+@\w+\.com", "a-b@x.com").group(), re.match(r"\s+\S", " \t\nx").span())
print(re.search(r"\Aab\Z", "ab").group(), re.search(r"\bwo", "we wo").span(), re.search(r"\Bo", "wo").span())
print(re.match(r"\x41\u0042\t", "AB\t").group() == "AB\t", re.match(r"(?:ab)+", "ababa").group())
print(re.match("a|b|c", "c").group(), re.match("(a|bc)+", "abca").group(), re.match(".", "\n"))

# Errors from match objects.
m = re.match("(a)", "a")
for g in (2, -1, "nope"):
    try:
        m.group(g)
    except IndexError:
        print("IndexError", g)
