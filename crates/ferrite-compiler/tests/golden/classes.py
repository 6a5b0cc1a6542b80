class A:
    "A docstring"
    x = 1

    def method(self, y):
        return self.x + y


class B(A, metaclass=Meta):
    def method(self, y):
        return super().method(y) + 1

    @staticmethod
    def s():
        return __class__


def make():
    v = 5

    class C:
        w = v

        def get(self):
            return v

    return C
