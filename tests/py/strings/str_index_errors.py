# index errors and conversions
s = 'abc'
for i in [0, 2, -1, -3, 3, -4, 100]:
    try:
        print(i, s[i])
    except IndexError:
        print(i, 'IndexError')
print(str(), str(''), str(0), str(-0.5), str(b'x'), str([]))
print(chr(97) + chr(98), ord('a') + 1, [ord(c) for c in 'AZaz09'])
try:
    ord('ab')
except TypeError:
    print('TypeError ord')
try:
    chr(-1)
except ValueError:
    print('ValueError chr')
try:
    'a' + 1
except TypeError:
    print('TypeError concat')
try:
    'a' * 'b'
except TypeError:
    print('TypeError repeat')
print('5' + str(5), int('5') + 5, '5' * 2)
