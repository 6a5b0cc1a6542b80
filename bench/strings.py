# strings.py: string building and processing: concatenation, join, split,
# replace, find/count, slicing, case changes, and formatting with %,
# str.format and f-strings. Prints a checksum over the produced text.

ROUNDS = 750
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def text_sum(s, acc):
    # cheap order-sensitive checksum of a string, via its length and a few
    # sampled characters (not every character, so the benchmark measures the
    # string operations rather than this loop)
    n = len(s)
    acc = (acc * 1000003 + n) % 4294967291
    step = n // 16 + 1
    for i in range(0, n, step):
        acc = (acc * 31 + ord(s[i])) % 4294967291
    return acc


def build_lines(r):
    lines = []
    for i in range(400):
        w = WORDS[(i * 7 + r) % len(WORDS)]
        v = WORDS[(i * 3 + r * 5) % len(WORDS)]
        k = i % 5
        if k == 0:
            line = "%s=%d;%s=%5.2f;%-8s|" % (w, i, v, i / 4, w[:4])
        elif k == 1:
            line = "{}:{:>6}:{:<6}:{:04d}".format(w, v, w.upper(), i)
        elif k == 2:
            line = f"{w}-{v}-{i * r}-{len(w) + len(v)}-{w[1:-1]}"
        elif k == 3:
            line = w + "," + v + "," + str(i) + "," + str(r)
        else:
            line = "{0}/{1}/{0}/{2!r}".format(w, v, i)
        lines.append(line)
    return lines


def process(r):
    acc = 0
    lines = build_lines(r)
    doc = "\n".join(lines)
    acc = text_sum(doc, acc)
    # split / join round trips
    parts = doc.split("\n")
    acc = (acc + len(parts)) % 4294967291
    tokens = []
    for p in parts:
        for t in p.replace("=", ",").replace(":", ",").replace("-", ",").replace("/", ",").split(","):
            t = t.strip(" |;")
            if t:
                tokens.append(t)
    acc = (acc * 7 + len(tokens)) % 4294967291
    joined = " ".join(tokens)
    acc = text_sum(joined, acc)
    # searching and counting
    for w in WORDS:
        acc = (acc + doc.count(w) * 13 + joined.find(w) + joined.rfind(w[1:])) % 4294967291
        acc = (acc + doc.startswith(w) + doc.endswith(w[-2:])) % 4294967291
    # case and replace
    up = doc.upper()
    low = up.lower()
    acc = (acc + (low == doc.lower()) + up.count("A")) % 4294967291
    rep = doc.replace("a", "@").replace("eta", "ETA").replace("\n", " | ")
    acc = text_sum(rep, acc)
    # incremental building with +=
    s = ""
    for i in range(300):
        s += WORDS[i % len(WORDS)][i % 3:]
        if len(s) > 200:
            s = s[50:]
    acc = text_sum(s, acc)
    # character-level work: build from chars, test char classes
    chars = []
    for ch in doc[:2000]:
        if ch.isdigit():
            chars.append(chr(ord("a") + int(ch)))
        elif ch.isalpha():
            chars.append(ch.upper() if ch in "aeiou" else ch)
        elif ch.isspace():
            chars.append("_")
    acc = text_sum("".join(chars), acc)
    return acc


total = 0
for r in range(ROUNDS):
    total = (total * 17 + process(r)) % 4294967291
sample = build_lines(3)
print(sample[0])
print(sample[1])
print(sample[2])
print(sample[4])
print("strings checksum", total)
