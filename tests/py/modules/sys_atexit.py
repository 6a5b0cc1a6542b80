# sys.atexit (MicroPython): one registered function runs when the program ends, after the
# main program's output; registering returns the previous function.
import sys
if not hasattr(sys, "atexit"):
    print("SKIP")
    raise SystemExit
def first():
    print("first: must not run")
def last():
    print("atexit ran")
print(sys.atexit(first))
print(sys.atexit(last) is first)
print("end of main")
