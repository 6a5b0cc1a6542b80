# bytes repr, formatting via str and conversions between bytes and ints
print(bytes([0, 9, 10, 13, 31, 32, 65, 92, 127, 128, 255]))
print(repr(b"'"), repr(b'"'), repr(b'\'"'))
print(list(b'\x00\x7f\x80\xff'), bytes(5))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((258).to_bytes(2, 'big'), (258).to_bytes(4, 'little'))
print(int.from_bytes(bytes([255] * 8), 'big'), int.from_bytes(b'', 'big'))
print(b'abc'.hex(), bytes.fromhex('616263'), bytes(b'x') * 3)
print(b'\xff'[0], b'\x00' < b'\xff')
