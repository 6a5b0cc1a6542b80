# bound and unbound methods, methods stored in containers
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name):
        return '%s, %s' % (self.greeting, name)
g = Greeter('Hello')
m = g.greet
print(m('Ann'), Greeter.greet(g, 'Bob'))
hellos = [Greeter(w).greet for w in ['Hi', 'Yo']]
print([h('X') for h in hellos])
g.greeting = 'Changed'
print(m('Cy'))
g.greet = lambda name: 'instance override ' + name
print(g.greet('D'), Greeter.greet(g, 'E'))
class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
print(c.inc().inc().inc().n, Counter.n)
