# str.center (MicroPython has no fill character argument; odd margins with odd widths
# round differently in MicroPython, so widths here keep the two rules in agreement)
print('[' + 'ab'.center(6) + ']')
print('[' + 'abc'.center(6) + ']')
print('[' + 'abc'.center(7) + ']')
print('[' + 'abcdef'.center(3) + ']')
print('[' + ''.center(4) + ']')
for w in range(0, 12, 2):
    print(w, '[' + 'x'.center(w) + ']', '[' + 'xy'.center(w) + ']', '[' + 'xyz'.center(w) + ']')
for w in (1, 3, 5, 9):
    print(w, '[' + 'x'.center(w) + ']', '[' + 'abc'.center(w) + ']')
s = 'mid'
print(s.center(len(s)) is not None, s.center(2) == s)
