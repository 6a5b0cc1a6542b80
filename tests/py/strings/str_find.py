# find, rfind, index, rindex, count with start and end
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.find('zz'), s.find(''))
print(s.rfind('hello'), s.rfind('o'), s.rfind('o', 0, 10), s.rfind('zz'))
print(s.find('o', 5, 8), s.find('o', -6), s.find('l', 3, 4))
print(s.index('world'), s.rindex('l'), s.index('h', 1))
print(s.count('l'), s.count('hello'), s.count('o', 10), s.count(''), 'aaaa'.count('aa'))
print(s.find('', 3), s.rfind(''), ''.find(''))
for f in (s.index, s.rindex):
    try:
        f('xyz')
    except ValueError as e:
        print('ValueError', e)
print('abcabc'.find('c', -2), 'abcabc'.rfind('a', -6, -2))
