# str.join with various iterables
print(','.join(['a', 'b', 'c']))
print(''.join(('x', 'y')), '-'.join('abc'), ' '.join([]))
print(', '.join(str(i) for i in range(5)))
print('::'.join(map(str, [1.5, 2, None])))
print('\n'.join(['line1', 'line2']))
print('x'.join(['only']))
print('ab'.join(['1', '2', '3']))
try:
    ','.join(['a', 1])
except TypeError:
    print('TypeError')
d = {'k1': 1, 'k2': 2}
print('|'.join(d))
