# bad source given to exec() raises SyntaxError (IndentationError is a subclass), whatever its
# kind: deep nesting, unterminated strings, invalid UTF-8, stray indentation
def nested_ifs(n):
    return "".join(" " * i + "if 1:\n" for i in range(n)) + " " * n + "pass\n"

sources = [
    ("brackets", "x = " + "[" * 100000 + "]" * 100000),
    ("open parens", "(" * 100000),
    ("dict braces", "x = " + "{1:" * 50000 + "1" + "}" * 50000),
    ("calls", "f" + "(" * 100000),
    ("nested ifs", nested_ifs(5000)),
    ("unterminated", "x = 'abc\n"),
    ("unterminated bytes", "x = b'abc"),
    ("unterminated triple", 'x = """abc\n\n'),
    ("invalid utf-8", b"x = 1\n\xff\xfe = 2\n"),
    ("truncated utf-8", b"s = '\xe2\x82'\n"),
    ("stray indent", "x = 1\n  y = 2\n"),
    ("bad dedent", "if 1:\n    x = 1\n  y = 2\n"),
    ("missing block", "if 1:\n"),
    ("eof in expr", "x = (1 +"),
    ("nul byte", "x = 1\x00\n"),
]
for name, src in sources:
    try:
        exec(src)
        print(name, "no error")
    except SyntaxError as e:
        print(name, "SyntaxError")

# compile errors are ordinary exceptions: the program goes on
print(eval("1 + 2"))
