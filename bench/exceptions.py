# exceptions.py: raising and catching in loops: builtin and user exception
# classes, exception hierarchies, try/except/else/finally, re-raise, errors
# raised by the runtime itself (KeyError, IndexError, ZeroDivisionError,
# ValueError from int()), and exceptions crossing several call frames.

N = 20000


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class Invalid(AppError):
    pass


def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    v = table[key]
    if v < 0:
        raise Invalid("negative", v)
    return v


def deep(n, fail_at):
    if n == fail_at:
        raise ValueError(n)
    if n == 0:
        return 0
    return deep(n - 1, fail_at) + 1


def run(r):
    acc = 0
    table = {i: (i if i % 11 else -i) for i in range(0, 1000, 2)}
    nf = inv = ok = 0
    for i in range(N):
        try:
            acc += lookup(table, i % 1000)
            ok += 1
        except NotFound as e:
            nf += 1
            acc += e.key & 15
        except Invalid as e:
            inv += 1
            acc += len(e.args)
    acc = (acc + nf * 3 + inv * 5 + ok * 7) % 1000000007

    fin = 0
    for i in range(N):
        try:
            if i % 3 == 0:
                raise AppError(i)
        except AppError:
            acc += 1
        else:
            acc += 2
        finally:
            fin += 1
    acc = (acc + fin) % 1000000007

    lst = [1, 2, 3]
    d = {"a": 1}
    caught = 0
    for i in range(N):
        k = i % 5
        try:
            if k == 0:
                lst[i]
            elif k == 1:
                d["missing"]
            elif k == 2:
                i // (k - 2)
            elif k == 3:
                int("x" + str(i))
            else:
                caught -= 1
        except (IndexError, KeyError):
            caught += 2
        except ZeroDivisionError:
            caught += 3
        except ValueError:
            caught += 4
    acc = (acc + caught) % 1000000007

    depth_sum = 0
    for i in range(N // 10):
        try:
            depth_sum += deep(20, i % 25)
        except ValueError as e:
            depth_sum += e.args[0]
    acc = (acc + depth_sum) % 1000000007

    reraised = 0
    for i in range(N // 4):
        try:
            try:
                raise KeyError(i)
            except KeyError:
                if i & 1:
                    raise
                reraised -= 1
        except LookupError as e:
            reraised += 2 + (e.args[0] & 1)
    acc = (acc + reraised + r) % 1000000007

    it = iter(range(50))
    stops = 0
    while True:
        try:
            next(it)
        except StopIteration:
            stops += 1
            break
    acc = (acc + stops + isinstance(NotFound(1), AppError)) % 1000000007
    return acc


check = 0
for r in range(26):
    check = (check * 31 + run(r)) % 1000000007
print("exceptions checksum", check)
