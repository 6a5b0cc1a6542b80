# __cause__, __context__ and __suppress_context__
try:
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise TypeError('outer') from e
except TypeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args, e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise KeyError('second')
except KeyError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__context__.args, e.__suppress_context__)
try:
    try:
        raise ValueError
    except ValueError:
        raise IndexError from None
except IndexError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError('fresh')
print(e.__cause__, e.__context__)
