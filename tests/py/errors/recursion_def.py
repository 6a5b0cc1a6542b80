# unbounded Python recursion raises RuntimeError (CPython: RecursionError, a subclass), and the
# program can catch it and carry on with a normal call depth
def f():
    f()

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

class Node:
    def __init__(self):
        self.child = Node()

for name, fn in [("f", f), ("ping", lambda: ping(0)), ("Node", Node)]:
    try:
        fn()
        print(name, "returned")
    except RuntimeError as e:
        print(name, "RuntimeError", e.args[0].startswith("maximum recursion depth exceeded"))

# the stack unwound: ordinary recursion works again
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(200))

print("done")
