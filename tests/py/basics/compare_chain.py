# comparison operators and chained comparisons
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 <= 1 < 2 <= 2, 5 > 4 >= 4 > 3)
def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(0) < v(5))
x = 5
print(0 < x < 10, 0 < x > 4, 10 > x > 5)
print(1 < 2 > 0 < 5 != 6)
print('a' < 'b' < 'c', 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), (2,) > (1, 9))
print([1, 2] == [1, 2], (1, 2) == (1, 2), [1] != [1, 0])
print(1 == 1.0, 2 < 2.5, -1 > -1.5, 10 ** 20 > 1e19)
a = [1]
b = a
print(a is b, a is not [1], a == [1])
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2])
