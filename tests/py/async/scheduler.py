# a tiny round-robin scheduler driving several coroutines
class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
log = []
async def worker(name, n):
    for i in range(n):
        log.append('%s%d' % (name, i))
        await Yield()
    return name * n
def run_all(coros):
    queue = list(coros)
    results = {}
    while queue:
        name, c = queue.pop(0)
        try:
            c.send(None)
            queue.append((name, c))
        except StopIteration as e:
            results[name] = e.value
    return results
res = run_all([('a', worker('a', 3)), ('b', worker('b', 1)), ('c', worker('c', 2))])
print(log)
print(sorted(res.items()))
