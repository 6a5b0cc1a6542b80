# 'import *' is refused inside a function and a class body, worded as MicroPython's compiler words it
# ("import * not at module level"; CPython says "import * only allowed at module level").
for kind, code in (("function", "def f():\n    from math import *\n"), ("class", "class C:\n    from math import *\n")):
    try:
        exec(code)
        print(kind, "no error")
    except SyntaxError as e:
        print(kind, "SyntaxError", e.args[0])
exec("from math import *")
print(pi > 3)
