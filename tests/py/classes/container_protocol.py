# __len__, __getitem__, __setitem__, __delitem__, __contains__
class Store:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        print('get', k)
        return self.data[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.data[k]
    def __contains__(self, k):
        return k in self.data
s = Store()
s['a'] = 1
s['b'] = 2
print(len(s), s['a'], 'a' in s, 'z' in s, 'z' not in s)
del s['a']
print(len(s), bool(s))
try:
    s['missing']
except KeyError as e:
    print('KeyError', e.args)
s[1, 2] = 'tuple key'
print(s[1, 2])
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=' ')
print()
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), 'empty' if not Empty() else 'full')
