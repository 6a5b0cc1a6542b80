# errno: the codes have Linux's values; errorcode maps a code to its name.
import errno

names = ("EPERM ENOENT EIO EBADF EAGAIN ENOMEM EACCES EEXIST ENODEV EISDIR EINVAL ENOSPC EROFS "
         "ENOTEMPTY ETIMEDOUT ECONNREFUSED ECONNRESET EHOSTUNREACH EALREADY EINPROGRESS EADDRINUSE "
         "ENOTCONN ENOBUFS ECONNABORTED ENOTDIR EPIPE EBUSY EINTR EMFILE EFBIG ESPIPE "
         "ENAMETOOLONG EAFNOSUPPORT ENOSYS ERANGE EDOM EXDEV ENXIO E2BIG ESRCH ECHILD EFAULT").split()
for n in names:
    code = getattr(errno, n)
    print(n, code, errno.errorcode[code] == n or errno.errorcode[code])
# CPython names 95 ENOTSUP, MicroPython EOPNOTSUPP: print the value only.
print(errno.EOPNOTSUPP)
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EWOULDBLOCK])
print(type(errno.errorcode).__name__, 2 in errno.errorcode, 0 in errno.errorcode)
try:
    open("/nonexistent/dir/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
