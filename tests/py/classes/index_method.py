# __index__ lets an object act as an integer index
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
l = ['a', 'b', 'c', 'd']
print(l[Idx(1)], l[Idx(-1)], 'xyz'[Idx(2)], (1, 2, 3)[Idx(0)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(10)[Idx(3)], list(range(Idx(3))))
l[Idx(0)] = 'z'
print(l)
