# startswith and endswith with tuples and ranges
s = 'micropython'
print(s.startswith('micro'), s.startswith('py'), s.startswith('py', 5), s.startswith(''))
print(s.endswith('thon'), s.endswith('micro'), s.endswith('micro', 0, 5), s.endswith(''))
print(s.startswith(('a', 'mi')), s.startswith(('x', 'y')), s.endswith(('on', 'zz')))
print(s.startswith('python', 5), s.startswith('cro', 2, 5), s.startswith('cro', 2, 4))
print(s.startswith('n', -1), s.endswith('y', 0, -4))
print(''.startswith(''), ''.endswith('a'))
