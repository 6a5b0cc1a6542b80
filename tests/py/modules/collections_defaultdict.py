# collections.defaultdict: a missing key calls the factory and stores the result.
from collections import defaultdict

counts = defaultdict(int)
for w in "the cat the dog the end".split():
    counts[w] += 1
print(sorted(counts.items()), counts["the"])
print(counts["zzz"], "zzz" in counts, counts.get("yyy"), "yyy" in counts, len(counts))

lists = defaultdict(list)
lists["a"].append(1)
lists["a"].append(2)
lists["b"].append(3)
print(sorted(lists.items()), len(lists), isinstance(lists, dict))
print(repr(lists), lists == {"a": [1, 2], "b": [3]}, lists != {})

# No factory: a missing key raises KeyError as in a dict.
plain = defaultdict()
print(plain.default_factory)
try:
    plain["x"]
except KeyError as e:
    print("KeyError", e)

# Initial contents, keyword arguments, a lambda factory.
print(defaultdict(None, {"a": 1}), defaultdict(int, a=2)["a"], defaultdict(lambda: "d")["q"])
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 5
print(nested["x"]["y"], dict(nested["x"]))

print(counts.default_factory, counts.copy() == counts, type(counts.copy()).__name__)
try:
    defaultdict(5)
except TypeError:
    print("TypeError")

# Mutating through the usual dict methods.
d = defaultdict(set)
d["k"].add(1)
d.setdefault("j", {2})
d.update(z={3})
print(sorted(d), d.pop("z"), sorted(d.keys()))
del d["j"]
print(list(d.items()))
