# zip
print(list(zip([1, 2, 3], 'abc')), list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip(range(5), 'ab', (True, False, None))))
pairs = [(1, 'a'), (2, 'b')]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip(['k1', 'k2'], [10, 20])))
z = zip('xy', 'pq')
print(next(z), next(z), next(z, 'end'))
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)])
