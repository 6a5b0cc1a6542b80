# len
print(len(''), len('abc'), len('é€'), len(b'ab'), len(bytearray(3)), len([]), len([1, [2, 3]]))
print(len(()), len((1,)), len({}), len({1: 2}), len(set()), len({1, 2, 2}), len(frozenset('aab')))
print(len(range(10)), len(range(3, 30, 4)), len(range(5, 0)), len(memoryview(b'1234')))
class L:
    def __len__(self):
        return 42
print(len(L()))
for bad in [1, 2.5, None, iter([])]:
    try:
        len(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
