# time: what CPython and MicroPython share: the wall clock's type and range, sleep, the
# monotonic counters, and gmtime's first 8 fields (year, month, mday, hour, minute, second,
# weekday Monday=0, yearday).
import time

t = time.time()
print(type(t).__name__, t > 1.6e9, type(time.time_ns()).__name__, abs(time.time_ns() / 1e9 - t) < 5)
print(time.gmtime(0)[0], time.gmtime()[0] >= 2024)
for secs in (0, 1, 59, 86399, 86400, 951782400, 951868800, 1234567890, 2 ** 31, 4102444800, -1, -86401, 1.9, -0.5):
    print(secs, tuple(time.gmtime(secs))[:8])
print(tuple(time.gmtime(253402300799))[:8])

a = time.monotonic()
time.sleep(0.02)
time.sleep(0)
b = time.monotonic()
print(b - a >= 0.02, b - a < 5)
ns = time.monotonic_ns()
time.sleep(0.001)
print(time.monotonic_ns() - ns >= 1000000, type(ns).__name__)
p = time.perf_counter()
print(type(p).__name__, time.perf_counter() >= p, type(time.perf_counter_ns()).__name__)
try:
    time.sleep(-1)
except ValueError:
    print("ValueError")
