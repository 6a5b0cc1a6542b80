# pow with two and three arguments
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0), pow(2.0, 3), pow(4, 0.5))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(3, 3, 7), pow(5, 0, 3), pow(7, 1, 1))
print(pow(10 ** 20, 5, 10 ** 9 + 7), pow(2, 10 ** 6, 997))
print(2 ** 200 == pow(2, 200), pow(1, 10 ** 10))
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError mod 0')
try:
    pow(0, -1)
except ZeroDivisionError:
    print('ZeroDivisionError')
