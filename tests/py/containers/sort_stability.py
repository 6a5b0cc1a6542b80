# sort is stable: equal keys keep their original order
data = [('a', 3), ('b', 1), ('c', 3), ('d', 2), ('e', 1), ('f', 2), ('g', 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
by_second = sorted(data, key=lambda t: t[1])
by_both = sorted(by_second, key=lambda t: t[1] % 2)
print(by_both)
nums = list(range(40, 0, -3))
nums.sort(key=lambda n: n % 5)
print(nums)
s = ['bb', 'a', 'ccc', 'dd', 'e']
s.sort(key=len)
print(s)
s.sort(key=len, reverse=True)
print(s)
