# dict methods
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d['b'])
print(d.setdefault('c', 3), d.setdefault('a', 99), d)
d.update({'d': 4}); print(d)
d.update(e=5, a=10); print(d)
d.update([('f', 6)]); print(d)
print(d.pop('f'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e.args)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c['new'] = 1
print(len(d), len(c), 'new' in d, 'new' in c)
print(d.popitem(), d)
d.clear(); print(d, len(d))
print(dict.fromkeys(['x', 'y']), dict.fromkeys('ab', 0))
try:
    {}.popitem()
except KeyError:
    print('KeyError popitem')
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e.args)
