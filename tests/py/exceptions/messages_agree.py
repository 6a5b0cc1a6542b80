# builtin error messages on which CPython and MicroPython agree
def msg(f):
    try:
        f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return 'no error'
print(msg(lambda: [1, 2][5]))
print(msg(lambda: (1, 2)[-3]))
print(msg(lambda: [].pop()))
print(msg(lambda: 'abc'.index('z')))
print(msg(lambda: 'abc'.rindex('z')))
print(msg(lambda: len(5)))
print(msg(lambda: hash([])))
print(msg(lambda: (1).foo))
class C:
    pass
print(msg(lambda: C().missing))
print(msg(lambda: 'x'.nope))
print(msg(lambda: int('5')))
