# the same format specs through str.format and f-strings (MicroPython has no format())
for v in [0, 7, -7, 255]:
    a = '{:5}|{:<5}|{:^5}|{:05}|{:+}|{:x}|{:#x}|{:o}|{:b}|{:08b}'.format(v, v, v, v, v, v, v, v, v, v)
    b = f'{v:5}|{v:<5}|{v:^5}|{v:05}|{v:+}|{v:x}|{v:#x}|{v:o}|{v:b}|{v:08b}'
    print(a, a == b)
for v in [3.5, -0.2, 1024.0, 0.0]:
    a = '{:.1f}|{:8.2f}|{:<8.3f}|{:+.2f}|{:e}|{:.1e}|{:g}|{:%}'.format(v, v, v, v, v, v, v, v)
    b = f'{v:.1f}|{v:8.2f}|{v:<8.3f}|{v:+.2f}|{v:e}|{v:.1e}|{v:g}|{v:%}'
    print(a, a == b)
for v in ['txt', '', 'longer text']:
    a = '{:>6}|{:<6}|{:^7}|{:.2}|{:*>5}'.format(v, v, v, v, v)
    b = f'{v:>6}|{v:<6}|{v:^7}|{v:.2}|{v:*>5}'
    print(repr(a), a == b)
