# an exception replaced in finally: the later one is reported
def f():
    try:
        raise KeyError('first')
    finally:
        print('finally replaces the exception')
        raise RuntimeError('second')
try:
    f()
except Exception as e:
    print(type(e).__name__, e.args)
print('done')
