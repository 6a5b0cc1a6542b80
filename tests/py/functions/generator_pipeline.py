# chained generators processing a stream lazily
def read_lines():
    data = ['# comment', 'a=1', '', 'b = 2', '# other', 'c= 3', 'bad line']
    for line in data:
        print('read', repr(line))
        yield line
def non_comment(lines):
    for l in lines:
        if l and not l.startswith('#'):
            yield l
def parse(lines):
    for l in lines:
        if '=' in l:
            k, v = l.split('=')
            yield k.strip(), int(v)
result = dict(parse(non_comment(read_lines())))
print(result)
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
