# enumerate
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)))
print(list(enumerate(range(3), start=10)), list(enumerate('xy', -1)))
e = enumerate(['p', 'q'])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print('exhausted')
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate('hi')))
