# A MicroPython-style program: runs unchanged on a board and under Ferrite.
import sys

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

class Sensor:
    def __init__(self, name):
        self.name = name
        self.readings = []

    def record(self, value):
        self.readings.append(value)

    def mean(self):
        return sum(self.readings) / len(self.readings)

s = Sensor("temp")
for i in range(10):
    s.record(20 + i * 0.5)
print("Hello from", sys.implementation.name)
print("fib(50) =", fib(50))
print("{} mean: {:.2f}".format(s.name, s.mean()))
print("2**100 =", 2 ** 100)
