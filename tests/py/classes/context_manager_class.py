# __enter__/__exit__ on a class that records events
class Resource:
    opened = 0
    def __init__(self, name):
        self.name = name
        self.events = []
    def __enter__(self):
        Resource.opened += 1
        self.events.append('open')
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.opened -= 1
        self.events.append('close:' + (exc_type.__name__ if exc_type else 'ok'))
        return exc_type is KeyError
    def use(self, v):
        self.events.append('use %s' % v)
with Resource('r1') as r:
    r.use(1)
    print('open count', Resource.opened)
print(r.events, Resource.opened)
with Resource('r2') as r2:
    r2.use(2)
    raise KeyError
print(r2.events)
try:
    with Resource('r3') as r3:
        raise ValueError('v')
except ValueError:
    print(r3.events, Resource.opened)
