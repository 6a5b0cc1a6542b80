# int() from strings with bases, and int from floats/bools
print(int('42'), int('-17'), int('  8  '), int('+5'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('101', 2), int('0b101', 0))
print(int('z', 36), int('10', 36), int('Zz', 36))
print(int(3.99), int(-0.5), int(True), int())
for s in ['12', '1a', '', ' ', '0x', '3.5', '--1']:
    try:
        print(repr(s), int(s))
    except ValueError:
        print(repr(s), 'ValueError')
print(int('123456789012345678901234567890'))
print(int('-0'), int('000012'))
print(int(10 ** 20 / 10 ** 10))
