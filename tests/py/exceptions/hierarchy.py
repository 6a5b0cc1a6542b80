# the builtin exception hierarchy
pairs = [
    (Exception, BaseException), (ArithmeticError, Exception), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (LookupError, Exception), (KeyError, LookupError),
    (IndexError, LookupError), (ValueError, Exception), (TypeError, Exception),
    (AttributeError, Exception), (NameError, Exception), (RuntimeError, Exception),
    (NotImplementedError, RuntimeError), (StopIteration, Exception), (AssertionError, Exception),
    (OSError, Exception), (ImportError, Exception), (MemoryError, Exception),
    (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (UnicodeError, ValueError), (EOFError, Exception), (SyntaxError, Exception),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(KeyError, IndexError), issubclass(ZeroDivisionError, ValueError))
for exc in [KeyError, IndexError, ZeroDivisionError]:
    try:
        raise exc
    except LookupError:
        print(exc.__name__, 'caught as LookupError')
    except ArithmeticError:
        print(exc.__name__, 'caught as ArithmeticError')
