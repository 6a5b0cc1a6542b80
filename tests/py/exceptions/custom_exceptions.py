# user-defined exception classes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__('not found: ' + what)
        self.what = what
class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
        super().__init__(field, value)
    def __str__(self):
        return 'invalid %s=%r' % (self.field, self.value)
def check(kind):
    if kind == 1:
        raise NotFound('user')
    if kind == 2:
        raise Invalid('age', -1)
    if kind == 3:
        raise AppError
    return 'ok'
for k in range(4):
    try:
        print(check(k))
    except NotFound as e:
        print('NotFound', e.what, e.args, str(e))
    except AppError as e:
        print(type(e).__name__, e.args, str(e))
print(issubclass(NotFound, AppError), isinstance(Invalid('a', 1), Exception))
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
