# translate, maketrans, removeprefix/removesuffix, format_map and dunder methods of str
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()))
print('aabbcc-abc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c ')
print(sorted(t2.items()), 'a b c d'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, ord('c'): 'ccc', 'd': 100})
print(sorted(t3.items()), 'abcde'.translate(t3))
print('héllo'.translate({ord('é'): 'e', ord('o'): '0'}))
print('abc'.translate({}), 'abc'.translate([None, None]), 'abc'.translate({97: 98, 98: 97}))
class Upper:
    def __getitem__(self, k):
        if k == ord('q'):
            raise LookupError
        return chr(k).upper()
print('quick'.translate(Upper()))
for args in [('ab', 'c'), ({'ab': 1},), ({1.5: 'x'},), ('abc',)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    'a'.translate({97: 1.5})
except TypeError:
    print('TypeError mapping')
try:
    'a'.translate({97: -1})
except ValueError:
    print('ValueError mapping')
print('abc'.maketrans('a', 'b') == str.maketrans('a', 'b'))
for s in ['prefix_body', 'body', 'prefix_', '']:
    print(repr(s.removeprefix('prefix_')), repr(s.removesuffix('_')), repr(s.removeprefix('')), repr(s.removesuffix('body')))
print('{a}-{b[0]}-{c.real}'.format_map({'a': 1, 'b': [2], 'c': 3}))
class Lookup:
    def __getitem__(self, k):
        return '<' + k + '>'
print('{x} {y} {x!r}'.format_map(Lookup()), '{a[0]}'.format_map({'a': 'xyz'}))
try:
    '{nope}'.format_map({})
except KeyError as e:
    print('KeyError', e)
try:
    '{0}'.format_map({})
except (IndexError, ValueError) as e:
    print(type(e).__name__)
print(str.__len__('héllo'), 'abc'.__contains__('bc'), 'abc'.__contains__('x'), 'abc'.__getitem__(-1),
      'abcdef'.__getitem__(slice(1, 5, 2)), list('xyz'.__iter__()), str.__getitem__('ab', 0))
try:
    'abc'.__contains__(1)
except TypeError:
    print('TypeError contains')
for s in ['k=v', 'a=b=c', 'none', '=', '']:
    print(s.partition('='), s.rpartition('='), 'é€x€y'.partition('€'), 'é€x€y'.rpartition('€'))
