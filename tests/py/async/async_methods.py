# async methods, classmethods and closures returning coroutines
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Account:
    def __init__(self, balance):
        self.balance = balance
    async def deposit(self, v):
        self.balance += v
        return self.balance
    async def withdraw(self, v):
        if v > self.balance:
            raise ValueError('insufficient')
        self.balance -= v
        return self.balance
    @classmethod
    async def open(cls, initial):
        acc = cls(0)
        await acc.deposit(initial)
        return acc
async def main():
    a = await Account.open(100)
    print(await a.deposit(50), await a.withdraw(30))
    try:
        await a.withdraw(1000)
    except ValueError as e:
        print('error', e.args)
    return a.balance
print(run(main()))
def make(n):
    async def inner(x):
        return x * n
    return inner
print(run(make(3)(7)), run(make(10)(7)))
