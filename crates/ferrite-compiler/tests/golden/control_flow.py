i = 0
while i < 10:
    if i == 3:
        i += 1
        continue
    elif i > 7 and not done:
        break
    i += 1
else:
    print("no break")
for k, v in items:
    if k:
        break
else:
    pass
while True:
    if x or y:
        break
while not (a and b):
    pass
assert x, "msg"
assert y
