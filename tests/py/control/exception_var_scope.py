# the `as` name is unbound after the except block
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError:
    print('e was deleted')
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        err = exc
    return type(err).__name__
print(f())
