# Async generators: compile-time restrictions, and what stays allowed.
def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.args[0])

check("async def f():\n    yield from g()")
check("async def f():\n    yield 1\n    return 2")
check("async def f():\n    return 2\n    yield")
check("async def f():\n    if x:\n        return [1]\n    else:\n        yield 3")
# allowed: bare return in an async generator, return value in a coroutine,
# yield from in a plain generator nested in an async def
check("async def f():\n    yield 1\n    return")
check("async def f():\n    return 5")
check("async def f():\n    def g():\n        yield from range(3)\n        return 1\n    return list(g())")
check("def f():\n    async def g():\n        yield 1\n    yield from [1]\n    return 2")
