# strings are immutable values; methods return new strings
s = 'value'
t = s
s += '!'
print(s, t)
u = t.upper()
print(t, u)
r = t.replace('v', 'V')
print(t, r)
print(t.strip('ve'), t)
try:
    t[0] = 'V'
except TypeError:
    print('TypeError item assignment')
try:
    del t[0]
except TypeError:
    print('TypeError item deletion')
chars = list(t)
chars[0] = 'V'
print(''.join(chars), t)
