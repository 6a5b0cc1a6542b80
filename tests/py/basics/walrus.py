# assignment expressions (:=)
if (n := 10) > 5:
    print('n is', n)
data = [1, 5, 12, 3, 20]
print([y for x in data if (y := x * 2) > 8])
print(y)
i = 0
while (i := i + 1) < 5:
    print('loop', i)
print(i)
def f(x):
    return (z := x + 1) * z
print(f(3))
vals = iter([3, 2, 0, 7])
while (v := next(vals)) != 0:
    print('got', v)
print((a := 4) + a)
print([last := k for k in range(3)], last)
total = 0
print([total := total + k for k in [1, 2, 3, 4]], total)
