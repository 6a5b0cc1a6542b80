# isdecimal / isdigit / isnumeric / isidentifier / isprintable / istitle / isascii and friends
samples = ['123', '', '12a', '²', '٣', '١٢٣', '½', 'Ⅷ', '一二三', '①', '0x1', ' 1', '1.5', '-1', '０９',
           'abc', 'ABC', 'Abc', 'Abc Def', 'ABC Def', 'abc Def', 'A1 B2', "They're", 'ǅ', 'Ǆemal',
           '_x', 'x_1', '1x', 'for', 'ñandú', 'a b', 'a-b', '日本', 'x\n', '\t', ' ', 'a\x00', '\xa0', 'é', '\u200b', '~!@',
           'ÀÉÎ', 'àéî', 'Àé Îo', '\x7f', '\U0001F600']
for s in samples:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.istitle(),
          s.isascii(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
