# with multiple items, nesting order, and failure in a later __enter__
log = []
class R:
    def __init__(self, n, fail_enter=False):
        self.n = n
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError('enter failed %s' % self.n)
        log.append('enter %s' % self.n)
        return self.n
    def __exit__(self, *exc):
        log.append('exit %s %s' % (self.n, exc[0].__name__ if exc[0] else '-'))
        return False
with R(1) as a, R(2) as b, R(3):
    log.append('body %s %s' % (a, b))
print(log)
log.clear()
try:
    with R(1), R(2, fail_enter=True), R(3):
        log.append('no body')
except RuntimeError as e:
    log.append('caught ' + str(e))
print(log)
log.clear()
try:
    with R('x') as x, R('y') as y:
        raise ValueError(x + y)
except ValueError as e:
    log.append('caught ' + e.args[0])
print(log)
log.clear()
with R('outer'):
    with R('inner'):
        log.append('deep')
print(log)
