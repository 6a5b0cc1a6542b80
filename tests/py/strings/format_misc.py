# mixed formatting: tables, alignment, padding with % and format
rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('kiwi', 100, 1.75)]
for name, qty, price in rows:
    print('%-8s %4d %6.2f' % (name, qty, price))
for name, qty, price in rows:
    print('{:<8} {:>4} {:>6.2f}'.format(name, qty, price))
for name, qty, price in rows:
    print(f'{name:<8} {qty:>4} {price:>6.2f}')
print('{:-^20}'.format(' title '))
print('%s' % ((1, 2),), '%r' % ('s',), '%5.1f%%' % 99.5)
print('{0}{1}{0}'.format('ab', 'cd'), '{:>3}'.format('x'))
