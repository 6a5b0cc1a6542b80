# A module found only as an .mpy file (MicroPython's compiled bytecode) raises
# ValueError('incompatible .mpy file'), as MicroPython does for an .mpy it cannot load; a .py
# of the same name wins; a source file with a syntax error is released (it can be deleted).
# CPython does not look at .mpy files, hence the .exp file.
import os

name = "import_mpy_tmp_51c3"
with open(name + ".mpy", "wb") as f:
    f.write(b"M\x06\x00\x1fnot really bytecode")
try:
    __import__(name)
    print("imported")
except ValueError as e:
    print("ValueError", e)
except ImportError:
    print("ImportError")

with open(name + ".py", "w") as f:
    f.write("x = 42\n")
m = __import__(name)
print(m.x)
os.remove(name + ".mpy")
os.remove(name + ".py")

bad = "import_mpy_bad_51c3"
with open(bad + ".py", "w") as f:
    f.write("(((\r")
try:
    __import__(bad)
except SyntaxError:
    print("SyntaxError")
os.remove(bad + ".py")
print(sorted(n for n in os.listdir(".") if n.startswith("import_mpy_")))
