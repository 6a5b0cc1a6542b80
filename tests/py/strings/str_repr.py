# repr of strings: quote choice and escapes
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\nx', 'cr\r', 'back\\', '\x00\x01\x7f', '', 'é', '\x1b[0m']:
    print(repr(s))
print(repr('a' * 3), str('q'), repr(repr('x')))
print([('a', "b'c")])
print({'key': 'val\n'})
