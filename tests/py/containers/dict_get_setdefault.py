# dict.get / setdefault / in / pop patterns
inventory = {'apple': 3}
for item in ['apple', 'pear', 'apple', 'fig']:
    inventory[item] = inventory.get(item, 0) + 1
print(inventory)
index = {}
for i, w in enumerate(['x', 'y', 'x', 'z', 'x']):
    index.setdefault(w, []).append(i)
print(index)
print(inventory.pop('fig'), 'fig' in inventory, inventory.pop('fig', None))
cache = {}
def lookup(k):
    if k in cache:
        return 'cached ' + cache[k]
    cache[k] = k.upper()
    return 'computed ' + cache[k]
print(lookup('a'), lookup('a'), lookup('b'), len(cache))
print(inventory.get('nothing') is None, inventory.get('apple', 0))
