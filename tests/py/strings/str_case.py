# lower, upper and the is* predicates
for s in ['Hello', 'ABC', 'abc', '123', 'a1', '', ' \t\n', 'ABC def', 'aBc', 'X', '5x', 'ab cd']:
    print(repr(s), s.lower(), s.upper(), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower())
print('MiXeD 123!'.lower(), 'MiXeD 123!'.upper())
words = ['hello', 'WORLD', 'MiXeD', 'with space', 'tab\there', '42', '4two', '']
for w in words:
    print(repr(w), w.upper().isupper(), w.lower().islower(), w.upper() == w, w.lower() == w)
print(all(c.isdigit() for c in '0123456789'), any(c.isspace() for c in 'no_space'))
print(' \t\n\r'.isspace(), '\x0b\x0c'.isspace(), 'a b'.isspace(), ''.isalpha(), ''.isdigit())
print('ABC'.lower().upper(), 'abc'.upper().lower(), 'Title Case'.lower().split())
