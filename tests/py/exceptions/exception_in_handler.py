# exceptions raised and caught inside except and finally handlers
log = []
try:
    try:
        raise ValueError('a')
    except ValueError:
        log.append('handler 1')
        try:
            raise KeyError('b')
        except KeyError:
            log.append('nested handler')
        log.append('handler 1 continues')
        raise IndexError('c')
    finally:
        log.append('finally 1')
except IndexError as e:
    log.append('outer ' + e.args[0])
print(log)
def cleanup_fails():
    try:
        return 'value'
    finally:
        try:
            raise RuntimeError('in finally')
        except RuntimeError:
            pass
print(cleanup_fails())
def handler_returns():
    try:
        raise ValueError
    except ValueError:
        return 'from handler'
    finally:
        print('finally after handler return')
print(handler_returns())
