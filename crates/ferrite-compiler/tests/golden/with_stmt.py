with open("f") as fh, lock:
    data = fh.read()


async def h():
    async with a as b:
        await b.c()
