# C[x] calls C.__class_getitem__(x) (implicitly a classmethod; an explicit @classmethod works
# too), inherited by subclasses.
class Box:
    def __class_getitem__(cls, item):
        return ("Box of", cls.__name__, item)


class SubBox(Box):
    pass


class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Box[int], SubBox["x"], Explicit[1, 2], Explicit[1:2])
try:

    class Bad:
        def __class_getitem__(cls, item):
            raise KeyError(item)

    Bad["k"]
except KeyError as e:
    print("KeyError", e)
