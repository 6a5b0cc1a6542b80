# __hash__ and __eq__ make instances usable as dict keys and set members
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return self.a * 31 + self.b
    def __repr__(self):
        return 'Key(%d,%d)' % (self.a, self.b)
d = {Key(1, 2): 'one-two', Key(3, 4): 'three-four'}
print(d[Key(1, 2)], d[Key(3, 4)], Key(5, 6) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), sorted(s, key=lambda k: k.a))
print(hash(Key(2, 3)), hash(Key(2, 3)) == hash(Key(2, 3)))
class Default:
    pass
o = Default()
print(hash(o) == hash(o), {o: 1}[o])
print(hash(7), hash(True), hash(0), hash(False))
