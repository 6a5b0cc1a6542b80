# str(), bytes() and bytearray() take at most an object, an encoding and an error mode
print(str(b'x', 'utf8'), str(b'x', 'utf8', 'strict'), bytes('x', 'utf8', 'strict'))
print(bytearray('y', 'utf8', 'strict'), str(b'z', errors='strict'))
for f, arg in [(str, b'x'), (bytes, 'x'), (bytearray, 'x')]:
    try:
        f(arg, 'utf8', 'strict', 'extra')
        print('no error')
    except TypeError:
        print(f.__name__, 'TypeError')
