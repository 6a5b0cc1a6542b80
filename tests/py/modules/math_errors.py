# math: domain errors are ValueError("math domain error"), overflows are
# OverflowError("math range error"); functions that reach infinity only at infinity do not raise.
import math

def check(name, *args):
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e if not isinstance(e, ZeroDivisionError) else "")

check("sqrt", -1)
check("log", 0)
check("log", -1.5)
check("log", 10, 1)
check("log10", 0)
check("log2", -2)
check("log1p", -1)
check("acos", 1.5)
check("asin", -2)
check("acosh", 0.5)
check("atanh", 1)
check("exp", 1000)
check("exp", -1000)
check("expm1", 800)
check("cosh", 1000)
check("sinh", -1000)
check("pow", 0, -1)
check("pow", -2, 0.5)
check("pow", 10.0, 400)
check("fmod", 1, 0)
check("fmod", math.inf, 1)
check("sin", math.inf)
check("cos", -math.inf)
check("tan", math.inf)
check("gamma", 0)
check("gamma", -2)
check("gamma", 200)
check("lgamma", 0)
check("lgamma", -3)
check("ldexp", 1.0, 2000)
check("ldexp", 1.0, 10 ** 30)
check("exp", math.inf)
check("exp", -math.inf)
check("log", math.inf)
check("sqrt", math.inf)
check("atan", math.inf)
check("tanh", -math.inf)
for f in (math.ceil, math.floor, math.trunc):
    for x in (math.inf, math.nan):
        try:
            f(x)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__)
try:
    math.exp(10 ** 400)
except OverflowError:
    print("OverflowError big int")
try:
    math.sqrt("4")
except TypeError:
    print("TypeError str")
