# __import__ checks its arguments: a str name, not empty for an absolute import, level >= 0.
m = __import__("math")
print(m.__name__, __import__("math", None, None, None, 0) is m)
for args, exc in ((("",), ValueError), ((1,), TypeError), (("math", None, None, None, -1), ValueError)):
    try:
        __import__(*args)
        print("no error")
    except exc:
        print(exc.__name__)
