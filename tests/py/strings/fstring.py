# f-strings
x = 10
name = 'world'
pi = 3.14159
print(f'hello {name}', f'{x}', f'{x + 5}', f'{x * 2}')
print(f'{name!r} {name!s} {x:5d}|{x:<5}|{x:^5}|{x:05}')
print(f'{pi:.2f} {pi:8.3f} {-pi:+.1f}')
print(f'{x:x} {x:#b} {255:X}')
print(f'{{braces}} {x}{{x}}')
d = {'key': 'value', 'n': [1, 2, 3]}
print(f"{d['key']} {d['n'][1]} {len(d)}")
items = ['a', 'b']
print(f'{", ".join(items)}')
print(f'{"nested"}' f'{x}' 'plain')
def f(v):
    return v * 3
print(f'{f(2)} {f("ab")} {[i * i for i in range(4)]}')
print(f'{x if x > 5 else 0} {(lambda: 7)()}')
print(f'upper {x}', f'raw\\n{x}', f'{x}\t|')
print(f'[{name:>7}]', f'[{name:.3}]')
class P:
    def __str__(self):
        return 'P-str'
    def __repr__(self):
        return 'P-repr'
p = P()
print(f'{p} {p!r} {p!s}')
print(f'''triple {x}
second line {name}''')
