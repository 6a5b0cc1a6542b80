# try/finally inside generators interacting with consumers
def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print('gen finally', i)
for v in gen():
    print('consume', v)
print('---')
for v in gen():
    print('consume', v)
    if v == 1:
        break
print('after break')
def catcher():
    while True:
        try:
            v = yield
            print('got', v)
        except ValueError as e:
            print('gen handled', e.args)
c = catcher()
next(c)
c.send(1)
c.throw(ValueError('oops'))
c.send(2)
c.close()
print('closed')
