# single inheritance, overriding and attribute lookup
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return '%s the %s says %s' % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return 'woof'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + '!'
class Cat(Animal):
    kind = 'cat'
    def __init__(self, name, indoor):
        Animal.__init__(self, name)
        self.indoor = indoor
for a in [Animal('generic'), Dog('rex'), Puppy('bit'), Cat('tom', True)]:
    print(a.describe(), type(a).__name__)
c = Cat('x', False)
print(c.indoor, c.name, Cat.kind, Animal.kind)
print(isinstance(c, Animal), isinstance(c, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__bases__ == (Dog,), Dog.__name__, Puppy('p').kind)
Dog.kind = 'hound'
print(Puppy('q').describe())
