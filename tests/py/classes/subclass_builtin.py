# subclassing list, dict and Exception
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, len(m), m.total(), m[1:3], isinstance(m, list))
class DefaultDict(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default
    def get_or(self, k):
        return self[k] if k in self else self.default
d = DefaultDict(0)
d['a'] = 5
print(d.get_or('a'), d.get_or('b'), len(d), list(d.keys()))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
try:
    raise AppError(404, 'not found')
except AppError as e:
    print(e.code, e.args, isinstance(e, Exception))
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
print(Stack().push(1).push(2), Stack([5]).pop())
