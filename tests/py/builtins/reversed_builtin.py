# reversed
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed(range(0, 10, 3))), list(reversed([])), ''.join(reversed('stressed')))
print(list(reversed(b'ab')), list(reversed(bytearray(b'xy'))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
d = {'a': 1, 'b': 2}
print(list(reversed(list(d))))
