# conditional expressions and pass/ellipsis
for x in range(-2, 3):
    print(x, 'neg' if x < 0 else 'zero' if x == 0 else 'pos')
y = [1, 2] if 0 else (3, 4)
print(y)
print((lambda v: 'even' if v % 2 == 0 else 'odd')(7))
def f():
    ...
print(f(), ... is Ellipsis, type(...).__name__)
if True:
    pass
print('after pass')
z = 'a' if [] else 'b' if None else 'c'
print(z)
