# nested containers: deep access, mutation and copying
data = {'users': [{'name': 'a', 'tags': ['x', 'y']}, {'name': 'b', 'tags': []}], 'count': 2}
print(data['users'][0]['tags'][1], len(data['users']), data['count'])
data['users'][1]['tags'].append('z')
data['users'].append({'name': 'c', 'tags': ['w']})
print([u['name'] for u in data['users']], [len(u['tags']) for u in data['users']])
shallow = list(data['users'])
shallow[0]['name'] = 'A'
print(data['users'][0]['name'], shallow is data['users'])
def deep(o):
    if isinstance(o, dict):
        return {k: deep(v) for k, v in o.items()}
    if isinstance(o, list):
        return [deep(v) for v in o]
    return o
d2 = deep(data)
d2['users'][0]['tags'].clear()
print(data['users'][0]['tags'], d2['users'][0]['tags'], d2 == data)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [list(r) for r in zip(*matrix)])
print(sum(sum(r) for r in matrix), max(max(r) for r in matrix))
tree = (1, (2, (3, (4, None))))
node, depth = tree, 0
while node:
    depth += 1
    node = node[1]
print(depth)
