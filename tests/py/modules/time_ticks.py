# time: MicroPython's ticks functions (wrap at TICKS_PERIOD = 2**30), sleep_ms/sleep_us,
# localtime and mktime (8-tuples, int seconds: MicroPython's forms, hence the .exp file).
import time

if not hasattr(time, "ticks_ms"):
    print("SKIP")
    raise SystemExit

MAX = time.ticks_add(0, -1)
HALF = MAX // 2 + 1
print(MAX, HALF)
print(time.ticks_diff(1, 0), time.ticks_diff(0, 1), time.ticks_diff(0, MAX), time.ticks_diff(MAX, 0))
print(time.ticks_diff(0, MAX - 1), time.ticks_diff(HALF, 1), time.ticks_diff(HALF, 0))
print(time.ticks_diff(HALF + 100, 101), time.ticks_diff(HALF - 100, time.ticks_add(0, -100)))
print(time.ticks_add(MAX, 1), time.ticks_add(5, -10), time.ticks_add(100, HALF - 1), time.ticks_add(10, -HALF + 1))
for delta in (HALF, -HALF):
    try:
        time.ticks_add(0, delta)
    except OverflowError as e:
        print("OverflowError", e)
for d in (0, 1, -1, 1000, -1000, HALF - 1, -HALF + 1):
    t = time.ticks_ms()
    print(d, time.ticks_diff(time.ticks_add(t, d), t) == d, time.ticks_diff(t, time.ticks_add(t, d)) == -d)

for f in (time.ticks_ms, time.ticks_us, time.ticks_cpu):
    v = f()
    print(type(v).__name__, 0 <= v <= MAX)
t0 = time.ticks_ms()
u0 = time.ticks_us()
time.sleep_ms(30)
time.sleep_us(2000)
time.sleep_ms(-5)
print(time.ticks_diff(time.ticks_ms(), t0) >= 30, time.ticks_diff(time.ticks_us(), u0) >= 32000)

print(time.localtime(0), time.localtime(1234567890))
print(len(time.localtime()), time.localtime(1.9) == time.localtime(1))
for tup in ((1970, 1, 1, 0, 0, 0, 3, 1), (2009, 2, 13, 23, 31, 30, 4, 44), (2000, 2, 29, 12, 0, 0, 0, 0)):
    s = time.mktime(tup)
    print(s, time.localtime(s))
# out-of-range fields are normalised
print(time.mktime((2023, 13, 1, 0, 0, 0, 0, 0)) == time.mktime((2024, 1, 1, 0, 0, 0, 0, 0)))
print(time.mktime((2024, 3, 0, 24, 0, 60, 0, 0)) == time.mktime((2024, 3, 1, 0, 1, 0, 0, 0)))
print(time.mktime((1969, 12, 31, 23, 59, 59, 0, 0)))
