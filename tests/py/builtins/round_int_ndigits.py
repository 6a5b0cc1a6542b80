# round() of ints to a negative number of digits: ties go to the even multiple, for ints of any size
print(round(15, -1), round(25, -1), round(-15, -1), round(-25, -1), round(14, 0), round(7, 3))
# past what fits in 64 bits (the result or the value)
print(round(9 * 10**18, -19), round(-9 * 10**18, -19), round(4 * 10**18, -19))
print(round(5 * 10**20, -21), round(6 * 10**20, -21), round(-5 * 10**20, -21), round(15 * 10**20, -21))
big = 2**70
print(big)
print(round(big + 5, -1), round(big + 15, -1), round(big + 6, -1), round(-big - 6, -1))
print(round(big, -30), round(big, 2), round(big, -3) % 1000, round(big, -10**6))
print(round(10**30 + 5 * 10**9, -10), round(10**30 + 5 * 10**9 + 1, -10))
# the result is an int
print(type(round(big, -1)).__name__, type(round(12, -1)).__name__)
