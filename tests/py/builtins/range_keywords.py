# range() takes no keyword arguments, also when the positional ones alone would do
for call in [lambda: range(end=1), lambda: range(0, end=1), lambda: range(0, 1, step=1),
             lambda: range(0, **{'end': 1}), lambda: range(0, 1, **{'step': 1})]:
    try:
        print(list(call()))
    except TypeError:
        print("TypeError")
for x in range(*(1, 3)):
    print(x)
print(list(range(1, *(6, 2))), list(range(3, **{})))
try:
    for x in range(0, (0 for i in [])):
        print(x)
except TypeError:
    print("TypeError")
