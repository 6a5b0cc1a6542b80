# __getitem__/__setitem__ receiving slices and negative indices
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self.items[i])
        return self.items[i % len(self.items)]
    def __setitem__(self, i, v):
        self.items[i % len(self.items)] = v
    def __repr__(self):
        return 'Ring(%r)' % (self.items,)
r = Ring('abcde')
print(r[0], r[7], r[-1], r[1:3], r[::-1], r[::2])
r[6] = 'X'
print(r, len(r))
print([r[i] for i in range(-2, 8)])
