# complex compares equal to ints, floats and bools of the same value; NaN parts never equal;
# zero to a negative or complex power is a ZeroDivisionError.
print(0j == False, 0j == 0, (1 + 0j) == True, (1 + 0j) == 1.0, 2 == (2 + 0j))
print(False == 0j, 1.5 == (1.5 + 0j), (1 + 1j) == 1, 1j != 0, (1 + 0j) != 1)
print((1 + 0j) == "1", (1 + 0j) == [1], 1j == None)
n = float("nan") * 1j
print(n == n, n != n, n == 1j)
z = complex(float("nan"), 0)
print(z == z, [z] == [z])
c = 3 + 4j
print(c == c)

print(0j**0, 0j**0j, 0j**2, 0j**2.5)
for e in (-1, -1.5, 1j, 2 + 1j, -2j):
    try:
        print(0j**e)
    except ZeroDivisionError:
        print("ZeroDivisionError", e)
