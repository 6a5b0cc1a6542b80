# if/elif/else chains and truthiness of conditions
def classify(x):
    if x < 0:
        return 'negative'
    elif x == 0:
        return 'zero'
    elif x < 10:
        return 'small'
    elif x < 100:
        return 'medium'
    else:
        return 'large'
for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))
for cond in [0, 1, '', 'x', [], [0], None, 0.0]:
    if cond:
        print(repr(cond), 'truthy')
    else:
        print(repr(cond), 'falsy')
x = 5
if x > 1:
    if x > 3:
        print('x > 3')
    else:
        print('1 < x <= 3')
if not x == 4 and (x > 4 or x < 0):
    print('compound ok')
if x:
    pass
elif x / 0:
    print('never evaluated')
print('end')
