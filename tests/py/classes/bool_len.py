# truthiness via __bool__ and __len__
class T:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print('__bool__')
        return self.b
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print('__len__')
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(T(True)), bool(T(False)), bool(L(0)), bool(L(3)))
print(bool(Both()), len(Both()))
if T(False):
    print('no')
else:
    print('falsy T')
while L(0):
    print('never')
print(not T(True), T(False) or 'alt', L(2) and 'and-value')
print([x.n for x in [L(0), L(1)] if x])
class Plain:
    pass
print(bool(Plain()))
