# async with: __aenter__ and __aexit__ are awaited
class Res:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print('aenter', self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print('aexit', self.name, t.__name__ if t else None)
        return self.swallow
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with Res('a') as x:
        print('body', x)
    async with Res('b', swallow=True):
        raise KeyError('hidden')
    try:
        async with Res('c'):
            raise ValueError('seen')
    except ValueError as e:
        print('caught', e.args)
    async with Res('outer') as o, Res('inner') as i:
        print('both', o, i)
    return 'done'
print(run(main()))
async def early():
    async with Res('r'):
        return 'returned inside'
print(run(early()))
