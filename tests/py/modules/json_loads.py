# json: loads of every JSON type, whitespace, escapes, bytes input, load from a stream, errors.
import json

for text in ["null", "true", "false", "0", "-0", "123", "-17", "123456789012345678901234567890",
             "1.5", "-0.25", "1e3", "1E-2", "2.5e+2", '""', '"abc"', "[]", "{}", "[1, 2, 3]",
             '{"a": 1, "b": [true, false, null]}', ' \t\n\r[ 1 , { "x" : [ ] } ] \n ',
             '{"b": 1, "a": 2, "c": 3}', '{"a": 1, "a": 2}', '[[[[[]]]]]', '[{"a": {"b": {"c": [0]}}}]']:
    v = json.loads(text)
    print(repr(text), v, type(v).__name__)
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"') == '"\\/\b\f\n\r\t')
print(json.loads('"\\u0041\\u00e9\\u20ac"') == "A\u00e9\u20ac")
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.loads('"caf\u00e9"') == "caf\u00e9")
print(json.loads(b'{"k": [1, 2]}'))
print(json.loads(bytearray(b"[3]")))
print(list(json.loads('{"z": 1, "y": 2, "x": 3}').keys()))
print(json.loads(json.dumps({"a": [1, 2.5, "s", None, True]})))


class Reader:
    def __init__(self, text):
        self.text = text

    def read(self, *args):
        t, self.text = self.text, ""
        return t


print(json.load(Reader('{"from": "stream"}')))
print(json.load(Reader(" [1, 2] ")))

for bad in ["", " ", "[", "]", "{", "[1,]", "[1 2]", '{"a" 1}', '{"a": 1,}', "{1: 2}", "nul", "tru",
            "01", "1.", ".5", "-", "1e", '"abc', '"\\x"', '"\\u12"', "[1] x", "{} {}", "'a'", "[,1]"]:
    try:
        json.loads(bad)
        print("no error", repr(bad))
    except ValueError:
        print("ValueError", repr(bad))
try:
    json.loads(1)
except TypeError:
    print("TypeError")
