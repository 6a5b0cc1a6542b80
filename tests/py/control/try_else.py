# the else clause runs only when the try body raised nothing
def run(raise_it):
    log = []
    try:
        log.append('try')
        if raise_it:
            raise ValueError
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run(False))
print(run(True))
try:
    try:
        pass
    except KeyError:
        print('no')
    else:
        raise IndexError('from else')
except IndexError as e:
    print('else exception propagates', e.args)
for i in range(3):
    try:
        if i == 1:
            continue
    except Exception:
        pass
    else:
        print('else', i)
def ret():
    try:
        x = 1
    except Exception:
        return 'except'
    else:
        return 'else %d' % x
    finally:
        print('finally before else-return')
print(ret())
