# hashlib: sha256, sha1, md5 with update, digest, hexdigest, copy and the size attributes.
import hashlib

for name in ("sha256", "sha1", "md5"):
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.digest())
    print(name, h.hexdigest())
    h.update(b"123")
    print(name, h.hexdigest())
    h = ctor(b"abc")
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
    # 55, 56 and 64 bytes are padding boundary cases of all three algorithms.
    for n in (55, 56, 63, 64, 65, 1000):
        print(name, n, ctor(b"\xff" * n).hexdigest())
    # Feeding in pieces equals feeding at once.
    h = ctor()
    for i in range(10):
        h.update(bytes(range(i * 10, i * 10 + 10)))
    print(name, h.hexdigest() == ctor(bytes(range(100))).hexdigest())
    # Other buffer types.
    print(name, ctor(bytearray(b"abc")).digest() == ctor(b"abc").digest())
    print(name, ctor(memoryview(b"xabcx")[1:4]).digest() == ctor(b"abc").digest())

# digest() twice, and update after digest (CPython semantics).
h = hashlib.sha256(b"a")
d1 = h.digest()
print(d1 == h.digest())
h.update(b"b")
print(h.hexdigest() == hashlib.sha256(b"ab").hexdigest())

# copy() forks the state.
a = hashlib.sha1(b"one")
b = a.copy()
b.update(b"two")
print(a.hexdigest() == hashlib.sha1(b"one").hexdigest())
print(b.hexdigest() == hashlib.sha1(b"onetwo").hexdigest())

# Large input.
print(hashlib.md5(b"abcd" * 10000).hexdigest())

# Errors: str is not bytes.
for bad in ("abc", 12, None):
    try:
        hashlib.sha256(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    hashlib.md5().update("x")
except TypeError:
    print("TypeError update")
