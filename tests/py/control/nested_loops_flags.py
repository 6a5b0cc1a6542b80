# breaking out of nested loops with flags, functions and for-else
grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 99:
            found = (r, c)
            break
    if found:
        break
print('found at', found)
def find(g, target):
    for r, row in enumerate(g):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(find(grid, 8), find(grid, 100))
for row in grid:
    for v in row:
        if v > 50:
            break
    else:
        print('row without big values', row)
        continue
    print('row with a big value', row)
