def f(items):
    for x in items:
        try:
            if x:
                return x
            with ctx() as c:
                if c:
                    break
                continue
        finally:
            print("finally")
    return None


def g():
    try:
        return 1
    except E:
        return 2
    finally:
        try:
            pass
        finally:
            return 3
