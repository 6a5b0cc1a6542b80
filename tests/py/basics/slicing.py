# slicing with start/stop/step on lists, tuples, strings and ranges
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[-4:-1])
print(l[::2], l[1::3], l[::-1], l[8:2:-2], l[-1:-5:-1])
print(l[100:], l[-100:3], l[5:2], l[::-3], l[2:2])
print(l[:], l[:] is l)
s = 'abcdefghij'
print(s[1:4], s[::2], s[::-1], s[-3:], s[5:1:-1], s[:0])
t = tuple(range(8))
print(t[1:7:2], t[::-2], t[3:], t[-2::-3])
r = range(0, 20, 2)
print(list(r[2:5]), list(r[::-1]), list(r[1::3]), r[-1])
b = b'hello world'
print(b[0:5], b[::-1], b[6:])
m = [0, 1, 2, 3, 4, 5]
m[1:3] = ['a', 'b', 'c']
print(m)
m[:2] = []
print(m)
m[len(m):] = [9, 9]
print(m)
del m[1:3]
print(m)
m[0:0] = [7]
print(m)
for start in (None, 1, -2):
    for stop in (None, 3, -1):
        for step in (None, 1, 2, -1):
            print(start, stop, step, l[start:stop:step])
