# center/ljust/rjust/zfill, case mapping and expandtabs
for w in range(-1, 9):
    print(w, repr('ab'.center(w)), repr('abc'.center(w, '*')), repr('x'.ljust(w, '-')), repr('x'.rjust(w, '.')))
print(repr(''.center(3)), repr(''.ljust(2, 'é')), repr('é'.rjust(3, 'ü')), repr('日本'.center(6, '·')))
for bad in ['', 'ab']:
    try:
        'x'.center(5, bad)
    except TypeError as e:
        print('TypeError', e)
for s in ['42', '-42', '+42', '', '-', 'abc', '0', '-0012', '日']:
    print(repr(s), [s.zfill(n) for n in (0, 1, 3, 5)])
words = ['hello world', "they're bill's friends", 'HELLO', 'hELLo wORLD', 'a1b2 c3', 'üBER straße', '', '  x  ', 'ǆemal', 'o\'neil-smith_x']
for s in words:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()), repr(s.lower()), repr(s.upper()))
print('ß'.casefold(), 'Straße'.casefold() == 'STRASSE'.casefold(), 'ΣΊΣΥΦΟΣ'.casefold())
for s in ['a\tb', '\tx', 'abc\tde\tf', 'ab\ncd\tef', '12345678\tx', 'a\r\tb', '\t\t', 'é\tx']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=3)))
print(repr('x\ty'.expandtabs(-2)))
s = 'same'
print(s.center(2) is s, s.ljust(4) is s, s.zfill(1) is s)
