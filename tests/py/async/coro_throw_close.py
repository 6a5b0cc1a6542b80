# throw() and close() on a suspended coroutine
class Pause:
    def __await__(self):
        yield 'paused'
    __iter__ = __await__
async def task():
    try:
        await Pause()
        print('not reached')
    except ValueError as e:
        print('task caught', e.args)
        await Pause()
        return 'recovered'
    finally:
        print('task finally')
c = task()
print(c.send(None))
print(c.throw(ValueError('injected')))
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
async def cleanup():
    try:
        await Pause()
    finally:
        print('cleanup on close')
c2 = cleanup()
c2.send(None)
c2.close()
print('closed')
c3 = cleanup()
c3.send(None)
try:
    c3.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e.args)
