# str.encode / bytes.decode / str(bytes, encoding) with the utf-8, ascii and latin-1 codecs
s = 'héllo €'
print(s.encode(), s.encode('utf-8'), s.encode('UTF8'), s.encode(encoding='utf_8'))
print('abc'.encode('ascii'), 'abc'.encode('latin-1'), 'é'.encode('latin1'), 'ÿ'.encode('iso-8859-1'))
print(s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'), s.encode('ascii', 'backslashreplace'), s.encode('ascii', 'xmlcharrefreplace'))
print(s.encode('latin-1', 'replace'), '\U0001F600x'.encode('ascii', 'backslashreplace'), 'ā'.encode('latin-1', errors='backslashreplace'))
for enc in ['ascii', 'latin-1']:
    try:
        s.encode(enc)
    except UnicodeError as e:
        print('UnicodeError', e)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print('LookupError', e)
b = s.encode()
print(b.decode(), b.decode('utf-8'), bytearray(b).decode(), str(b, 'utf-8'), str(b, encoding='utf8'))
print(b'\xe9t\xe9'.decode('latin-1'), b'abc'.decode('ascii'), b'\xff'.decode('latin1'))
bad = b'a\xffb\xe2\x82c\xe2'
for errors in ['ignore', 'replace', 'backslashreplace']:
    print(errors, repr(bad.decode('utf-8', errors)), repr(bad.decode('ascii', errors)))
for data, enc in [(b'\xff', 'utf-8'), (b'ab\xc3', 'utf-8'), (b'\xe2\x82x', 'utf-8'), (b'\x80', 'utf-8'), (b'x\xe9', 'ascii'), (b'\xc0\xaf', 'utf-8'), (b'\xe2\x82', 'utf-8')]:
    try:
        data.decode(enc)
    except UnicodeError as e:
        print('UnicodeError', e)
try:
    b'x'.decode('nope')
except LookupError as e:
    print('LookupError', e)
print(bytes('é', 'utf-8'), bytes('é', 'latin-1'), bytearray('ab', 'ascii'), bytes('x', encoding='ascii'))
try:
    bytes('é', 'ascii')
except UnicodeError:
    print('UnicodeError bytes()')
try:
    bytes('abc')
except TypeError as e:
    print('TypeError', e)
print(str(b'abc'), str(b'\xff', 'latin-1'), str(b'a\xffb', 'utf-8', 'replace'), str(b'a\xffb', errors='ignore'))
