# str() of OSError with an errno and a message, and its errno/strerror/filename attributes.
# MicroPython's forms (hence the .exp): `[Errno 2] ENOENT: msg` for a known errno with one
# message, the args tuple otherwise; errno is the first argument even when alone.
import errno

e = OSError(errno.ENOENT, "no such file")
print(str(e))
print(e.args, e.errno, e.strerror, e.filename)

e = OSError(errno.EIO, "disk", "name.txt")
print(e.errno, e.strerror, e.filename)
print(str(e)[:3])

e = OSError(errno.EIO)
print(e.errno, e.filename)

e = OSError()
print(repr(str(e)), e.errno, e.strerror, e.filename)

e = OSError("text only")
print(str(e), e.errno, e.strerror)

e = OSError(99999, "unknown errno")
print(str(e))
try:
    raise OSError(errno.EACCES, "denied")
except OSError as err:
    print(err.errno == errno.EACCES, err.strerror)
