# triple-quoted strings, escapes, line continuation
s = """first
second
  indented"""
print(s)
print(s.splitlines(), len(s.splitlines()))
t = 'a\
b'
print(t)
u = ('implicit '
     'concatenation '
     "across lines")
print(u)
print('tab\tsep', 'new\nline', 'quote\'s', "dq\"s", 'back\\slash')
print(len('\n'), len('\\n'), len(r'\n'), '\x41\u0042\U00000043')
print('''single 'inside' triple''', """double "inside" triple""")
