# a context manager class closing a generator at exit
class closing:
    def __init__(self, thing):
        self.thing = thing
    def __enter__(self):
        return self.thing
    def __exit__(self, *exc):
        self.thing.close()
        return False
def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print('generator cleaned up')
with closing(numbers()) as g:
    for v in g:
        if v == 3:
            break
        print(v)
print('after with')
