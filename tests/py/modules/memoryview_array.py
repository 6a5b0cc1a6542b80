# memoryview over an array.array: items of the array's typecode, writes go through to the array
from array import array

a = array('h', [1000, -2, 3, -32768])
m = memoryview(a)
print(len(m), m.itemsize, m[0], m[-1], list(m))
print(m.tolist())
m[1] = 7
m[2] = 30000
print(a)
s = m[1:3]
print(len(s), list(s), s.itemsize)
s[0] = -5
print(a)
print(bytes(m[3:]))

# unsigned and float typecodes
u = array('I', [0, 4294967295])
print(list(memoryview(u)))
f = array('d', [1.5, -2.25])
mf = memoryview(f)
mf[0] = 3.5
print(list(mf), f)

# slice assignment needs the same number of bytes
x = array('i', [0] * 4)
y = array('i', [9, 8, 7, 6])
mx = memoryview(x)
mx[1:3] = memoryview(y)[2:4]
print(x)
for rhs in (b'1234', memoryview(y)[:1]):
    try:
        mx[0:2] = rhs
    except ValueError:
        print('ValueError')

# overlapping moves within one array
z = array('H', range(6))
mz = memoryview(z)
mz[1:] = mz[:-1]
print(z)
for v in memoryview(array('b', [-1, 127])):
    print(v)
print(memoryview(b'ab').itemsize, memoryview(bytearray(3)).itemsize)
try:
    memoryview(b'ab').itemsize = 2
except AttributeError:
    print('AttributeError')
print(memoryview(b'abc') == b'abc', b'bc' == memoryview(b'abc')[1:], memoryview(b'ab') != bytearray(b'ab'))
