# finally runs for every way of leaving a loop body
def run(mode):
    log = []
    for i in range(3):
        try:
            if mode == 'continue' and i == 0:
                continue
            if mode == 'break' and i == 1:
                break
            if mode == 'return' and i == 1:
                return log + ['returned']
            if mode == 'raise' and i == 2:
                raise ValueError
            log.append('body%d' % i)
        finally:
            log.append('fin%d' % i)
    return log
for m in ['normal', 'continue', 'break', 'return']:
    print(m, run(m))
try:
    run('raise')
except ValueError:
    print('raise propagated')
