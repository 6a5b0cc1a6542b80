# dicts keep insertion order through updates and deletions
d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(d, list(d))
d['alpha'] = 100
print(list(d.items()))
del d['zeta']
d['zeta'] = 0
print(list(d))
d.pop('mid')
d['omega'] = 1
print(d)
print(dict([('b', 1), ('a', 2), ('c', 3)]))
print(dict(x=1, y=2, a=3))
print({**{'q': 1}, 'p': 2, **{'q': 3}})
e = {i: i * i for i in range(10, 0, -2)}
print(e, list(e.values()))
for k in range(10, 0, -4):
    del e[k]
print(e)
f = {}
for i in range(30):
    f[str(i)] = i
for i in range(0, 30, 3):
    del f[str(i)]
print(list(f)[:8], len(f))
print(list(reversed(list(d))), next(iter(d)))
