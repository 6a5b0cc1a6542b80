# gc: enable/disable/isenabled and collect (its return value differs: CPython returns a count,
# MicroPython None), and that collecting keeps live data intact.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

data = {"a": [1, 2, 3], "b": ("x", [4.5])}
for i in range(3):
    garbage = [[j] * 10 for j in range(200)]
    del garbage
    gc.collect()
print(data)

def gen():
    for i in range(5):
        gc.collect()
        yield [i] * 2

print([x for x in gen()])
gc.disable()
big = [str(i) for i in range(2000)]
print(len(big), big[-1])
gc.collect()
print(gc.isenabled(), big[1999])
gc.enable()
