# '{:c}' pads like a number (right-aligned, `0` fills with zeros) and refuses a sign, `#` and
# grouping; '%.Nd' is a minimum digit count inside the width
print(repr('{:4c}'.format(65)), repr('{:04c}'.format(65)), repr('{:<4c}'.format(65)))
print(repr('{:^5c}'.format(66)), repr('{:*>3c}'.format(67)), repr('{:c}'.format(0x263A)))
for spec in ['{:+c}', '{:-c}', '{: c}', '{:#c}', '{:,c}', '{:_c}']:
    try:
        print(spec.format(65))
    except ValueError as e:
        print(spec, 'ValueError', e)
print(repr('%8.4d' % 5), repr('%-8.4d' % 5), repr('%08.4d' % 5), repr('%.4d' % -5))
print(repr('%+8.4x' % 5), repr('%#8.4x' % 255), repr('%3.1d' % 7), repr('%.0d' % 0))
