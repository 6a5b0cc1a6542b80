# Instruction pairs the compiler fuses (local+local, local+constant, store+load, constant+binary
# op): their slow cases (unbound locals, operator methods, mixed types) behave as unfused code.


def unbound_second():
    a = 1
    try:
        return a + b
    except NameError as e:
        print("NameError", type(e).__name__)
    b = 2
    return a + b


print(unbound_second())


def unbound_first(flag):
    if flag:
        x = 5
    try:
        return x + 1
    except NameError as e:
        print("first", type(e).__name__)
        return None


print(unbound_first(True), unbound_first(False))


def store_then_load(n):
    total = 0
    for i in range(n):
        j = i
        total = total + j
        k = total
        k = k
    return total, k


print(store_then_load(10))


def same_slot():
    a = 3
    a = a
    return a * 2


print(same_slot())


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return V(self.v + other)

    def __mul__(self, other):
        return V(self.v * other)

    def __sub__(self, other):
        return V(self.v - other)

    def __radd__(self, other):
        return V(other * 100 + self.v)

    def __repr__(self):
        return "V(%d)" % self.v


def const_ops(x):
    return x + 1, x * 2, x - 3, 1 + x


print(const_ops(10), const_ops(2.5), const_ops(V(4)))
print("ab" + "c", [1] * 3, (1, 2) + (3,))
try:
    print(None + 1)
except TypeError:
    print("TypeError")
try:
    print(1 // 0)
except ZeroDivisionError:
    print("ZeroDivisionError")


def loop_into_second(n):
    # The loop jumps back to `i < n`, the second op of a pair in the body's last statement.
    i = 0
    out = []
    while i < n:
        out.append(i)
        i = i + 1
    return out


print(loop_into_second(4), 2**62 + 2**62, 7 % -3, -7 // 2, 1 << 70)
