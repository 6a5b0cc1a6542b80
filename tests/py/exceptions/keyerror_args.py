# KeyError carries the missing key
d = {'a': 1}
for k in ['b', 0, (1, 2), None, 2.5]:
    try:
        d[k]
    except KeyError as e:
        print(repr(k), e.args, e.args[0] == k)
try:
    del d['zz']
except KeyError as e:
    print('del', e.args)
try:
    d.pop('q')
except KeyError as e:
    print('pop', e.args)
try:
    {1, 2}.remove(3)
except KeyError as e:
    print('set remove', e.args)
