# with statement: enter/exit order, return value of __enter__, exceptions
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val.args if val else None)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after b')
try:
    with CM('c'):
        raise KeyError('kept')
except KeyError as e:
    print('propagated', e.args)
def f():
    with CM('d'):
        return 'returned'
print(f())
for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)
with CM('e'):
    pass
