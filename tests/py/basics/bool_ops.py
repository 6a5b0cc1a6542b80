# bool type, truthiness and boolean operators
print(True, False, True + True, True * 10, False - 1)
print(int(True), int(False), float(True), str(False))
print(True == 1, False == 0, True is True, isinstance(True, int))
print(not True, not 0, not [], not [0], not '', not 'a')
for v in [0, 1, -1, 0.0, 2.5, '', 'x', [], [1], (), (0,), {}, {1: 2}, None, set(), range(0), range(1)]:
    print(repr(v), bool(v))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'd', '' and 'x')
print([] or {} or 0 or 'last', 'a' and 'b' and 'c')
print(True & False, True | False, True ^ True, ~True)
print(type(True & True).__name__, type(True + 1).__name__)
print(True > False, max(True, 2), sum([True, True, False]))
def side(x):
    print('side', x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
