# int() must return an int: __int__ / __index__ giving something else raise TypeError.
class Good:
    def __int__(self):
        return 42
class Big:
    def __int__(self):
        return 2 ** 70
class BadNone:
    def __int__(self):
        return None
class BadStr:
    def __int__(self):
        return "5"
class IndexOnly:
    def __index__(self):
        return 7
class BadIndex:
    def __index__(self):
        return 7.5
print(int(Good()), int(Big()), int(IndexOnly()))
for o in (BadNone(), BadStr(), BadIndex()):
    try:
        print(int(o))
    except TypeError:
        print("TypeError", type(o).__name__)
