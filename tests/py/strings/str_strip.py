# strip, lstrip and rstrip with and without characters
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('abcHELLOcba'.strip('abc'), '..,a,.'.strip('.,'))
print(repr(''.strip()), repr('   '.strip()), repr('x'.strip('x')))
print('hello'.strip(''), 'hello'.strip('ol'), 'hello'.strip(None))
print(repr('\r\n line \r\n'.strip()))
