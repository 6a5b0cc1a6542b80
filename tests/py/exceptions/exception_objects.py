# exceptions are ordinary objects: attributes, lists, type checks
errs = [ValueError('v'), KeyError('k'), ZeroDivisionError('z')]
print([type(e).__name__ for e in errs], [e.args[0] for e in errs])
class Tagged(ValueError):
    pass
e = Tagged('tagged')
e.extra = 'attached'
try:
    raise e
except ValueError as caught:
    print(caught.extra, caught is e)
def raiser(exc):
    raise exc
results = []
for exc in errs:
    try:
        raiser(exc)
    except (ValueError, KeyError) as x:
        results.append('handled ' + type(x).__name__)
    except Exception as x:
        results.append('generic ' + type(x).__name__)
print(results)
print(isinstance(e, BaseException), isinstance(e, ValueError), type(e) is ValueError)
print(ValueError.__name__, type(e).__name__)
