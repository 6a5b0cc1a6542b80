# for/else and while/else with and without break
for i in range(3):
    print('for', i)
else:
    print('for else ran')
for i in range(5):
    if i == 2:
        print('break at', i)
        break
else:
    print('not printed')
for i in []:
    print('never')
else:
    print('empty for else ran')
n = 0
while n < 3:
    n += 1
else:
    print('while else ran', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
print('n =', n)
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            break
    else:
        return -1
    return i
print(find('abc', 'c'), find('abc', 'z'))
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print('inner else never')
    print('outer', i, j)
