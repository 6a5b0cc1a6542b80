# an exception raised by an awaitable's iterator propagates into the coroutine
class Failing:
    def __init__(self, fail_after):
        self.fail_after = fail_after
    def __await__(self):
        for i in range(self.fail_after):
            yield i
        raise KeyError('awaitable failed')
    __iter__ = __await__
async def user():
    try:
        await Failing(2)
    except KeyError as e:
        print('coroutine caught', e.args)
        return 'handled'
c = user()
steps = []
try:
    while True:
        steps.append(c.send(None))
except StopIteration as e:
    print(steps, e.value)
