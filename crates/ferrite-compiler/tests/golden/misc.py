@deco
class D(*bases, **kw):
    pass
for x in y:
    try:
        f()
    except E:
        continue
    finally:
        g()
def outer():
    x = 1
    def inner(a=x):
        global z
        z = a
        return [lambda: x for _ in ()]
print(f"{a!s:{b}}{c}")


async def agen_user(src):
    vals = [v async for v in src if v]
    async with lock:
        return {k: await k for k in vals}
