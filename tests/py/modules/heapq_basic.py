# heapq: heappush, heappop, heapify on lists of ints and strings; the heap invariant after each step.
import heapq


def is_heap(h):
    return all(not h[(i - 1) // 2] > h[i] for i in range(1, len(h)))


h = []
for x in [5, 1, 9, 3, 7, 2, 8, 2, 0]:
    heapq.heappush(h, x)
    print(h[0], len(h), is_heap(h))
out = []
while h:
    out.append(heapq.heappop(h))
    print(is_heap(h), end=" ")
print()
print(out)

h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(h)
print(h[0], is_heap(h))
print([heapq.heappop(h) for _ in range(10)])

h = ["pear", "apple", "fig", "kiwi"]
heapq.heapify(h)
print(heapq.heappop(h), heapq.heappop(h), h[0])

h = []
heapq.heapify(h)
print(h)
h = [1]
heapq.heapify(h)
print(h, heapq.heappop(h), h)

# tuples order by their first item, then the next
h = []
for t in [(2, "b"), (1, "z"), (2, "a"), (0, "q")]:
    heapq.heappush(h, t)
print([heapq.heappop(h) for _ in range(4)])

# errors
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")
try:
    heapq.heappush((), 1)
except TypeError:
    print("TypeError")
try:
    heapq.heapify("abc")
except TypeError:
    print("TypeError")
try:
    heapq.heappush([1], "x")
except TypeError:
    print("TypeError")
