# producer/consumer coroutines communicating through a queue and a scheduler
class Wait:
    def __await__(self):
        yield 'wait'
    __iter__ = __await__
class Queue:
    def __init__(self):
        self.items = []
    async def put(self, v):
        self.items.append(v)
    async def get(self):
        while not self.items:
            await Wait()
        return self.items.pop(0)
q = Queue()
async def producer(n):
    for i in range(n):
        await q.put(i * i)
        print('put', i * i)
        await Wait()
    await q.put(None)
async def consumer():
    total = 0
    while True:
        v = await q.get()
        if v is None:
            return total
        print('got', v)
        total += v
tasks = [consumer(), producer(4)]
result = None
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        if e.value is not None:
            result = e.value
print('total', result)
