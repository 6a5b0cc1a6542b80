# __repr__ and __str__
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both as str'
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr<1>'
b, r = Both(), OnlyRepr()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {'k': r})
print('%s %r' % (b, b), '{} {!r}'.format(b, b), f'{r} {r!r}')
class Nested:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return 'Nested(%r)' % (self.child,)
print(Nested(Nested('leaf')), Nested([1, 'a']))
