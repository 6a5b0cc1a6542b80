# Methods that take no arguments, and split/rsplit, reject extra positional and unknown or
# repeated keyword arguments with TypeError.
calls = [
    lambda: "x".isdigit(1),
    lambda: "x".isalpha(1),
    lambda: "x".isspace(None),
    lambda: "x".isalnum(1, 2),
    lambda: "x".isupper(1),
    lambda: "x".islower(1),
    lambda: "x".isdigit(a=1),
    lambda: "a".split(",", 1, 2, 3),
    lambda: "a".split(",", 1, 2),
    lambda: "a".rsplit(",", 1, 2),
    lambda: "a".split(x=1),
    lambda: "a".split(",", sep=","),
    lambda: "a".split(",", 1, maxsplit=1),
    lambda: "a".rsplit(",", sep=","),
]
for i, f in enumerate(calls):
    try:
        print(i, f())
    except TypeError:
        print(i, "TypeError")
# what still works
print("a,b,c".split(",", 1), "a,b,c".split(sep=",", maxsplit=1), "a,b,c".split(",", maxsplit=1))
print("a,b,c".rsplit(",", 1), "a b".split(None, 0), "a b c".rsplit(maxsplit=1))
print("12".isdigit(), "ab".isalpha(), " ".isspace(), "a1".isalnum(), "AB".isupper(), "ab".islower(), "".isdigit())
