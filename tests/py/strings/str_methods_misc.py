# chains of str methods used in parsing
line = '  name = Value ; other=2 '
parts = [p.strip() for p in line.split(';')]
print(parts)
pairs = [tuple(x.strip() for x in p.split('=')) for p in parts]
print(pairs, dict(pairs))
csv = 'a,1\nb,2\nc,3\n'
rows = [r.split(',') for r in csv.strip().splitlines()]
print(rows, sum(int(v) for _, v in rows))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), sorted(words), max(words, key=len), words.count('the'))
print(' '.join(w.upper() if len(w) > 4 else w for w in words))
print(''.join(reversed('stressed')), 'racecar' == 'racecar'[::-1])
path = '/usr/local/lib/file.tar.gz'
print(path.rpartition('/')[2], path.rsplit('.', 1), path.split('/')[1:3])
print(path.endswith(('.gz', '.zip')), path.find('lib'), path.count('/'))
print('x'.join('abc').replace('x', '-').upper().lower())
