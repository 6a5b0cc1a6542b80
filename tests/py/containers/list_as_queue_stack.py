# lists used as stacks and queues
stack = []
for c in '(a[b]{c})':
    if c in '([{':
        stack.append(c)
    elif c in ')]}':
        print('pop', stack.pop(), 'for', c)
print('balanced' if not stack else 'unbalanced')
queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    seen.append(n)
    if n < 8:
        queue.extend([n * 2, n * 2 + 1])
print(seen)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for c in s:
        if c in '([{':
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
print([balanced(s) for s in ['()', '([]{})', '(]', '((', '', ')(']])
