# sorted
print(sorted([3, 1, 2]), sorted('cab'), sorted((9, 8)), sorted({3: 'c', 1: 'a'}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len), sorted([-3, 2, -1], key=abs))
data = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([[3], [1, 2], []]), sorted([1.5, 1, -2, True]))
print(sorted(x % 5 for x in range(12)))
orig = [2, 1]
s = sorted(orig)
print(s, orig, s is orig)
