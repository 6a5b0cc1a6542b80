# json: deep nesting works to a moderate depth and raises (never crashes) beyond it, in both
# directions; a list containing itself cannot be serialised.
import json

n = 300
s = "[" * n + "]" * n
v = json.loads(s)
d = 0
while v:
    v = v[0]
    d += 1
print(d)
print(json.dumps(json.loads(s)) == s)
s = '{"a": ' * n + "1" + "}" * n
print(len(json.dumps(json.loads(s))) == len(s))

for text in ["[" * 100000 + "]" * 100000, "[" * 100000, '{"a":' * 100000]:
    try:
        json.loads(text)
        print("no error")
    except (RuntimeError, ValueError):
        print("error")

deep = []
for _ in range(3000):
    deep = [deep]
try:
    json.dumps(deep)
    print("no error")
except (RuntimeError, ValueError):
    print("error")
deep = None

a = [1]
a.append(a)
try:
    json.dumps(a)
    print("no error")
except (RuntimeError, ValueError):
    print("error")
d = {}
d["self"] = d
try:
    json.dumps(d)
    print("no error")
except (RuntimeError, ValueError):
    print("error")
