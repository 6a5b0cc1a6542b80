# fib.py: naive recursive Fibonacci; measures Python-to-Python call overhead
# and small-int arithmetic. Prints the results as its checksum.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for n in (28, 29, 30, 31, 32):
    total += fib(n)
print("fib checksum", fib(20), total)
