//! `errno` (docs: library/errno.html): the symbolic error codes, with Linux's values (those
//! MicroPython's unix port reports), and `errorcode`, a dict from code to name.
//!
//! MicroPython defines a subset; this table is a superset so that `errno.X` works for every
//! code an `OSError` from Ferrite can carry. Aliases (EWOULDBLOCK, EDEADLOCK, ENOTSUP) are
//! attributes but `errorcode` maps their value to the primary name.

use ferrite_vm::{NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::set;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "errno", init };

/// (name, Linux value), primary names first for each value.
const CODES: &[(&str, i64)] = &[
    ("EPERM", 1),
    ("ENOENT", 2),
    ("ESRCH", 3),
    ("EINTR", 4),
    ("EIO", 5),
    ("ENXIO", 6),
    ("E2BIG", 7),
    ("ENOEXEC", 8),
    ("EBADF", 9),
    ("ECHILD", 10),
    ("EAGAIN", 11),
    ("ENOMEM", 12),
    ("EACCES", 13),
    ("EFAULT", 14),
    ("ENOTBLK", 15),
    ("EBUSY", 16),
    ("EEXIST", 17),
    ("EXDEV", 18),
    ("ENODEV", 19),
    ("ENOTDIR", 20),
    ("EISDIR", 21),
    ("EINVAL", 22),
    ("ENFILE", 23),
    ("EMFILE", 24),
    ("ENOTTY", 25),
    ("ETXTBSY", 26),
    ("EFBIG", 27),
    ("ENOSPC", 28),
    ("ESPIPE", 29),
    ("EROFS", 30),
    ("EMLINK", 31),
    ("EPIPE", 32),
    ("EDOM", 33),
    ("ERANGE", 34),
    ("EDEADLK", 35),
    ("ENAMETOOLONG", 36),
    ("ENOLCK", 37),
    ("ENOSYS", 38),
    ("ENOTEMPTY", 39),
    ("ELOOP", 40),
    ("ENOMSG", 42),
    ("EIDRM", 43),
    ("ENOSTR", 60),
    ("ENODATA", 61),
    ("ETIME", 62),
    ("ENOSR", 63),
    ("ENOLINK", 67),
    ("EPROTO", 71),
    ("EBADMSG", 74),
    ("EOVERFLOW", 75),
    ("EILSEQ", 84),
    ("EUSERS", 87),
    ("ENOTSOCK", 88),
    ("EDESTADDRREQ", 89),
    ("EMSGSIZE", 90),
    ("EPROTOTYPE", 91),
    ("ENOPROTOOPT", 92),
    ("EPROTONOSUPPORT", 93),
    ("ESOCKTNOSUPPORT", 94),
    ("EOPNOTSUPP", 95),
    ("EPFNOSUPPORT", 96),
    ("EAFNOSUPPORT", 97),
    ("EADDRINUSE", 98),
    ("EADDRNOTAVAIL", 99),
    ("ENETDOWN", 100),
    ("ENETUNREACH", 101),
    ("ENETRESET", 102),
    ("ECONNABORTED", 103),
    ("ECONNRESET", 104),
    ("ENOBUFS", 105),
    ("EISCONN", 106),
    ("ENOTCONN", 107),
    ("ESHUTDOWN", 108),
    ("ETOOMANYREFS", 109),
    ("ETIMEDOUT", 110),
    ("ECONNREFUSED", 111),
    ("EHOSTDOWN", 112),
    ("EHOSTUNREACH", 113),
    ("EALREADY", 114),
    ("EINPROGRESS", 115),
    ("ESTALE", 116),
    ("EDQUOT", 122),
    ("ECANCELED", 125),
    // Aliases: same value as an entry above.
    ("EWOULDBLOCK", 11),
    ("EDEADLOCK", 35),
    ("ENOTSUP", 95),
];

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let errorcode = vm.new_dict()?;
    set(vm, m, "errorcode", errorcode);
    for &(name, code) in CODES {
        set(vm, m, name, Value::Int(code));
        if vm.dict_get(errorcode, Value::Int(code))?.is_none() {
            let n = vm.new_str(name)?;
            vm.dict_set(errorcode, Value::Int(code), n)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_vm_names() {
        let mut seen = std::collections::HashSet::new();
        for &(name, code) in CODES {
            if !seen.insert(code) {
                continue;
            }
            if let Some(vm_name) = ferrite_vm::errno_name(code) {
                assert_eq!(vm_name, name, "{code}");
            }
        }
    }
}
