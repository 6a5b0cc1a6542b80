# building strings: join vs +=, character classification loops
text = 'Hello, World! 123 abc'
letters = ''.join(c for c in text if c.isalpha())
digits = ''.join(c for c in text if c.isdigit())
spaces = sum(1 for c in text if c.isspace())
print(letters, digits, spaces)
caesar = ''
for c in 'attack at dawn':
    if c.isalpha():
        caesar += chr((ord(c) - 97 + 3) % 26 + 97)
    else:
        caesar += c
print(caesar)
print(''.join(c.upper() if i % 2 else c for i, c in enumerate('alternating')))
counts = {}
for c in 'banana':
    counts[c] = counts.get(c, 0) + 1
print(counts)
print('-'.join(str(n) for n in range(5)), ''.join(reversed(list('abc'))))
rows = ['%-5s|%3d' % (name, n) for name, n in [('ab', 1), ('cdef', 22)]]
print('\n'.join(rows))
