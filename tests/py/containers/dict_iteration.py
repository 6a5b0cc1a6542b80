# iterating dicts in insertion order, and building dicts in loops
d = {}
for word in 'the cat sat on the mat the end'.split():
    d[word] = d.get(word, 0) + 1
print(d)
for k in d:
    print(k, d[k])
print([k for k, v in d.items() if v > 1], sum(d.values()), len(d))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
merged = dict(d)
merged.update(groups)
print(list(merged)[:3], len(merged))
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1], reverse=True)})
