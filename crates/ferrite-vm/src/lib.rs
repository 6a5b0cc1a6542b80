//! Ferrite's virtual machine: values, heap and GC, the interpreter loop, built-in types and
//! functions, the importer. A [`Vm`] owns everything; there is no global state.

pub mod attr;
mod attr_cache;
mod attrtuple;
pub mod builtins;
mod call;
pub mod class;
pub mod clock;
pub mod containers;
pub mod dict;
pub mod error;
pub mod extensions;
pub mod format;
pub mod format_spec;
pub mod frame;
mod gc;
pub mod generator;
pub mod heap;
mod help;
pub mod import;
pub mod intern;
mod interp;
pub mod iter;
pub mod namemap;
pub mod names;
mod namespace;
pub mod native;
pub mod object;
pub mod ops;
pub mod ospoll;
pub mod run;
pub mod sched;
mod subclass;
pub mod types;
mod unwind;
pub mod value;
pub mod vfs;
pub mod vm;

pub use error::{ExcKind, PyErr, PyResult};
pub use heap::ObjRef;
pub use intern::Name;
pub use value::Value;
pub use vm::{Config, NativeModuleDef, Vm};

/// The symbolic name of an errno value, as MicroPython prints it in `OSError: [Errno 2] ENOENT`.
pub fn errno_name(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 => "EPERM",
        2 => "ENOENT",
        3 => "ESRCH",
        4 => "EINTR",
        5 => "EIO",
        6 => "ENXIO",
        7 => "E2BIG",
        9 => "EBADF",
        11 => "EAGAIN",
        12 => "ENOMEM",
        13 => "EACCES",
        16 => "EBUSY",
        17 => "EEXIST",
        18 => "EXDEV",
        19 => "ENODEV",
        20 => "ENOTDIR",
        21 => "EISDIR",
        22 => "EINVAL",
        24 => "EMFILE",
        27 => "EFBIG",
        28 => "ENOSPC",
        30 => "EROFS",
        32 => "EPIPE",
        36 => "ENAMETOOLONG",
        39 => "ENOTEMPTY",
        95 => "EOPNOTSUPP",
        97 => "EAFNOSUPPORT",
        98 => "EADDRINUSE",
        103 => "ECONNABORTED",
        104 => "ECONNRESET",
        105 => "ENOBUFS",
        107 => "ENOTCONN",
        110 => "ETIMEDOUT",
        111 => "ECONNREFUSED",
        113 => "EHOSTUNREACH",
        114 => "EALREADY",
        115 => "EINPROGRESS",
        _ => return None,
    })
}
