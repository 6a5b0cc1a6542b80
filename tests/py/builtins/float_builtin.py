# float() constructor
print(float(), float(3), float(-2), float('1.5'), float(' -2.25 '), float('1e3'), float('.5'), float('5.'))
print(float('inf'), float('-inf'), float('nan') != float('nan'), float(True), float(10 ** 15))
class F:
    def __float__(self):
        return 2.5
print(float(F()))
for bad in ['', 'abc', '1.2.3', 'x1']:
    try:
        float(bad)
    except ValueError:
        print('ValueError', repr(bad))
try:
    float([])
except TypeError:
    print('TypeError')
