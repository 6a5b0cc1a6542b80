# divmod
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10 ** 20, 7), (-(10 ** 20), 7)]:
    print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(8, 2.5))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print('ZeroDivisionError')
q, r = divmod(1000, 37)
print(q * 37 + r)
