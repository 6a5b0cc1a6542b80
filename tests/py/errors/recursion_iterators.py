# Built-in iterators nested very deep raise RuntimeError instead of exhausting the stack
# (MicroPython raises it far sooner; CPython 3.11 has no such limit and may crash).
kinds = (enumerate, zip, lambda x: filter(None, x), lambda x: map(type, x))


def nest(depth):
    x = (1, 2)
    for i in range(depth):
        x = kinds[i % 4](x)
    return x


print(len(tuple(nest(1000))), list(nest(4)))
deep = nest(10050)
try:
    tuple(deep)
    print("no error")
except RuntimeError as e:
    print("RuntimeError", e)
# the limit is per chain: shallow iteration still works afterwards
print(list(nest(3)))
