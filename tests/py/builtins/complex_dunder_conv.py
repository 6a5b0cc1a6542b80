# complex() converts objects through __complex__, then __float__ or __index__.
class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class BadC:
    def __complex__(self):
        return 3.0


print(complex(C()), complex(F()), complex(I()))
print(complex(F(), F()), complex(1, I()), complex(C(), 1))
for bad in (BadC(), object(), [1]):
    try:
        print(complex(bad))
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    complex(1, object())
except TypeError:
    print("TypeError second")
