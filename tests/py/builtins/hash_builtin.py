# hash of ints, bools, tuples and consistency with equality
print(hash(0), hash(1), hash(42), hash(True), hash(False))
print(hash(1) == hash(1.0), hash(0) == hash(0.0), hash(True) == hash(1))
print(hash((1, 2)) == hash((1, 2)), hash('abc') == hash('ab' + 'c'))
print(hash(b'x') == hash(b'x'), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
print(hash(None) == hash(None), isinstance(hash('s'), int))
