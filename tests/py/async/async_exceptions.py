# exceptions crossing await boundaries, with try/except/finally in coroutines
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def fails(kind):
    if kind == 'key':
        raise KeyError('k')
    if kind == 'value':
        raise ValueError('v')
    return 'fine'
async def handler(kind):
    try:
        r = await fails(kind)
    except KeyError as e:
        r = 'handled key ' + e.args[0]
    finally:
        print('finally for', kind)
    return r
print(run(handler('none')))
print(run(handler('key')))
try:
    run(handler('value'))
except ValueError as e:
    print('escaped', e.args)
async def reraiser():
    try:
        await fails('key')
    except KeyError:
        raise RuntimeError('converted')
try:
    run(reraiser())
except RuntimeError as e:
    print('RuntimeError', e.args)
