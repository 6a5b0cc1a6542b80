def outer(a):
    b = 1

    def middle():
        def inner():
            nonlocal b
            b += a
            return b

        return inner

    return middle


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    return inc
