# print(..., file=f) calls f.write once per argument, separator and end, with str pieces, and
# f.flush() when flush=True; the repr of StringIO/BytesIO names the io module.
import io


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


r = Recorder()
print("a", 1, [2], file=r)
print(file=r)
print("x", "y", sep="", end="", file=r)
print("z", sep="--", end="!\n", file=r, flush=True)
print(r.calls)

s = io.StringIO()
print("one", "two", sep=", ", file=s)
print(3.5, None, file=s, end="")
print(repr(s.getvalue()))
print("io.StringIO" in repr(io.StringIO()), "io.BytesIO" in repr(io.BytesIO()))
