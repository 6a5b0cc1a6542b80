# ordering, equality and sorting of strings
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '', 'a', 'ab', 'B']
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(min(words), max(words))
print('abc' == 'abc', 'a' < 'aa' < 'ab' < 'b')
print(['x', 'y'] == list('xy'), ('a', 'b') < ('a', 'c'))
print('10' < '9', 10 < 9, '' < ' ')
print(sorted(['é', 'e', 'f', 'z', 'ä']))
