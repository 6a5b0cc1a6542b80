# uncaught runaway recursion: MicroPython has no RecursionError and reports RuntimeError (its
# message), with a traceback and exit status 1 (docs: MicroPython's cpydiff; .exp records it)
def f(n):
    return f(n + 1)
print("start")
f(0)
