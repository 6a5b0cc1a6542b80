# memoryview over bytes and bytearray
b = b'abcdef'
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m), bytes(m[1:4]), len(m[2:]))
print(list(m[:3]), bytes(m[::1]) == b)
ba = bytearray(b'hello')
mv = memoryview(ba)
mv[0] = 72
print(ba)
mv[1:3] = b'EL'
print(ba, bytes(mv))
sub = mv[2:]
sub[0] = 33
print(ba, len(sub), bytes(sub))
ba2 = bytearray(4)
memoryview(ba2)[1:3] = b'\x01\x02'
print(ba2)
print(bytes(memoryview(b'xyz')[1:2]), b'xyz' == bytes(memoryview(b'xyz')))
try:
    m[0] = 1
except TypeError:
    print('TypeError readonly')
for x in memoryview(b'\x05\x06'):
    print(x)
