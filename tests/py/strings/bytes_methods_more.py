# bytes and bytearray methods: search, split, strip, padding, case, classes, hex
b = b'hello world hello'
print(b.find(b'lo'), b.find(b'lo', 5), b.find(b'lo', 5, 10), b.rfind(b'lo'), b.find(111), b.rfind(ord('h')))
print(b.find(b''), b.rfind(b''), b.find(b'', 100), b.count(b'l'), b.count(b''), b.count(b'll', 3), b.count(108, 0, 5))
print(b.index(b'world'), b.rindex(b'hello'), b.find(b'o', -5), b.find(b'zz', -100, 100))
for f in (lambda: b.index(b'zz'), lambda: b.rindex(b'x'), lambda: b.find('str'), lambda: b.find(300)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(b'a b  c\t\nd\x0be'.split(), b'  lead trail  '.split(), b''.split(), b'   '.split())
print(b'a b c d'.split(None, 2), b'a b c d'.rsplit(None, 2), b'  a  b  '.rsplit(None, 1), b'a b'.split(maxsplit=0))
print(b'a,b,,c,'.split(b','), b'a,b,,c,'.rsplit(b',', 2), b'aaa'.split(b'aa'), b'aaa'.rsplit(b'aa'), b'x'.split(b'x'))
print(b'1::2::3'.split(b'::', 1), b'1::2::3'.rsplit(b'::', 1), b''.split(b','))
try:
    b'a'.split(b'')
except ValueError as e:
    print('ValueError', e)
print(b'  x  '.strip(), b'xxhixx'.strip(b'x'), b'abcba'.lstrip(b'ab'), b'abcba'.rstrip(b'ab'), b'\t\n x\x0b'.strip(), b''.strip())
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b'abc'.replace(b'x', b'y'))
print(b'abc'.startswith((b'x', b'a')), b'abc'.endswith((b'x', b'y')), b'abc'.startswith(b'b', 1), b'abc'.endswith(b'b', 0, 2), b'abc'.startswith(b''))
try:
    b'abc'.startswith('a')
except TypeError:
    print('TypeError startswith')
print(b', '.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), b'-'.join(x for x in [b'1', b'2']))
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print('TypeError', e)
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b'Hello World 123'.upper(), b'Hello World'.lower(), b'Hello World'.swapcase(), b'hELLO wORLD'.capitalize(), b"they're 1st".title())
for s in [b'', b'abc', b'ABC', b'Abc', b'123', b'abc123', b' \t', b'a b', b'\xff', b'\x7f']:
    print(s, s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.isascii())
print(b'ab'.center(6), b'ab'.center(5, b'*'), b'abc'.center(6, b'-'), b'x'.ljust(3, b'.'), b'x'.rjust(3), b'long'.center(2))
try:
    b'x'.center(5, b'ab')
except TypeError:
    print('TypeError fill')
print(b'42'.zfill(5), b'-42'.zfill(5), b'+7'.zfill(3), b''.zfill(2), b'abc'.zfill(2))
print(b'a\nb\r\nc\rd\n\ne'.splitlines(), b'a\nb\r\n'.splitlines(True), b''.splitlines(), b'x\x0by'.splitlines())
print(b'prefix-x'.removeprefix(b'prefix-'), b'x.py'.removesuffix(b'.py'), b'x'.removeprefix(b'y'))
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), b'aabbcc'.translate(table), b'hello'.translate(None, b'l'), b'abc'.translate(table, b'b'))
print(b'\x00\x01\xfe\xff'.hex(), b''.hex(), b'abc'.hex(':'), b'abcdef'.hex('-', 2), b'abcde'.hex('-', 2), b'abcde'.hex('-', -2))
print(b'abcde'.hex(b'_', 3), bytearray(b'\x10\x20').hex(' '))
for s in ['', '00', 'ff 00 10', '  0a0B  ', 'DEADbeef']:
    print(bytes.fromhex(s), bytearray.fromhex(s))
for s in ['0', 'zz', '0g', 'a b']:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print('ValueError', e)
print(type(bytearray.fromhex('00')).__name__, b'x'.fromhex('41'))
ba = bytearray(b'hello world')
print(ba.split(), ba.upper(), ba.strip(b'hd'), ba.partition(b' '), ba.replace(b'o', b'0'), ba.center(15, b'*'))
print(type(ba.upper()).__name__, type(ba.split()[0]).__name__, type(b'x'.upper()).__name__)
print(ba.find(b'o'), ba.count(b'o'), ba.startswith(b'he'), b'-'.join([ba, ba]), bytearray(b',').join([b'a', b'b']))
