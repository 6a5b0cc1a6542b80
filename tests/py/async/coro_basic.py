# async def functions run by driving the coroutine with send(None)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def answer():
    print('answer running')
    return 42
c = answer()
print('created, not started')
print(run(c))
async def add(a, b=1, *rest, k=0):
    return a + b + sum(rest) + k
print(run(add(1)), run(add(1, 2, 3, 4, k=100)))
async def no_return():
    pass
print(run(no_return()))
async def raises():
    raise ValueError('inside coroutine')
try:
    run(raises())
except ValueError as e:
    print('propagated', e.args)
