# __exit__ return value decides whether an exception is suppressed
class Swallow:
    def __init__(self, types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.seen = t.__name__ if t else None
        return t is not None and issubclass(t, self.types)
s = Swallow(KeyError)
with s:
    {}['x']
print('swallowed', s.seen)
s = Swallow((ValueError, TypeError))
with s:
    int('bad')
print('swallowed', s.seen)
try:
    with Swallow(KeyError) as s2:
        [][1]
except IndexError:
    print('not swallowed', s2.seen)
with Swallow(Exception) as s3:
    pass
print('no exception', s3.seen)
def gen():
    for i in range(3):
        with Swallow(ZeroDivisionError):
            yield i
            1 / 0
print(list(gen()))
