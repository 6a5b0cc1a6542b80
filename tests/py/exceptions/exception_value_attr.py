# errors raised by builtins have the right types
def kind(f):
    try:
        f()
        return 'ok'
    except Exception as e:
        return type(e).__name__
nothing = None
cases = [
    lambda: 1 + 'a', lambda: int('x'), lambda: [][0], lambda: {}[0], lambda: 1 // 0,
    lambda: undefined_name, lambda: (1).nope, lambda: iter(5), lambda: nothing(),
    lambda: [1, 2].index(3), lambda: 'a' < 1, lambda: float('x'), lambda: chr(-5),
    lambda: [1].remove(9), lambda: next(iter([])), lambda: 2 ** 0.5, lambda: {}.popitem(),
    lambda: int(None), lambda: len(3), lambda: (1, 2) + [3], lambda: 'abc'[nothing],
    lambda: dict([(1,)]), lambda: set([[1]]), lambda: ord(''), lambda: divmod(1, 0),
]
for i, c in enumerate(cases):
    print(i, kind(c))
