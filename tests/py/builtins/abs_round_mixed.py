# abs/round/divmod/pow on mixed numbers
print([abs(x) for x in (-3, 3, -2.5, 0, -0.0, -10 ** 20)])
print([round(x) for x in (0.4, 0.6, -0.4, -0.6, 1.5, 2.5, -2.5, 99.5)])
print([divmod(x, 3) for x in (-7, 7, 0)], divmod(2 ** 65, 2 ** 32))
print([pow(x, 2) for x in (-3, 0.5, 10 ** 10)], pow(2, 5, 3), pow(10, 2, 7))
