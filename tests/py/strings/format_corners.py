# format-spec and %-format corner cases
print('{:#010x} {:#010b} {:#08o} {:+#x} {:#x} {:#X} {:#06x}'.format(255, 5, 8, 255, -255, 255, -255))
print('{:#x} {:#b} {:#o} {:=#10x}|{:<#10x}|{:^#10x}|{:>#10x}'.format(0, 0, 0, 255, 255, 255, 255))
print('{0!a} {0!r} {0!s}'.format('é€x'), '{!a}'.format(['ü']))
print('{0[1]} {0[a]} {1[-1]}'.format({1: 'int', 'a': 'str'}, {'-1': 'neg'}))
print('%a %r' % ('é', 'é'), '%c%c' % ('é', 0x20ac), '[%5c] [%-3c]' % ('x', 'y'))
for bad in [('%c', 'ab'), ('%c', 0x110000), ('%c', 1.5)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, OverflowError) as e:
        print(type(e).__name__)
print(b'%s|%b|%5s|%-5s|%.2s' % (b'ab', bytearray(b'cd'), b'x', b'y', b'xyz'))
print(b'%d %x %05.1f %c%c %%' % (42, 255, 2.5, 65, b'B'))
print(b'\xff%s\x80' % b'\xfe', b'%r %a' % ('é', b'x'), b'%(k)s' % {b'k': b'v'})
for bad in [(b'%s', 'str'), (b'%c', 256), (b'%c', b'ab'), (b'%s', 5)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__)
print('%s|%s' % ('a', 'b'), '%.3s|%5.1s|' % ('abcdef', 'xyz'), '%-6d|%06d|%+06d' % (5, -5, 5))
print('{:,} {:_} {:,.2f} {:_x} {:_b}'.format(1234567, 1234567, 1234567.891, 0xdeadbeef, 255))
print('[{:{}}] [{:>{}}] [{:{}.{}f}]'.format(7, 4, 'x', 3, 3.14159, 8, 2), '[{0:{1}}]'.format('q', 5))
print('[{:05}] [{:<05}] [{:^05}] [{:<06.1f}] [{:x<5}] [{:05s}]'.format('ab', 1, -1, 2.5, 'y', 'z'))
print('[{:>5}] [{:5}] [{:+}] [{:x}] [{:05}] [{}] [{:}]'.format(True, False, True, True, True, True, False))
def fmt(v, spec):
    # format(v, spec) through str.format
    return ('{:' + spec + '}').format(v)
for spec in ['>5', 'd', 's', '.2', ',', ' ', '=5', 'x', 'c', '%']:
    for v in [None, [1], 'ab', 3, 2.5, True, -7]:
        try:
            r = fmt(v, spec)
        except (TypeError, ValueError, OverflowError) as e:
            r = type(e).__name__
        print(repr(spec), repr(v), repr(r))
for v in [-1, 0x110000, 10 ** 20]:
    try:
        print(fmt(v, 'c'))
    except OverflowError:
        print('OverflowError', v)
print(fmt(None, ''), fmt([1, 2], ''), fmt(True, ''), fmt(1.0, ''), fmt('s', ''), f'{None}|{[1]!r:>6}|{True:d}')
print('%c%c' % (True, 65), b'%c' % True, '%%' % [1], '%%' % (), '%s' % [1], '[%*d] [%-*d] [%*s]' % (5, 1, 4, 2, -4, 'x'))
for bad in [('%x', 2.5), ('%o', 1.5), ('%c', 10 ** 20), ('%d', 'x'), ('%(a)s', (1,)), ('%s %s', (1,)), ('%s', (1, 2)), ('%q', 1), ('%', ())]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, repr(bad[0]))
print(bytearray(b'%d-%s') % (5, b'x'), type(bytearray(b'%d') % 1).__name__)
print('{0}{1}{0}'.format('ab', 'cd'), '{a}{b}{a}'.format(a=1, b=2))
for bad in ['{0}{}', '{}{0}', '{', '}', '{0!}', '{:invalid}', '{0[}']:
    try:
        print(bad.format(1, 2))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, repr(bad))
print(repr('\xa0\u200b\u2028\x85\xad\x7f\x1b'), ascii('ü€😀'), repr('😀é'))
print('{0[a:b]} {0[x!y]}'.format({'a:b': 1, 'x!y': 2}), '{0[a:b]:>4}|'.format({'a:b': 3}))
for bad in ['{0.}', '{0[]}', '{0!rr}', '{0[a}']:
    try:
        print(bad.format({'a': 1}))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, repr(bad))
