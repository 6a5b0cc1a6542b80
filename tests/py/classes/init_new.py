# __new__ and __init__
class Single:
    _inst = None
    def __new__(cls):
        print('__new__', cls.__name__)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print('__init__')
a = Single()
b = Single()
print(a is b)
class Tagged:
    def __new__(cls, tag):
        obj = super().__new__(cls)
        obj.tag = tag.upper()
        return obj
    def __init__(self, tag):
        self.raw = tag
t = Tagged('abc')
print(t.tag, t.raw)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(NotMine())
class Plain:
    pass
print(type(Plain()).__name__, isinstance(object.__new__(Plain), Plain))
class WithInit:
    def __init__(self, a, b=2):
        self.total = a + b
print(WithInit(1).total, WithInit(1, b=10).total)
