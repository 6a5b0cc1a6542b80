# os.dupterm (MicroPython): a stream attached with dupterm receives a copy of all output;
# detaching returns the previous stream. MicroPython-only, hence the .exp file.
import os
if not hasattr(os, "dupterm"):
    print("SKIP")
    raise SystemExit
import io

class Capture(io.IOBase):
    def __init__(self):
        self.data = bytearray()
    def write(self, b):
        self.data.extend(b)
        return len(b)
    def readinto(self, buf):
        return None

c = Capture()
print(os.dupterm(c))
print("mirrored line")
prev = os.dupterm(None)
print("not mirrored")
print(prev is c, bytes(c.data))
