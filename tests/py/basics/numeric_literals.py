# literal forms
print(0x1F, 0o17, 0b1011, 1_000_000, 0xdead_beef)
print(0X1f, 0O17, 0B11)
print(1e3, 1E3, 2.5e-3, .5, 5., 1_0.5)
print(0, 00, -0, 0.0)
print(123456789 * 1000, 0xFFFFFFFFFFFFFFFFFFFF)
print(type(1e3).__name__, type(10).__name__)
print(1 if 0x0 else 2)
