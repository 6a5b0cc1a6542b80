# conditions using in, is, comparisons of mixed values
items = [0, 1, 'a', None, [], [0], (), 2.5]
for it in items:
    kind = 'none' if it is None else 'falsy' if not it else 'truthy'
    print(repr(it), kind)
x = 7
if x in (1, 3, 5, 7, 9):
    print('odd digit')
if x not in range(10, 20):
    print('not in teens')
if isinstance(x, int) and not isinstance(x, bool):
    print('plain int')
s = 'hello'
if 'ell' in s and s.startswith('h'):
    print('substring and prefix')
if not s or s[0] == 'x':
    print('no')
elif len(s) == 5:
    print('five letters')
