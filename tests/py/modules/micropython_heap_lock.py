# micropython.heap_lock/heap_unlock: allocation fails with MemoryError while locked; locks nest
# and heap_unlock returns the remaining depth (MicroPython-only, hence the .exp file).
try:
    import micropython
    micropython.heap_lock
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit

l = []
l2 = list(range(100))
micropython.heap_lock()
micropython.heap_lock()
try:
    print([])
except MemoryError:
    print("MemoryError")
try:
    l.extend(l2)
except MemoryError:
    print("MemoryError")
try:
    d = {"a": 1}
except MemoryError:
    print("MemoryError")
print(micropython.heap_unlock())
try:
    s = "abc" * 1000
except MemoryError:
    print("MemoryError")
print(micropython.heap_unlock())
print([], len(l) <= 100)
l.extend(l2)
print(len(l) >= 100, {"a": 1})
