# A set looked up in a set (`in`, remove, discard) stands for the frozenset of its items, as in
# CPython; it still cannot be stored as a member or used as a dict key.
s = {frozenset("abc"), frozenset(), 1}
print(set("abc") in s, set("cab") in s, set("abd") in s, set() in s, set("abc") not in s)
print(set([1, 2]) in {frozenset([2, 1])}, set([1, 2]) in {frozenset([1, 2, 3])})
s.discard(set("bca"))
print(len(s), frozenset("abc") in s)
s.discard(set("zz"))
s.remove(set())
print(len(s), sorted(map(str, s)))
try:
    s.remove(set("x"))
except KeyError as e:
    print("KeyError", e.args[0] == {"x"})
for bad in (lambda: {set()}, lambda: {set(): 1}, lambda: s.add(set("q")), lambda: hash(set()),
            lambda: set() in {1: 2}, lambda: [1] in s):
    try:
        bad()
        print("no error")
    except TypeError:
        print("TypeError")
