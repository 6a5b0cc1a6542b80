# Chains of generators delegating with `yield from`: values, return values, send, throw,
# close, exceptions caught part-way, StopIteration inside, direct use of an inner generator
# between resumptions of the outer one, early stops by consumers, deep chains.

def leaf(n, tag):
    for i in range(n):
        got = yield (tag, i)
        if got is not None:
            yield ("got", got)
    return tag * 100


def middle(tag):
    a = yield from leaf(2, tag)
    b = yield from leaf(1, tag + 1)
    return a + b


def top():
    total = yield from middle(1)
    total += yield from middle(5)
    yield ("total", total)


print(list(top()))
print(sum(1 for _ in top()))

# send goes down the chain; the leaf's reply comes back up
g = top()
print(next(g), g.send("hello"), next(g), next(g))


# an exception at the bottom, caught in the middle, which goes on
def failing_leaf():
    yield 1
    raise KeyError("leaf")


def catching_middle():
    try:
        yield from failing_leaf()
    except KeyError as e:
        yield ("caught", e.args[0])
    yield "after"
    return "middle done"


def outer_catch():
    r = yield from catching_middle()
    yield r


print(list(outer_catch()))


# an exception passes through every level to the consumer
def raising_top():
    yield from catching_top_free()


def catching_top_free():
    yield from failing_leaf()


try:
    for v in raising_top():
        print("item", v)
except KeyError as e:
    print("KeyError reached the loop", e)


# StopIteration inside a delegate becomes RuntimeError where it surfaces
def leaky():
    yield 1
    raise StopIteration


def guard():
    try:
        yield from leaky()
    except RuntimeError as e:
        yield "RuntimeError: " + str(e)


print(list(guard()))


# throw and close while suspended deep in a chain
def noisy(name, log):
    try:
        for i in range(3):
            try:
                yield name + str(i)
            except ValueError as e:
                log.append(name + " got " + str(e))
                yield name + " recovered"
    finally:
        log.append(name + " closed")


def chain(log):
    try:
        yield from noisy("a", log)
        yield from noisy("b", log)
    finally:
        log.append("chain closed")


log = []
g = chain(log)
print(next(g), next(g), g.throw(ValueError("x")), next(g), next(g), next(g))
g.close()
print(log)

# the inner generator used directly between resumptions of the outer one
inner = leaf(5, 9)


def wrapper():
    yield from inner


w = wrapper()
print(next(w), next(inner), next(w), next(inner), list(w))


# early stop by a consumer, then the chain goes on
def numbers():
    yield from range(3)
    yield from (x * 10 for x in range(3))
    yield from middle(7)


g = numbers()
print(any(x == 10 for x in g), next(g), list(g))
g = numbers()
for x in g:
    if x == 1:
        break
print(next(g), next(g), next(g))


# a generator resuming its own delegator is refused
def selfish_leaf():
    yield 1
    yield next(outer_gen)


def selfish_outer():
    yield from selfish_leaf()


outer_gen = selfish_outer()
try:
    print(list(outer_gen))
except ValueError as e:
    print("ValueError", e)


# deep chains: values, and an exception from the bottom
def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1


def deep_driver(n):
    r = yield from deep(n)
    yield r


print(list(deep_driver(300)))


def deep_fail(n):
    if n == 0:
        yield "x"
        raise IndexError("deep")
    yield from deep_fail(n - 1)


try:
    print(sum(1 for _ in deep_fail(200)))
except IndexError as e:
    print("IndexError", e)


def tree(depth, base):
    if depth == 0:
        yield base
        return
    yield from tree(depth - 1, base * 2)
    yield from tree(depth - 1, base * 2 + 1)


print(sum(tree(10, 1)), list(tree(3, 1)))
