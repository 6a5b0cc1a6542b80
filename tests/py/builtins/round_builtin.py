# round
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(7), round(-7), round(7, 2), round(12345, -2), round(-12345, -3))
print(round(2.5, 0), round(1.25, 1), round(3.14159, 3), round(-2.675, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(round(1e10 + 0.5), round(123.456, 1), round(0.125, 2))
