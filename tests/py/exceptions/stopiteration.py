# StopIteration and its value
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
print(next(it, 'default'), next(iter([]), None))
def g():
    yield 1
    return 'ret'
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print('value', e.value, e.args)
e = StopIteration(5)
print(e.value, e.args)
print(StopIteration().value)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('custom')
print(list(It()))
