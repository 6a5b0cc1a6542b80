# while loops with complex conditions
a, b = 0, 1
while b < 200:
    a, b = b, a + b
print(a, b)
data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while i < len(data) and data[i] != 9:
    i += 1
print('found 9 at', i)
n = 27
steps = []
while n != 1 and len(steps) < 10:
    steps.append(n)
    n = n // 2 if n % 2 == 0 else 3 * n + 1
print(steps)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)
x = 100
while x:
    x //= 3
    print(x, end=' ')
print()
