# eval and exec with explicit namespaces
print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), eval('[i for i in range(3)]'))
ns = {}
exec('y = 5\ndef f(a):\n    return a + y\n', ns)
print(ns['y'], ns['f'](10))
g = {'total': 0}
exec('for i in range(5):\n    total += i', g)
print(g['total'])
print(eval('a + b', {'a': 1}, {'b': 2}))
try:
    eval('undefined_thing')
except NameError:
    print('NameError')
