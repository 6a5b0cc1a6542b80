# bytes and bytearray as elements and keys
d = {b'key': 1, b'other': 2}
print(d[b'key'], b'other' in d, b'k' in d)
l = [b'c', b'a', b'b']
l.sort()
print(l, b''.join(l), max(l))
s = {b'x', b'x', b'y'}
print(len(s), sorted(s))
bufs = [bytearray(b'ab'), bytearray(b'cd')]
bufs[0].append(ord('!'))
print(bufs, b'-'.join(bufs))
print(sorted([b'\x02', b'\x01\xff', b'\x01']))
