# chr and ord
print([chr(i) for i in range(65, 71)], [ord(c) for c in 'az09 ~'])
print(chr(0) == '\x00', ord('\n'), ord('\t'), chr(127) == '\x7f')
print(ord(chr(0x10FFFF)) == 0x10FFFF, chr(0x3b1), ord('β'), chr(0x1F600) == '😀')
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError:
        print('ValueError', bad)
try:
    ord('')
except TypeError:
    print('TypeError empty')
print(ord('A'), ord('\x00'))
