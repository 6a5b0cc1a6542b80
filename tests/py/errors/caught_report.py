# reporting exceptions without a traceback: type name and args only
def report(f, *args):
    try:
        f(*args)
    except Exception as e:
        print('%s%r' % (type(e).__name__, e.args))
    else:
        print('no exception')
def deep(n):
    if n == 0:
        raise LookupError('bottom', n)
    deep(n - 1)
report(deep, 5)
report(lambda: [].pop())
report(lambda: {}['key'])
report(lambda: [1][3])
report(lambda: None)
class Custom(Exception):
    pass
def raise_custom():
    raise Custom('c', 1, None)
report(raise_custom)
