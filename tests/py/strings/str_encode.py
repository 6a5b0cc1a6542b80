# str.encode and bytes.decode with UTF-8
s = 'aé€😀'
b = s.encode()
print(b, len(b), b.decode(), b.decode() == s)
print('abc'.encode('utf-8'), 'é'.encode('utf-8'), b'\xc3\xa9'.decode('utf-8'))
print(str(b'hi', 'utf-8'), str(bytes([0xe2, 0x82, 0xac]), 'utf-8'))
print(bytes('xyz', 'utf-8'), bytearray('é', 'utf-8'))
print(list('€'.encode()), bytes([104, 105]).decode())
print(str(b'abc'), repr(b'abc'))
