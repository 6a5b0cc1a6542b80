# str-like methods on bytes
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b'xxaxx'.strip(b'x'))
print(b.split(), b'a,b,,c'.split(b','), b'a,b,c'.rsplit(b',', 1), b'a b'.split(None))
print(b.find(b'World'), b.find(b'zz'), b.rfind(b'l'), b.index(b'H'), b.count(b'l'))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 1))
print(b'abc'.startswith(b'ab'), b'abc'.endswith(b'bc'), b'abc'.startswith(b'c', 2))
print(b'-'.join([b'a', b'b', b'c']), b''.join([]))
print(b'k=v'.partition(b'='), b'a.b.c'.rpartition(b'.'))
print(b'MiXed'.lower(), b'MiXed'.upper(), b'abc'.isalpha(), b'123'.isdigit(), b' '.isspace())
print(b'Ab'.isupper(), b'ab'.islower(), b'l1\nl2'.splitlines())
print(b'abc'.decode(), b'\xe2\x82\xac'.decode())
print(b'\x00\xffab'.hex(), bytes.fromhex('00ff6162'), bytes.fromhex('DEAD'))
