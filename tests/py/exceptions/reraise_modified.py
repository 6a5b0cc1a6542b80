# catching, inspecting and re-raising keeps the same exception object
class Tracked(Exception):
    pass
def work():
    raise Tracked('step 1')
def wrapper():
    try:
        work()
    except Tracked as e:
        e.note = 'seen by wrapper'
        raise
try:
    wrapper()
except Tracked as e:
    print(e.args, e.note)
def retry(times):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < times:
                raise ValueError(attempts)
            return 'ok after %d' % attempts
        except ValueError as e:
            print('attempt failed', e.args[0])
            if attempts >= 5:
                raise
print(retry(3))
try:
    retry(10)
except ValueError as e:
    print('gave up', e.args)
