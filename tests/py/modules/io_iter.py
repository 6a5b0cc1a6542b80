# Iterating streams: StringIO, BytesIO and files yield their lines.
import io

for line in io.StringIO("a\nb\n\nc"):
    print(repr(line))
print(list(io.BytesIO(b"x\ny")))
name = "io_iter_tmp_7f3a.txt"
with open(name, "w") as f:
    f.write("one\ntwo\n")
with open(name) as f:
    print([l for l in f])
with open(name, "rb") as f:
    print(list(f))
import os
os.remove(name)
