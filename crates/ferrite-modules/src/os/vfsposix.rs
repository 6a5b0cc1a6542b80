//! `os.VfsPosix`, `os.mount`, `os.umount` and `os.uname`.
//!
//! A VfsPosix is a directory (a host directory, or on a device a directory of the device) seen
//! as a filesystem: its methods take paths relative to its root and cannot leave it. Mounting
//! one at a device path makes `open()` and the `os` functions see it there. The mount table is
//! a payload stored in the `os` module, so it exists only once `os` is imported.

use std::path::PathBuf;

use ferrite_vm::builtins::check_args;
use ferrite_vm::{native, vfs, Name, ObjRef, PyResult, Value, Vm};

use super::{host_path, path_arg};
use crate::io::io_err;
use crate::util::{add_functions, set};

/// A VfsPosix's payload: its root on the host, and whether it lives on a device.
pub struct VfsPosix {
    root: PathBuf,
    durable: bool,
}
ferrite_vm::native_data!(VfsPosix);

/// Mounted filesystems: (absolute mount point, VfsPosix object).
struct MountTable {
    entries: Vec<(String, Value)>,
}
ferrite_vm::native_data!(MountTable, |s, out| out.extend(s.entries.iter().map(|(_, v)| *v)));

fn table_value(vm: &mut Vm) -> Option<Value> {
    let m = vm.module_ref("os")?;
    let n = vm.intern("_mounts");
    vm.get_attr_opt(Value::Obj(m), n).ok().flatten()
}

/// The absolute form of a path for mount lookup: on a device against its current directory;
/// on the host only absolute paths can name a mount.
fn absolute(vm: &Vm, path: &str) -> Option<String> {
    if vm.fs_root.is_some() {
        vfs::normalize(&vm.fs_cwd, path)
    } else if path.starts_with('/') {
        vfs::normalize("/", path)
    } else {
        None
    }
}

fn under<'a>(path: &'a str, point: &str) -> Option<&'a str> {
    let rest = path.strip_prefix(point)?;
    if rest.is_empty() {
        Some("/")
    } else if rest.starts_with('/') || point == "/" {
        Some(rest)
    } else {
        None
    }
}

/// A path inside a mounted VfsPosix: `None` when no mount holds it, else the host path (or a
/// refusal's errno) and whether it is on a device.
pub(super) fn resolve_mounted(vm: &mut Vm, path: &str) -> Option<Result<(PathBuf, bool), i32>> {
    let table = table_value(vm)?;
    let abs = absolute(vm, path)?;
    let entries = vm.data::<MountTable>(table)?.entries.clone();
    let (point, fs) = entries.iter().filter(|(p, _)| under(&abs, p).is_some()).max_by_key(|(p, _)| p.len())?;
    let rest = under(&abs, point)?;
    let v = vm.data::<VfsPosix>(*fs)?;
    Some(vfs::resolve_checked(&v.root, "/", rest).map(|p| (p, v.durable)))
}

fn this(vm: &mut Vm, v: Value) -> PyResult<(PathBuf, bool)> {
    match vm.data::<VfsPosix>(v) {
        Some(f) => Ok((f.root.clone(), f.durable)),
        None => Err(vm.type_error("VfsPosix expected")),
    }
}

/// A path argument of a VfsPosix method, resolved inside its root.
fn inside(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<(PathBuf, bool)> {
    let (root, durable) = this(vm, args.first().copied().unwrap_or(Value::None))?;
    let p = match args.get(i) {
        Some(v) => path_arg(vm, *v)?,
        None => "/".to_string(),
    };
    match vfs::resolve_checked(&root, "/", if p.is_empty() { "/" } else { &p }) {
        Ok(h) => Ok((h, durable)),
        Err(e) => Err(vm.os_error(e)),
    }
}

/// `VfsPosix(root=None)`: `root` is a path as the program sees it; None is the current directory.
fn vfs_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "VfsPosix", args, 1, 2)?;
    let Some(cls) = args.first().and_then(|c| c.as_obj()) else { return Err(vm.type_error("class expected")) };
    let root = match args.get(1) {
        Some(v) if !v.is_none() => path_arg(vm, *v)?,
        _ => ".".to_string(),
    };
    let (host, durable) = host_path(vm, &root)?;
    let host = if durable { host } else { std::fs::canonicalize(&host).map_err(|e| io_err(vm, e))? };
    if !host.is_dir() {
        return Err(vm.os_error(vfs::ENOENT));
    }
    vm.new_data(cls, Box::new(VfsPosix { root: host, durable }))
}

fn m_open(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "open", args, 3, 3)?;
    let (p, durable) = inside(vm, args, 1)?;
    let mode = path_arg(vm, args[2])?;
    crate::io::open_host(vm, p, &mode, durable)
}

fn m_ilistdir(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "ilistdir", args, 1, 2)?;
    let (p, durable) = inside(vm, args, 1)?;
    let list = super::ilistdir_list(vm, &p, durable, false)?;
    vm.get_iter(list)
}

fn m_mkdir(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "mkdir", args, 2, 2)?;
    let (p, durable) = inside(vm, args, 1)?;
    super::do_mkdir(vm, &p, durable)?;
    Ok(Value::None)
}

fn m_rmdir(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "rmdir", args, 2, 2)?;
    let (p, durable) = inside(vm, args, 1)?;
    super::do_rmdir(vm, &p, durable)?;
    Ok(Value::None)
}

fn m_remove(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "remove", args, 2, 2)?;
    let (p, durable) = inside(vm, args, 1)?;
    super::do_remove(vm, &p, durable)?;
    Ok(Value::None)
}

fn m_rename(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "rename", args, 3, 3)?;
    let (from, durable) = inside(vm, args, 1)?;
    let (to, _) = inside(vm, args, 2)?;
    super::do_rename(vm, &from, &to, durable)?;
    Ok(Value::None)
}

fn m_stat(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "stat", args, 2, 2)?;
    let (p, durable) = inside(vm, args, 1)?;
    super::stat_tuple(vm, &p, durable)
}

fn m_statvfs(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "statvfs", args, 2, 2)?;
    let (p, durable) = inside(vm, args, 1)?;
    super::statvfs_tuple(vm, &p, durable)
}

/// `mount`/`umount` of a VfsPosix are notifications; nothing to do.
fn m_nothing(_vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

native!(VFS_NEW, "__new__", vfs_new);
native!(M_OPEN, "open", m_open);
native!(M_ILISTDIR, "ilistdir", m_ilistdir);
native!(M_MKDIR, "mkdir", m_mkdir);
native!(M_RMDIR, "rmdir", m_rmdir);
native!(M_REMOVE, "remove", m_remove);
native!(M_RENAME, "rename", m_rename);
native!(M_STAT, "stat", m_stat);
native!(M_STATVFS, "statvfs", m_statvfs);
native!(M_MOUNT, "mount", m_nothing);
native!(M_UMOUNT, "umount", m_nothing);

/// `mount(vfs, mount_point, *, readonly=False)`.
fn mount(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "mount", args, 2, 2)?;
    if vm.data::<VfsPosix>(args[0]).is_none() {
        return Err(vm.os_error(vfs::EINVAL));
    }
    let point = path_arg(vm, args[1])?;
    let Some(point) = absolute(vm, &point).or_else(|| vfs::normalize("/", &point)) else {
        return Err(vm.os_error(vfs::EINVAL));
    };
    let Some(table) = table_value(vm) else { return Err(vm.internal_error("mount table")) };
    let Some(t) = vm.data_mut::<MountTable>(table) else { return Err(vm.internal_error("mount table")) };
    if t.entries.iter().any(|(p, _)| *p == point) {
        return Err(vm.os_error(1));
    }
    t.entries.push((point, args[0]));
    Ok(Value::None)
}

/// `umount(mount_point)` or `umount(vfs)`.
fn umount(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "umount", args, 1, 1)?;
    let point = if vm.data::<VfsPosix>(args[0]).is_some() {
        None
    } else {
        let p = path_arg(vm, args[0])?;
        absolute(vm, &p).or_else(|| vfs::normalize("/", &p))
    };
    let Some(table) = table_value(vm) else { return Err(vm.internal_error("mount table")) };
    let Some(t) = vm.data_mut::<MountTable>(table) else { return Err(vm.internal_error("mount table")) };
    let before = t.entries.len();
    match point {
        Some(p) => t.entries.retain(|(q, _)| *q != p),
        None => t.entries.retain(|(_, v)| !v.is(args[0])),
    }
    if t.entries.len() == before {
        return Err(vm.os_error(vfs::EINVAL));
    }
    Ok(Value::None)
}

/// `uname()`: the board's identity strings, an attrtuple (a tuple whose five items are also
/// named fields), as on MicroPython.
const UNAME_FIELDS: [&str; 5] = ["sysname", "nodename", "release", "version", "machine"];

fn uname(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "uname", args, 0, 0)?;
    let ver = env!("CARGO_PKG_VERSION");
    let texts = [
        "ferrite".to_string(),
        "ferrite".to_string(),
        "1.24.0".to_string(),
        format!("v1.24.0 (Ferrite {ver})"),
        format!("Ferrite {ver} with Rust"),
    ];
    let Some(m) = vm.module_ref("os") else { return Err(vm.internal_error("os")) };
    let n = vm.intern("_uname_result");
    let cls = vm.get_attr(Value::Obj(m), n)?;
    let Some(cls) = cls.as_obj() else { return Err(vm.internal_error("os.uname class")) };
    let mut values = Vec::with_capacity(texts.len());
    for t in texts {
        values.push(vm.new_string(t)?);
    }
    vm.new_attrtuple(cls, values)
}

native!(UNAME, "uname", uname);
native!(MOUNT, "mount", mount);
native!(UMOUNT, "umount", umount);

pub(super) fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&MOUNT, &UMOUNT, &UNAME])?;
    let cls = vm.new_native_class(
        "VfsPosix",
        &[],
        &[
            &VFS_NEW,
            &M_OPEN,
            &M_ILISTDIR,
            &M_MKDIR,
            &M_RMDIR,
            &M_REMOVE,
            &M_RENAME,
            &M_STAT,
            &M_STATVFS,
            &M_MOUNT,
            &M_UMOUNT,
        ],
    )?;
    set(vm, m, "VfsPosix", Value::Obj(cls));
    let ucls = vm.new_attrtuple_class("uname_result", &UNAME_FIELDS)?;
    set(vm, m, "_uname_result", Value::Obj(ucls));
    let mcls = vm.new_native_class("mount_table", &[], &[])?;
    let table = vm.new_data(mcls, Box::new(MountTable { entries: Vec::new() }))?;
    set(vm, m, "_mounts", table);
    Ok(())
}
