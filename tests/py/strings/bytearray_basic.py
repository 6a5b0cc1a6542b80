# bytearray: mutation and conversion
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 74
print(ba)
ba.append(33)
ba.extend(b'??')
ba.extend([65, 66])
print(ba, len(ba))
ba[1:3] = b'EE'
print(ba)
ba[0:1] = b'XYZ'
print(ba)
ba[2:5] = b''
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray(), bytearray(range(3)))
print(bytes(ba), ba.decode(), ba == b'XYlo!??AB', b'XY' + bytearray(b'z'))
print(bytearray(b'ab') + b'cd', bytearray(b'ab') * 2)
print(list(bytearray(b'\x01\x02')), 2 in list(bytearray(b'\x01\x02')))
c = bytearray(b'abc')
d = bytearray(c)
d[0] = 120
print(c, d, c < d)
try:
    ba[0] = 300
except ValueError:
    print('ValueError')
print(ba[-1], ba[::-1], ba[::2])
