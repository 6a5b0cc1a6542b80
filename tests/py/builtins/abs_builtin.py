# abs
print(abs(5), abs(-5), abs(0), abs(-0.5), abs(2.25), abs(True), abs(False))
print(abs(-10 ** 30), abs(10 ** 30), abs(-2 ** 63), abs(-(2 ** 62)))
print(abs(float('-inf')), abs(-0.0))
class A:
    def __abs__(self):
        return 'custom abs'
print(abs(A()))
try:
    abs('x')
except TypeError:
    print('TypeError')
