# f-string fields may hold strings (and f-strings) in the f-string's own quotes, as in Python
# 3.12 (PEP 701) and MicroPython; a quote after a field's ':' is a plain fill character.
x = 7
d = {"k": 5, "a{": 6, "}": 8}
print(f"{d["k"]}", f'{d['a{']}', f"{d["}"]}")
print(f"a{f"b{f"c{x}d"}e"}f")
print(f"{x if"y"else"n"}", f"{'{'}{'}'}", f"{x:{'>'}{4}}|")
print(f"{x:'>5}", f"{x!r:*^5}", f"{ {'a': 1}['a'] }")
print(f"""{f"""{x}"""}""", f"""{
x + 1
}""")
print(f"{", ".join(["p", "q"])}", f"{x=}")
print(f"{{}}", f"{{{x}}}")
