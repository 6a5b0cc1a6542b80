# isinstance across builtin types
vals = [0, True, 1.5, 's', b'b', bytearray(), [], (), {}, set(), frozenset(), None, range(1), ValueError()]
types = [int, bool, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, Exception, object]
for v in vals:
    print(type(v).__name__, ''.join('1' if isinstance(v, t) else '0' for t in types))
print(isinstance(1, (str, (list, int))))
