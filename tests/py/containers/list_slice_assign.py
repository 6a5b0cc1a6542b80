# list slice assignment and deletion with step 1 (extended-step assignment is not in MicroPython)
l = list(range(8))
l[2:5] = []
print(l)
l[1:1] = ['a', 'b']
print(l)
l[-2:] = ('x', 'y', 'z')
print(l)
l[:3] = range(2)
print(l)
l[10:20] = [99]
print(l)
del l[:2]
print(l)
del l[-1:]
print(l)
del l[5:1]
print(l)
m = [1, 2, 3]
m[:] = m + m
print(m)
m[1:-1] = []
print(m)
print(l[::2], l[::-2], l[1::3])
