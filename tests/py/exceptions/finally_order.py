# order of finally blocks across nested functions and loops
log = []
def inner():
    try:
        log.append('inner try')
        raise ValueError
    finally:
        log.append('inner finally')
def middle():
    try:
        inner()
    finally:
        log.append('middle finally')
def outer():
    try:
        middle()
    except ValueError:
        log.append('outer except')
    finally:
        log.append('outer finally')
outer()
print(log)
log.clear()
for i in range(2):
    try:
        try:
            log.append('t%d' % i)
        finally:
            log.append('f1-%d' % i)
    finally:
        log.append('f2-%d' % i)
print(log)
