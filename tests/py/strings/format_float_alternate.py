# '#' keeps the decimal point of a float even with no decimals; 'n' formats a float like 'g'
for v in [3.0, 0.0, 2.5, -7.0, 1e20, 1.5e-7, 123.0]:
    print([format(v, s) for s in ["#.0f", "#.0e", "#.0g", "#g", "#.0%", "#,.0f", "#8.0f", "#08.0f", "#.1g", "#e"]])
    print([format(v, s) for s in ["n", ".3n", "10n", "#n"]])
print("{:#.0f} {:#.0E} {:#5.0f}|".format(1.0, 2.0, 3.0), f"{4.0:#.0f}")
print("%#.0f|%#.0e|%#.0g|%#6.0f|%#-6.0f|" % (2.0, 3.0, 7.0, 4.0, 5.0))
# the point is not added to inf and nan, and ints are untouched
print(format(float("inf"), "#.0f"), format(float("nan"), "#.0e"), format(12, "#d"), format(12, "n"))
