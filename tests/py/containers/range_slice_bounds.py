# Slicing a range gives a range whose stop comes from the resolved slice (shown by repr), and
# whose items are those of the sliced list.
ranges = (range(4), range(1, 4), range(7, -2, -4), range(0, 10, 3), range(10, 0, -1), range(5, 5))
slices = (slice(None), slice(1, None), slice(1, 2), slice(1, None, 2), slice(1, -2, 2), slice(None, -1),
          slice(None, None, -1), slice(-1, None, -2), slice(100, -100, -3), slice(2, 1))
for r in ranges:
    for s in slices:
        sub = r[s]
        print(r, s, sub, list(sub) == list(r)[s])
print(range(4)[1::2] == range(1, 4, 2), range(0, 10, 3)[::2])
