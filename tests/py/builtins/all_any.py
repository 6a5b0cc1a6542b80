# all and any, including short-circuiting
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
print(all('abc'), any(''), all([[], 1]), any([[], [0]]), all(x > 0 for x in range(1, 5)))
print(any(x > 3 for x in range(5)), all(range(1, 3)), any(range(1)), any({0: 'a', 1: 'b'}))
def noisy(vals):
    for v in vals:
        print('produce', v)
        yield v
print(all(noisy([1, 0, 1])))
print(any(noisy([0, 2, 3])))
