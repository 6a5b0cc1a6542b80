# partition and rpartition
s = 'key=value=more'
print(s.partition('='), s.rpartition('='))
print(s.partition('#'), s.rpartition('#'))
print('abc'.partition('a'), 'abc'.partition('c'), 'abc'.rpartition('a'))
print(''.partition('x'), 'aaa'.partition('aa'), 'aaa'.rpartition('aa'))
try:
    'abc'.partition('')
except ValueError:
    print('ValueError empty separator')
k, _, v = 'name: value'.partition(': ')
print(k, v)
