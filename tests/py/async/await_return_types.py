# coroutines can return any object; awaiting passes it through unchanged
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def give(v):
    return v
async def main():
    out = []
    for v in [None, 0, 'str', [1, 2], (3,), {'k': 'v'}, 2 ** 70, 1.5]:
        out.append(await give(v))
    lst = await give([])
    lst.append('mutated')
    return out, lst
print(run(main()))
