# an exception unwinds several frames, running each finally
def a(n):
    try:
        if n == 0:
            raise ValueError('bottom')
        return b(n - 1)
    finally:
        print('a finally', n)
def b(n):
    try:
        return a(n)
    finally:
        print('b finally', n)
try:
    a(2)
except ValueError as e:
    print('caught', e)
def deep(n):
    if n == 0:
        raise KeyError('deep')
    deep(n - 1)
for depth in (0, 10, 100):
    try:
        deep(depth)
    except KeyError as e:
        print('depth', depth, e.args)
