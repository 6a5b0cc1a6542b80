# awaiting other coroutines passes return values up the chain
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def leaf(n):
    print('leaf', n)
    return n * 2
async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    print('middle got', a, b)
    return a + b
async def top():
    results = []
    for i in range(3):
        results.append(await middle(i))
    return results
print(run(top()))
async def recursive(n):
    if n == 0:
        return 0
    return n + await recursive(n - 1)
print(run(recursive(50)))
