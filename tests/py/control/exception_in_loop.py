# exceptions caught inside loops and in generator expressions
results = []
for v in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
print(results)
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 'inf'
print([safe_div(10, d) for d in (3, 0, -2)])
count = 0
while True:
    try:
        count += 1
        if count < 4:
            raise KeyError(count)
        break
    except KeyError as e:
        print('retry after', e.args[0])
print('count', count)
d = {'a': 1}
for k in ['a', 'b', 'a']:
    try:
        print(k, d[k])
    except KeyError:
        print(k, 'missing')
        d[k] = 0
print(d)
