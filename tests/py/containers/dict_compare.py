# dict equality, membership, iteration and construction
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != {'x': 1}, a == {'x': 1, 'y': 3}, {} == {})
print('x' in a, 1 in a, 'z' not in a, len(a))
print(dict(a) == a, dict(a) is a, dict(zip('ab', [1, 2])), dict([[1, 2]]))
print(dict(a, z=0), dict({}, k='v'))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv)
nested = {'outer': {'inner': [1, 2]}}
nested['outer']['inner'].append(3)
print(nested)
for k in list(a):
    a['new' + k] = a[k] * 10
print(a)
