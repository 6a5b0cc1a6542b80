# await used inside expressions, comprehensions-free loops and conditions
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def val(v):
    return v
async def main():
    x = await val(2) + await val(3) * await val(4)
    print('x', x)
    if await val(True):
        print('condition awaited')
    d = {'k': await val('v')}
    l = [await val(8)] + [await val(9)]
    print(d, l)
    s = 0
    i = 0
    while await val(i < 5):
        s += await val(i)
        i += 1
    print('sum', s)
    return (await val('a')) + (await val('b'))
print(run(main()))
