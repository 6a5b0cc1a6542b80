# cmath.rect keeps the sign of a zero imaginary part: r * phi when phi is zero.
import cmath

for r, phi in ((-1, 0), (1, 0), (1, -0.0), (-1, -0.0), (0, 0), (2, 0.0)):
    z = cmath.rect(r, phi)
    print(r, phi, z, z.real, z.imag)
