# non-ASCII strings: length, indexing, slicing, iteration, ord/chr
s = 'héllo wörld €'
print(s, len(s), s[1], s[-1], s[7:10], s[::-1])
print([c for c in 'aé€😀'], len('😀'), len('€'))
print(ord('é'), ord('€'), ord('😀'), chr(233), chr(8364), chr(128512))
print('é' in s, 'ö' in s, s.find('w'), s.index('€'), s.count('l'))
print('€' * 3, 'ab' + 'ç', '日本語'[1], '日本語'[::-1])
print(s.split(' '), s.replace('ö', 'o'), s.startswith('hé'))
print(sorted('çab'), max('aé'), 'é' > 'e')
print(repr('ünï'), str('ünï'), '%s|%s|' % ('é', 'ü'), '{}|'.format('€'))
u = '\u00e9\u20ac\U0001F600'
print(u == 'é€😀', len(u))
print('x\u00b0', '\xe9' == 'é')
print(','.join(['α', 'β', 'γ']), 'α,β'.partition(','))
