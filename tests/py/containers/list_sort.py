# list.sort and sorted with key and reverse, stability
nums = [5, 2, 9, 1, 5, 6, -3, 0]
s = sorted(nums)
print(s, nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ['pear', 'Fig', 'apple', 'kiwi', 'banana', 'date']
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y'), (3, 'c')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
recs = [('ann', 30), ('bob', 25), ('cy', 30), ('di', 25)]
recs.sort(key=lambda r: r[1])
print(recs)
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted([]))
print(sorted([0.5, -1, 2, True, False]))
big = list(range(100, 0, -7))
big.sort()
print(big)
l = [3, 1, 2]
print(l.sort(), l)
try:
    sorted([1, 'a'])
except TypeError:
    print('TypeError mixed')
print(sorted([[2, 1], [1, 2], [1]]))
