# raise with classes, instances, re-raise, and raise inside functions
def f(kind):
    if kind == 'class':
        raise ValueError
    if kind == 'instance':
        raise ValueError('inst')
    if kind == 'reraise':
        try:
            raise KeyError('orig')
        except KeyError:
            raise
for kind in ['class', 'instance', 'reraise']:
    try:
        f(kind)
    except Exception as e:
        print(kind, type(e).__name__, e.args)
try:
    raise Exception('generic')
except Exception as e:
    print(e)
try:
    raise 42
except TypeError:
    print('TypeError: exceptions must derive from BaseException')
err = IndexError('stored')
for i in range(2):
    try:
        raise err
    except IndexError as e:
        print(i, e is err, e.args)
