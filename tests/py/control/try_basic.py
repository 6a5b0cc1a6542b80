# try/except/else/finally basic flows
def attempt(f):
    try:
        r = f()
    except ZeroDivisionError:
        print('  caught ZeroDivisionError')
        r = 'zde'
    except (KeyError, IndexError) as e:
        print('  caught', type(e).__name__)
        r = 'lookup'
    else:
        print('  else ran')
    finally:
        print('  finally ran')
    return r
print(attempt(lambda: 1))
print(attempt(lambda: 1 // 0))
print(attempt(lambda: {}['k']))
print(attempt(lambda: [][0]))
try:
    attempt(lambda: int('x'))
except ValueError:
    print('ValueError propagated through finally')
try:
    pass
finally:
    print('bare finally')
try:
    raise ValueError('v')
except Exception as e:
    print('generic', type(e).__name__, e)
try:
    try:
        raise KeyError('inner')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer caught', e.args)
