# io.BufferedWriter(stream, size) as MicroPython has it: writes collect in a size-byte buffer
# that goes to the stream whole each time it fills; flush() writes the rest. CPython's flushing
# policy differs, hence the .exp.
import io


class Log:
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


log = Log()
w = io.BufferedWriter(log, 4)
print(w.write(b"ab"), log.chunks)
print(w.write(b"cdefghij"), log.chunks)
print(w.write(b"k"), log.chunks)
w.flush()
print(log.chunks)
w.flush()
print(log.chunks)

target = io.BytesIO()
w = io.BufferedWriter(target, 8)
w.write(b"hello")
print(target.getvalue())
w.write(bytearray(b" world"))
print(target.getvalue())
w.flush()
print(target.getvalue())
print(type(hash(w)))
