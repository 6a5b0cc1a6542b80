# an uncaught exception prints a traceback and exits with status 1
print('before the error')
def fail(n):
    raise ValueError('boom %d' % n)
fail(7)
print('never printed')
