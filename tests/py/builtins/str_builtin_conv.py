# str(), bool(), list(), tuple(), dict(), set() as conversions
print(str(12), str(-1.5), str([1, 'a']), str(None), str(True), str(b'x'), str('s'))
print(bool(), bool(0), bool(1), bool(''), bool('0'), bool([]), bool([[]]), bool(None))
print(list(), list('ab'), list((1, 2)), list(range(2)), list({'k': 1}))
print(tuple(), tuple([1, 2]), tuple('ab'))
print(dict(), dict(a=1), dict([('x', 1)]), dict({'y': 2}))
print(sorted(set('hello')), set() == set([]), sorted(set([3, 1, 3])))
