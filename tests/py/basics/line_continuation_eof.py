# A line continuation just before the end of the source ends the last line (MicroPython's
# lexer; CPython says "unexpected EOF"), in exec mode and for eval of a complete expression.
ns = {}
exec("x = 1 + \\\n2\\\n", ns)
print(ns["x"])
exec("\\\n", ns)
print("empty ok")
code = compile("y = 5\\\n", "<s>", "exec")
exec(code, ns)
print(ns["y"])
for src in ("x = 1 +\\\n", "\\\n"):
    for mode in ("exec", "eval"):
        try:
            compile(src, "<s>", mode)
            print(mode, repr(src), "compiled")
        except SyntaxError:
            print(mode, repr(src), "SyntaxError")
