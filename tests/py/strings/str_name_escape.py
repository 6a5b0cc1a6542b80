# "\N{name}" escapes need the Unicode name table: refused with NotImplementedError, as MicroPython
# does (CPython decodes them). Raw strings and bytes keep the backslash as written.
for src in ('"\\N{LATIN SMALL LETTER A}"', 'f"x\\N{BULLET}"', '"ok"'):
    try:
        print(repr(eval(src)))
    except NotImplementedError as e:
        print("NotImplementedError", e)
print(r"\N{X}", b"\N{X}", "\\N{X}")
