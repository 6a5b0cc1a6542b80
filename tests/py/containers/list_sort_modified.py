# A comparison or key function that adds to the list being sorted makes sort() raise
# ValueError; the list ends up sorted with its original items (the additions are dropped).
class Meddler:
    def __init__(self, owner, v):
        self.owner, self.v = owner, v

    def __lt__(self, other):
        if not self.owner and self.v == 3:
            self.owner.append("added")
        return self.v < other.v


a = []
a.extend(Meddler(a, i) for i in (5, 3, 1, 4))
try:
    a.sort()
    print("no error")
except ValueError as e:
    print("ValueError:", e)
print([m.v for m in a])

b = [3, 1, 2]


def key(x):
    if len(b) == 0 and x == 1:
        b.append(99)
    return x


try:
    b.sort(key=key, reverse=True)
except ValueError:
    print("ValueError from key")
print(b)

# Reading the list during the sort sees it empty; no error then.
c = [2, 1]
seen = []
c.sort(key=lambda x: seen.append(len(c)) or x)
print(c, seen)
