# break out of loops over generators and iterators stops consumption
def numbers():
    n = 0
    while True:
        print('yield', n)
        yield n
        n += 1
for v in numbers():
    if v == 2:
        break
it = iter([1, 2, 3, 4, 5])
for v in it:
    if v == 2:
        break
print('rest', list(it))
for a, b in zip(numbers(), 'xy'):
    print(a, b)
gen = (x * x for x in range(10))
for v in gen:
    if v > 10:
        break
print(next(gen), next(gen))
