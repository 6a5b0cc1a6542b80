# Globals looked up in a loop stay right when the namespace changes under them: a global
# shadowing a builtin after first use, deletion, re-definition, and globals() writes.
def use_len():
    return len([1, 2, 3])

results = []
for i in range(3):
    results.append(use_len())
    if i == 0:
        len = lambda x: 100          # shadows the builtin from now on
    elif i == 1:
        del len                      # back to the builtin
print(results)

def read_x():
    return x

x = 1
a = read_x()
x = 2
b = read_x()
globals()["x"] = 3
c = read_x()
del x
try:
    read_x()
except NameError:
    d = "NameError"
x = 4
print(a, b, c, d, read_x())

for name in ["p", "q", "r"]:
    globals()[name] = name.upper()
print(p, q, r)
