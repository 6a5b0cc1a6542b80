# dispatch with dicts of functions and if chains (no match statement in MicroPython)
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {'+': add, '-': sub, '*': lambda a, b: a * b, '/': lambda a, b: a // b}
prog = [('+', 2, 3), ('*', 4, 5), ('-', 1, 9), ('/', 17, 5), ('%', 1, 1)]
for op, a, b in prog:
    f = ops.get(op)
    if f is None:
        print('unknown op', op)
        continue
    print(a, op, b, '=', f(a, b))
def rpn(tokens):
    stack = []
    for t in tokens.split():
        if t in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[t](a, b))
        else:
            stack.append(int(t))
    return stack[-1]
print(rpn('3 4 + 2 *'), rpn('10 2 8 * + 3 -'), rpn('2 3 4 * +'))
