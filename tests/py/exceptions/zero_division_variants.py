# every way to divide by zero raises ZeroDivisionError
ops = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0,
    lambda: 10 ** 30 // 0, lambda: 10 ** 30 % 0, lambda: pow(0, -1), lambda: 0.0 ** -1,
]
for i, op in enumerate(ops):
    try:
        op()
        print(i, 'no error')
    except ZeroDivisionError:
        print(i, 'ZeroDivisionError')
x = 5
try:
    x /= 0
except ZeroDivisionError:
    print('augmented ZeroDivisionError', x)
print(isinstance(ZeroDivisionError(), ArithmeticError))
