# floor division and modulo sign rules, including big operands
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
big = 10 ** 22 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (5, big), (-5, big)]:
    print(a // b, a % b)
for z in (0, 0.0):
    try:
        1 // z
    except ZeroDivisionError:
        print('ZeroDivisionError //', repr(z))
    try:
        1 % z
    except ZeroDivisionError:
        print('ZeroDivisionError %', repr(z))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print('ZeroDivisionError divmod')
try:
    1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError /')
