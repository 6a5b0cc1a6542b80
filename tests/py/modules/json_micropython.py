# json: where MicroPython's output differs from CPython's defaults (expected output in
# json_micropython.py.exp): non-ASCII text is written as-is (CPython escapes it, ensure_ascii),
# \b and \f are written as \u escapes, and non-finite floats as Python prints them.
import json

print(json.dumps("caf\u00e9 \u20ac \U0001F600"))
print(json.dumps({"\u00fc": ["\u00e9"]}))
print(json.dumps("\b\f\x7f"))
print(json.dumps([float("inf"), float("-inf")]))
print(json.loads(json.dumps("caf\u00e9")) == "caf\u00e9")
