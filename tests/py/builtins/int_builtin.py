# int() constructor
print(int(), int(5), int(-5.7), int('  42 '), int('-0x10', 16), int('1010', 2), int(True))
print(int('zz', 36), int('0o17', 0), int('0b11', 0), int('0x1F', 0), int('10', 0))
print(int(2 ** 70 + 0.0) == 2 ** 70, int(1e18), int(-1e18))
class I:
    def __int__(self):
        return 7
print(int(I()))
for bad in ['', '1.0', 'abc', '0x', '12a']:
    try:
        int(bad)
    except ValueError:
        print('ValueError', repr(bad))
try:
    int('9', 8)
except ValueError:
    print('ValueError base 8')
try:
    int([1])
except TypeError:
    print('TypeError')
try:
    int(float('inf'))
except OverflowError:
    print('OverflowError')
try:
    int(float('nan'))
except ValueError:
    print('ValueError nan')
