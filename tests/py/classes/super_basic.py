# super() in methods and __init__
class Base:
    def __init__(self, x):
        self.x = x
        print('Base.__init__', x)
    def hello(self):
        return 'Base.hello'
    @classmethod
    def make(cls):
        return cls.__name__ + ' made'
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print('Child.__init__', y)
    def hello(self):
        return 'Child>' + super().hello()
    @classmethod
    def make(cls):
        return 'child:' + super().make()
class Grand(Child):
    def hello(self):
        return 'Grand>' + super().hello()
g = Grand(1, 2)
print(g.x, g.y, g.hello())
print(Grand.make(), Child.make())
class Explicit(Child):
    def hello(self):
        return 'E>' + super(Explicit, self).hello()
print(Explicit(3, 4).hello())
