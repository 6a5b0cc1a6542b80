# while/else: the else runs only when the condition becomes false
def search(limit, target):
    i = 0
    while i < limit:
        if i * i == target:
            print('found root', i)
            break
        i += 1
    else:
        print('no integer root of', target, 'below', limit)
    return i
print(search(10, 49), search(10, 50), search(0, 0))
n = 3
while n:
    n -= 1
    if n == 10:
        break
else:
    print('else after normal end, n =', n)
