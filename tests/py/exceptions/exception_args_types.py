# exception args can hold any objects
class Payload:
    def __repr__(self):
        return 'Payload()'
e = ValueError(1, 'two', [3], {'four': 4}, None, Payload())
print(e.args, len(e.args))
try:
    raise e
except ValueError as caught:
    print(caught.args[2], caught.args[3]['four'], caught.args[-1])
print(str(KeyError()), str(IndexError(0)), str(ValueError((1, 2))))
print(RuntimeError('a', 'b').args[::-1])
class WithState(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise WithState(7)
except WithState as w:
    print(w.code, w.args, str(w))
