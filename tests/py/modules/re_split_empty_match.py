# re.split stops at the first empty match, as MicroPython's does (CPython 3.7+ splits at empty
# matches too): the rest of the subject is the last piece. Expected output in the .exp file.
import re

print(re.split("x*", "axbc"))
print(re.split("x*", "xxaxbc"))
print(re.split(" *", "a b  c"))
print(re.split(r"\b", "a bc"))
print(re.split("(,)|x*", "a,b,c"))
print(re.compile("-?").split("1-2--3"))
print(re.split(",?", ",,a"))
print(re.split(b"y*", b"ybyc"))
print(re.split(",", "a,,b"))
