# str.replace
s = 'one two one two one'
print(s.replace('one', '1'))
print(s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print(s.replace('zzz', 'y'), s.replace(' ', ''))
print('aaa'.replace('a', 'bb'), 'aaa'.replace('aa', 'x'))
print('hello'.replace('l', ''), 'x'.replace('x', 'xx'))
t = 'the cat and the hat'
for old, new in [('the', 'a'), ('at', 'og'), (' ', '_'), ('t', 'T'), ('xyz', '?')]:
    print(repr(old), repr(new), t.replace(old, new), t.replace(old, new, 1))
u = t
for _ in range(3):
    u = u.replace('  ', ' ').replace('the', 'the the', 1)
print(u, len(u), u.count('the'))
print('a.b.c'.replace('.', ''), 'aaaa'.replace('a', 'b', 2), '1,2,3'.replace(',', ', '))
