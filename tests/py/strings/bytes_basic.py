# bytes construction, indexing, iteration and operators
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], list(b))
print(bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b'copy'), bytes())
print(b + b' world', b * 2, b'ab' * 0, b == b'hello', b != b'hello!')
print(b < b'help', b'a' < b'b', b'' < b'\x00', max(b), min(b), sum(b))
print(b'\x00\x01\xff\x7f\n\t\\\'', b'"q"', b"'")
for x in b'AZ':
    print(x)
print(b'll' in b, b'xx' in b, b'' in b)
print(bytes([x + 1 for x in b'HAL']))
print(type(b[0]).__name__, type(b[0:1]).__name__)
try:
    bytes([256])
except ValueError:
    print('ValueError 256')
try:
    b[0] = 1
except TypeError:
    print('TypeError immutable')
