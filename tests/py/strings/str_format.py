# str.format: positional, keyword, conversions, format specs
print('{} {} {}'.format(1, 'two', 3.5))
print('{0} {1} {0}'.format('a', 'b'), '{1}{0}'.format('x', 'y'))
print('{name}={value}'.format(name='k', value=10))
print('{0}-{key}'.format('pos', key='kw'))
print('{!r} {!s} {!r}'.format('q', 'q', 5))
print('{{literal}} {}'.format('x'))
print('[{:>8}] [{:<8}] [{:^8}] [{:*^9}] [{:-<6}]'.format('r', 'l', 'c', 'c', 'f'))
print('[{:5}] [{:<5}] [{:>5}] [{:^5}] [{:05}]'.format(42, 42, 42, 42, 42))
print('[{:+}] [{:+}] [{: }] [{:=+6}] [{:=6}]'.format(5, -5, 5, 5, -5))
print('{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x}'.format(10, 10, 255, 255, 5, 8, 255))
print('{:08b} {:#010x} {:c}'.format(5, 255, 65))
print('{:.2f} {:8.3f} {:<8.1f}| {:e} {:.3e}'.format(3.14159, 2.5, 1.3125, 1500.0, 0.25))
print('{:g} {:g} {:G} {:.3g}'.format(0.5, 1e20, 1e-10, 1234.5))
print('{:.1%} {:%}'.format(0.25, 0.5))
print('{:.3s}|{:>6.2s}|'.format('abcdef', 'xyz'))
print('{:d} {:5d} {:<5d}|'.format(10 ** 20, -3, 7))
print('{}'.format([1, 'a']), '{}'.format(None), '{}'.format((1,)))
try:
    '{} {}'.format(1)
except IndexError:
    print('IndexError')
try:
    '{missing}'.format(a=1)
except KeyError:
    print('KeyError')
