# running several coroutines to completion and collecting results in order
class Tick:
    def __await__(self):
        yield
    __iter__ = __await__
async def compute(name, steps):
    total = 0
    for i in range(steps):
        total += i
        await Tick()
    print('finished', name)
    return (name, total)
def gather(*coros):
    pending = list(enumerate(coros))
    results = [None] * len(coros)
    rounds = 0
    while pending:
        rounds += 1
        still = []
        for idx, c in pending:
            try:
                c.send(None)
                still.append((idx, c))
            except StopIteration as e:
                results[idx] = e.value
        pending = still
    return results, rounds
print(gather(compute('slow', 5), compute('fast', 1), compute('mid', 3)))
