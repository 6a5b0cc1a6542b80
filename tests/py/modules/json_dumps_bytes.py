# json.dumps writes bytes as a string of their characters, as MicroPython does (CPython raises
# TypeError); bytearray is still refused. Expected output in the .exp file.
import json

print(json.dumps(b"1234"))
print(json.dumps([b"a\"b", {"k": b""}]))
print(json.dumps(b"tab\there"))
try:
    json.dumps(bytearray(b"x"))
except TypeError:
    print("TypeError")
