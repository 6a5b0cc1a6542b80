# micropython.schedule: the callback runs soon with its argument; callbacks scheduled from a
# callback run after it, in order; at most 8 wait (RuntimeError "schedule queue full").
# MicroPython-only, hence the .exp file.
try:
    import micropython
    micropython.schedule
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit

done = []

def callback(arg):
    done.append(arg)

micropython.schedule(callback, 1)
for _ in range(1000):
    if done:
        break
print(done)

def chain(n):
    done.append(n)
    if n < 3:
        micropython.schedule(chain, n + 1)
    done.append(-n)

done = []
micropython.schedule(chain, 0)
for _ in range(1000):
    if len(done) == 8:
        break
print(done)

def flood(arg):
    try:
        for i in range(20):
            micropython.schedule(callback, i)
    except RuntimeError as e:
        print("RuntimeError", e, i)

done = []
micropython.schedule(flood, None)
for _ in range(1000):
    if len(done) == 8:
        break
print(done)

def boom(arg):
    raise ValueError(arg)

try:
    micropython.schedule(boom, "x")
    for _ in range(1000):
        pass
except ValueError as e:
    print("ValueError", e)
done = []
micropython.schedule(callback, "after")
for _ in range(1000):
    if done:
        break
print(done)
