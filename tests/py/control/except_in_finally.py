# exceptions raised inside except and finally blocks
def a():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
try:
    a()
except Exception as e:
    print(type(e).__name__, e.args)
def b():
    try:
        raise ValueError('first')
    except ValueError:
        raise IndexError('from except')
    finally:
        print('b finally')
try:
    b()
except Exception as e:
    print(type(e).__name__, e.args)
def c():
    try:
        return 1
    finally:
        raise TypeError('finally wins')
try:
    c()
except TypeError as e:
    print('c raised', e)
def d():
    try:
        raise ValueError
    except ValueError:
        try:
            raise KeyError
        except KeyError:
            print('inner handled')
        print('back in outer handler')
    return 'ok'
print(d())
