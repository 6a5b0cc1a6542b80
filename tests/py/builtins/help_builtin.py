# help(): MicroPython's REPL help (CPython's is pydoc, hence the .exp): a welcome text, the
# built-in modules, or an object, its type and the names its class or module defines.
help()
print("--")
help("modules")
print("--")


class Sensor:
    unit = "C"

    def __repr__(self):
        return "<Sensor %d>" % self.value


help(Sensor)
s = Sensor()
s.value = 5
help(s)
help(None)
print(help(None) is None, help.__name__)
try:
    help(1, 2)
except TypeError:
    print("TypeError")
