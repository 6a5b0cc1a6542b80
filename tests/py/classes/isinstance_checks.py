# isinstance and issubclass with builtins, tuples and user classes
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(C, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(1, (float, str)))
print(isinstance('s', str), isinstance(b's', bytes), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(None, type(None)), isinstance(len, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError), issubclass(ValueError, Exception))
print(isinstance(A, type), isinstance(int, type), type(b) is B, type(B) is type)
try:
    isinstance(b, 'notatype')
except TypeError:
    print('TypeError')
print(type(b).__name__, type(1).__name__, type('').__name__, type(None).__name__)
