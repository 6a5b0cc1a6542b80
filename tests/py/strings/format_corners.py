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
