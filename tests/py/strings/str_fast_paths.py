# `for ch in s` over ASCII, non-ASCII and mixed text (ASCII characters come from a shared
# cache, others are built); str methods called on str subclasses, with wrong receivers and
# wrong argument counts through the direct native-call path
for s in ["abc", "", "héllo wörld", "日本語", "a\u00e9b\U0001F600c", "\x7f\x00z"]:
    out = []
    for ch in s:
        out.append(ch)
    print(len(out), out == list(s), "".join(out) == s, [ord(c) for c in out])

it = iter("ab")
print(next(it), next(it), next(it, "end"), next(it, "end"))

# the same one-character string object each time is fine, but must compare and hash normally
seen = {}
for ch in "mississippi":
    seen[ch] = seen.get(ch, 0) + 1
print(sorted(seen.items()))


class S(str):
    pass


t = S("  Hi There  ")
print(t.strip(), t.upper(), t.split(), t.replace("H", "h"), t.isspace(), type(t.strip()).__name__)
print(str.upper("abc"), str.strip("  x  "), str.replace("aaa", "a", "b", 2))

for bad in [lambda: str.upper(5), lambda: "x".strip(1), lambda: "x".replace("a"),
            lambda: "x".replace("a", "b", 1, 2)]:
    try:
        bad()
    except TypeError:
        print("TypeError")

# a native method fetched and called later, and called with keywords
f = "a,b,,c".split
print(f(","), f(",", 1), "a b  c".split(maxsplit=1), "a-b-c".rsplit("-", maxsplit=1))
print(len("abc"), ord("z"), chr(65), "".join(map(str.upper, "xyz")))
