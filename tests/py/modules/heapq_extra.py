# heapq: heapreplace, heappushpop, nlargest, nsmallest (CPython's; Ferrite has them too), and
# comparisons through __lt__ written in Python.
import heapq

h = [1, 3, 5]
print(heapq.heapreplace(h, 4), h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 10), h)
print(heapq.heappushpop([], 3))
try:
    heapq.heapreplace([], 1)
except IndexError:
    print("IndexError")

data = [5, 1, 8, 3, 9, 2, 8]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(0, data), heapq.nsmallest(10, data))
print(heapq.nlargest(2, ["a", "ccc", "bb"], key=len), heapq.nsmallest(2, ["a", "ccc", "bb"], key=len))
# stable: equal keys keep their order
print(heapq.nsmallest(3, [(1, "a"), (0, "b"), (1, "c"), (0, "d")], key=lambda t: t[0]))
print(heapq.nlargest(3, [(1, "a"), (0, "b"), (1, "c"), (0, "d")], key=lambda t: t[0]))
print(heapq.nlargest(2, iter([4, 6, 5])))


class Task:
    calls = 0

    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        Task.calls += 1
        return self.pri < other.pri


h = []
for p, n in [(3, "c"), (1, "a"), (4, "d"), (2, "b"), (0, "z")]:
    heapq.heappush(h, Task(p, n))
print(Task.calls > 0)
print([heapq.heappop(h).name for _ in range(5)])

h = [Task(p, str(p)) for p in [7, 3, 9, 1, 5]]
heapq.heapify(h)
print(heapq.heapreplace(h, Task(4, "4")).name, [heapq.heappop(h).name for _ in range(5)])


class Bad:
    def __lt__(self, other):
        raise ValueError("no order")


try:
    heapq.heapify([Bad(), Bad(), Bad()])
except ValueError as e:
    print("ValueError", e)


# a comparison that empties the heap must not crash
victim = []


class Shrink:
    def __lt__(self, other):
        victim.clear()
        return False


victim.extend([Shrink(), Shrink(), Shrink(), Shrink()])
try:
    heapq.heapify(victim)
    print("ok", len(victim))
except (RuntimeError, IndexError):
    print("error", len(victim))
