# break and continue inside try/finally and except
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('after loop', i)
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if e.args[0] == 1:
            continue
        print('except', e.args)
    finally:
        print('fin', i)
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'no return'
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'broke out, exception dropped'
print(h())
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print('while finally', n)
print('n', n)
