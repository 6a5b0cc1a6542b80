# callable
class C:
    def method(self):
        pass
class Call:
    def __call__(self):
        return 1
for obj in [len, print, C, C(), C().method, Call(), lambda: 0, 1, 'str', None, [], int, type]:
    print(callable(obj))
