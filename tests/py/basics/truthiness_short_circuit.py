# and/or return operands and short-circuit evaluation
calls = []
def t(v):
    calls.append(v)
    return v
r = t(0) and t(1)
print(r, calls)
calls.clear()
r = t(1) and t(2) and t(3)
print(r, calls)
calls.clear()
r = t('') or t([]) or t('x') or t('y')
print(r, calls)
calls.clear()
r = not t(0) or t(5)
print(r, calls)
print(None or 0 or [] or '', 1 and 'a' and [1])
d = {}
val = d.get('k') or 'fallback'
print(val)
name = ''
print(name or '<empty>', (name and name.upper()) or '-')
