# exec() and eval() of a compiled code object use the globals (and locals) dicts given
c = compile("print(x)", "file", "exec")
try:
    exec(c)
except NameError:
    print("NameError")
x = 1
exec(c)
exec(c, {"x": 2})
exec(c, {}, {"x": 3})
g = {"y": 10}
exec(compile("z = y * 2", "f", "exec"), g)
print(g["z"], "z" in globals())
e = compile("x + 100", "f", "eval")
print(eval(e), eval(e, {"x": 5}), eval(e, {}, {"x": 6}))
