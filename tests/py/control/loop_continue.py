# continue, nested loops and loop variables after the loop
for i in range(10):
    if i % 3:
        continue
    print('multiple of 3:', i)
print('i after loop', i)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print('even', i)
result = []
for a in range(4):
    for b in range(4):
        if a == b:
            continue
        if a + b > 4:
            break
        result.append((a, b))
print(result)
total = 0
for x in [1, -2, 3, -4, 5]:
    if x < 0:
        continue
    total += x
else:
    print('done, total', total)
for ch in 'abc':
    pass
print(ch)
for k in range(0):
    pass
print([k2 for k2 in range(3)])
