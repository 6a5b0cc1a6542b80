# compile(src, name, "single") on entries that hold no statement. As on MicroPython (its
# parser.py), a line continuation followed by the end of input is a SyntaxError there but compiles
# in "exec" mode, while an empty or blank entry compiles to nothing. CPython refuses more of these
# (and the continuation in "exec" mode too), hence the .exp file.
entries = ["\\\n", "\\\r\n", "\\\n\\\n", "", "\n", "   ", "\\\n  ", "# note", "\\\n# note\n", "1\n"]
for mode in ("single", "exec"):
    for src in entries:
        try:
            code = compile(src, "stdin", mode)
            print(mode, repr(src), "compiles", exec(code))
        except SyntaxError:
            print(mode, repr(src), "SyntaxError")
try:
    compile("\\\n", "stdin", "eval")
except SyntaxError:
    print("eval SyntaxError")
