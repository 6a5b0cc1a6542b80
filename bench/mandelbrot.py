# mandelbrot.py: escape-time Mandelbrot set on a grid. Exercises float
# multiply/add/compare in a tight loop. Prints integer checksums of the
# iteration counts (never a float, so float repr differences cannot matter).

WIDTH = 320
HEIGHT = 200
MAX_ITER = 500


def mandel(width, height, max_iter):
    total = 0
    rows = 0
    inside = 0
    for py in range(height):
        ci = -1.2 + 2.4 * py / height
        row_sum = 0
        for px in range(width):
            cr = -2.1 + 3.0 * px / width
            zr = 0.0
            zi = 0.0
            it = 0
            while it < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                it += 1
            if it == max_iter:
                inside += 1
            row_sum += it
        total += row_sum
        rows = (rows * 131 + row_sum) % 1000000007
    return total, rows, inside


total, rows, inside = mandel(WIDTH, HEIGHT, MAX_ITER)
print("mandelbrot checksum", total, rows, inside)
