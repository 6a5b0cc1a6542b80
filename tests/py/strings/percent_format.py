# printf-style % formatting
print('%d %i %s %r' % (42, -7, 'str', 'repr'))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %o %#x %#o %#X' % (255, 255, 8, 255, 8, 255))
print('%.2f|%8.3f|%-8.1f|%08.2f|%+.1f' % (3.14159, 2.5, 2.3125, -1.5, 2.0))
print('%e|%.2e|%E' % (1234.5, 0.01234, 1e10))
print('%g|%g|%g|%g' % (1234.5, 0.0001, 1e20, 100.0))
print('%c%c%c' % (72, 'i', 33))
print('%s and %s' % ([1, 2], (3,)))
print('%s' % (1,), '%s' % 'single', '%s' % [1])
print('100%% done, %d%%' % 50)
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%10s|%-10s|%.3s' % ('right', 'left', 'truncate'))
print('%s' % None, '%s' % True, '%d' % True)
print('%x' % -255, '%o' % -8, '%d' % 10 ** 20)
for bad in [('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except TypeError:
        print('TypeError for', repr(bad[0]))
