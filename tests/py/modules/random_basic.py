# random: only seed-independent properties are printed (the generator differs from CPython's
# and MicroPython's): repeatability after seed(), ranges respected, argument errors.
import random

random.seed(1)
a = [random.getrandbits(16) for _ in range(10)]
random.seed(1)
print(a == [random.getrandbits(16) for _ in range(10)])
random.seed(2)
print(a != [random.getrandbits(16) for _ in range(10)])
random.seed(0)
print(any(random.getrandbits(16) for _ in range(3)))
random.seed(12345)
s1 = (random.random(), random.randint(0, 1000), random.uniform(5, 6), random.choice("abcdef"))
random.seed(12345)
print(s1 == (random.random(), random.randint(0, 1000), random.uniform(5, 6), random.choice("abcdef")))
random.seed(2 ** 100 + 7)
b = random.random()
random.seed(2 ** 100 + 7)
print(b == random.random())

for bits in (1, 2, 3, 8, 16, 31, 32, 33, 64, 100):
    print(bits, all(0 <= random.getrandbits(bits) < (1 << bits) for _ in range(50)))
print(random.getrandbits(0), max(random.getrandbits(1) for _ in range(100)))
print(all(0.0 <= random.random() < 1.0 for _ in range(200)), type(random.random()).__name__)
print(all(2.0 <= random.uniform(2, 3) <= 3.0 for _ in range(100)), all(-1 <= random.uniform(0, -1) <= 0 for _ in range(100)))
print(sorted(set(random.randint(1, 3) for _ in range(200))), sorted(set(random.randrange(4) for _ in range(200))))
print(sorted(set(random.randrange(1, 10, 3) for _ in range(200))), sorted(set(random.randrange(10, 0, -4) for _ in range(200))))
print(sorted(set(random.randrange(-5, -2) for _ in range(200))), random.randint(7, 7), random.randrange(5, 6))
print(sorted(set(random.choice([10, 20, 30]) for _ in range(200))), random.choice((None,)), random.choice(range(5, 6)))
big = random.randrange(2 ** 70)
print(0 <= big < 2 ** 70, type(random.randint(0, 2 ** 64)).__name__)
lst = list(range(20))
random.shuffle(lst)
print(sorted(lst) == list(range(20)), len(lst))

for f, args in ((random.randrange, (0,)), (random.randrange, (5, 2)), (random.randrange, (1, 5, 0)),
                (random.randint, (3, 2)), (random.getrandbits, (-1,))):
    try:
        f(*args)
    except ValueError:
        print("ValueError", f.__name__, args)
try:
    random.choice([])
except IndexError:
    print("IndexError")
