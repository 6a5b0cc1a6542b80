# gc: MicroPython's mem_alloc, mem_free and threshold (not in CPython, hence the .exp file).
import gc

if not hasattr(gc, "mem_free"):
    print("SKIP")
    raise SystemExit

print(type(gc.mem_alloc()).__name__, type(gc.mem_free()).__name__)
print(gc.mem_alloc() > 0, gc.mem_free() > 0)
gc.collect()
before = gc.mem_alloc()
keep = [bytearray(1000) for _ in range(50)]
after = gc.mem_alloc()
print(after - before >= 50000, gc.mem_free() > 0)
total = gc.mem_alloc() + gc.mem_free()
del keep
gc.collect()
print(gc.mem_alloc() < after, gc.mem_alloc() + gc.mem_free() == total)

print(gc.collect())
print(gc.threshold())
print(gc.threshold(4096))
print(gc.threshold())
print(gc.threshold(-1))
print(gc.threshold())
