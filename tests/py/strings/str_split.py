# str.split and str.rsplit
s = 'a,b,,c'
print(s.split(','), s.split(',', 1), s.split(',', 0), s.split(',', -1))
print(s.rsplit(','), s.rsplit(',', 1), s.rsplit(',', 2))
w = '  hello   world  foo '
print(w.split(), w.split(None, 1), w.rsplit(), w.split(' '))
print(''.split(), ''.split(','), '   '.split(), 'abc'.split('abc'))
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', 1))
print('one\ttwo\nthree four'.split())
print('x'.split('x'), 'xx'.split('x'), 'axbxc'.split('x', 5))
print('1 2 3'.split(None, 1))
print('a b c'.split(' '))
try:
    'abc'.split('')
except ValueError:
    print('ValueError empty separator')
