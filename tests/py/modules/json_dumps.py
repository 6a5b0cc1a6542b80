# json: dumps and dump of every JSON type, separators, dict keys that are not strings, errors.
import json

for v in [None, True, False, 0, -17, 2 ** 70, 1.5, -0.25, 1e100, "", "abc", [], (), {}, [1], (1, 2),
          [1, [2, [3, []]]], {"a": 1}, {"a": (2, [3, None])}, {"b": 1, "a": 2, "c": {"z": [], "y": {}}}]:
    print(json.dumps(v))
print(json.dumps('"quoted" and \\back\\slash'))
print(json.dumps("space\n\r\tspace"))
print(json.dumps("\x00\x01\x1f\x7e"))
print(json.dumps("a/b"))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([1, {"a": [2, 3]}, "x"], separators=(",", ":")))
print(json.dumps({"a": 1, "b": 2}, separators=(";", "=")))
print(json.dumps({"a": 1}, separators=None))
print(json.dumps([[], {}, [{}], {"k": []}]))


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps(MyList([1, 2])), json.dumps(MyDict(a=1)))

for bad in [{1, 2}, object(), bytearray(b"ba"), {(1, 2): 3}, [1, 2, {3}], 1j]:
    try:
        json.dumps(bad)
        print("no error")
    except TypeError:
        print("TypeError")


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


s = Stream()
json.dump({"x": [1, 2, 3], "y": "z"}, s)
print("".join(s.parts))
s = Stream()
json.dump([1, 2], s, separators=(",", ":"))
print("".join(s.parts))
