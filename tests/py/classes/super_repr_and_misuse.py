# str(super()) names the class and the receiver's type; super() with nothing to find raises
# RuntimeError
class A:
    def f(self):
        print(str(super()))
        print(repr(super()))


class B(A):
    @classmethod
    def g(cls):
        print(super())

    def f(self):
        print(super())
        super().f()


A().f()
B().f()
B.g()
print(super(B, B()))
try:
    super()
except RuntimeError:
    print("RuntimeError at module level")


def h():
    super()


try:
    h()
except RuntimeError:
    print("RuntimeError in a function without arguments")
