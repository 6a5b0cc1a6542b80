# the compiler refuses a global/nonlocal declaration after the name is bound or used in that
# scope, and iterable unpacking after keyword unpacking in a call
sources = [
    "def f():\n x = 1\n global x",
    "def f():\n print(x)\n global x",
    "x = 1\nglobal x",
    "class A:\n x = 1\n global x",
    "def f():\n global x\n x = 1\n global x",
    "def f():\n for x in (): pass\n global x",
    "def g():\n x = 1\n def f():\n  x = 2\n  nonlocal x",
    "def g():\n x = 1\n def f():\n  print(x)\n  nonlocal x",
    "f(**a, *b)",
    "f(**a, c, *b)",
    "f(*a, **b, c=1)",
    "f(a=1, *b)",
    "f(*a, *b, **c, **d)",
    "def f():\n global x\n x = 1\n print(x)",
    "def g():\n x = 1\n def f():\n  nonlocal x\n  x = 2",
]
for src in sources:
    try:
        compile(src, "s", "exec")
        print(repr(src), "ok")
    except SyntaxError:
        print(repr(src), "SyntaxError")
