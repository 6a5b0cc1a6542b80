# slice objects and indices
s = slice(1, 8, 2)
print(s.start, s.stop, s.step)
print(slice(5).start, slice(5).stop, slice(5).step, slice(1, 2).step)
l = list(range(10))
print(l[s], l[slice(None, None, -1)], l[slice(-3, None)])
print('abcdefgh'[slice(2, 6)], (1, 2, 3, 4)[slice(None, None, 2)])
class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ('slice', i.start, i.stop, i.step)
        return ('index', i)
q = Seq()
print(q[1], q[1:2], q[::3], q[:5], q[1:2:3], q[-1:])
print(q['key'], q[None:None])
print(l[slice(2, None, 3)], l[slice(None, 4)])
