# splitlines with and without keepends
s = 'line1\nline2\r\nline3\rline4\n\nlast'
print(s.splitlines())
print(s.splitlines(True))
print('no newline'.splitlines(), ''.splitlines(), '\n'.splitlines(), 'a\n'.splitlines())
print('x\n\ny\n'.splitlines(keepends=True))
text = 'alpha\nbeta\r\ngamma\n'
for keep in (False, True):
    lines = text.splitlines(keep)
    print(keep, lines, len(lines), [len(l) for l in lines])
print('\n'.join(text.splitlines()) + '|', text.split('\n'))
print('a\r\rb'.splitlines(), 'a\r\rb'.splitlines(True))
