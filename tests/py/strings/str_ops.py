# concatenation, repetition, membership, comparison, iteration
a = 'abc'
b = 'xyz'
print(a + b, a * 3, 3 * a, a * 0, a * -1 == '')
print('b' in a, 'bc' in a, 'ac' in a, '' in a, 'z' not in a)
print(a < b, a == 'abc', a != b, 'abc' < 'abcd', 'Z' < 'a', max(a), min(b))
print(len(a), len(''), list(a), a[0], a[-1], a[1:])
for ch in 'hey':
    print(ch, ord(ch))
s = ''
for i in range(5):
    s += str(i)
print(s, s[::-1], int(s) + 1)
print(str(123), str(-4.5), str(None), str([1, 'a']), str((1,)))
print('a' 'b' 'c', ('multi'
    'line'))
print("quote's", 'dq"', '''tri'ple''', """tri"ple""")
print('\x41\x42', '\101', '\t|', 'back\\slash', 'nl\\n')
print(r'raw\n\t', len(r'\n'))
try:
    a[5]
except IndexError:
    print('IndexError')
try:
    a[0] = 'z'
except TypeError:
    print('TypeError immutable')
