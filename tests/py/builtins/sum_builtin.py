# sum
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25]), sum([1, 2], 10), sum((), 5))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, True]), sum(x * x for x in range(4)))
print(sum([10 ** 20, 10 ** 20]), sum([1, 2.5]), sum([-1, 1]))
try:
    sum(['a', 'b'])
except TypeError:
    print('TypeError')
