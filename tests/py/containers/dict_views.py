# keys/values/items views are live
d = {'a': 1, 'b': 2}
k = d.keys()
v = d.values()
it = d.items()
print(list(k), list(v), list(it), len(k), len(v), len(it))
d['c'] = 3
print(list(k), list(v), list(it))
print('a' in k, 'z' in k, ('a', 1) in it, ('a', 2) in it, 3 in v)
for key in d.keys():
    print(key, d[key])
for key, val in d.items():
    print(key, '->', val)
print(sorted(d.values(), reverse=True), sum(d.values()))
print([k2 for k2 in d if d[k2] > 1])
del d['a']
print(list(k), len(it))
