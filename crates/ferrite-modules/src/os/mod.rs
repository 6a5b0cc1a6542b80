//! `os` (docs: library/os.html): the filesystem (listdir, ilistdir, mkdir, rmdir, remove,
//! rename, stat, statvfs, getcwd, chdir, sync), uname, urandom, dupterm, mount/umount and
//! VfsPosix.
//!
//! Without `--device` paths are host paths and the filesystem is the process's current
//! directory, as on MicroPython's unix port. With `--device DIR` every path resolves inside DIR
//! (`vm.fs_root`, `vm.fs_cwd`; see `ferrite_vm::vfs`) and every change of a directory is made
//! durable before the call returns (rename and remove are atomic).
//! Divergences: `listdir` is sorted; `statvfs` reports a virtual 2 MiB flash (with the space
//! used on a device) rather than the host's filesystem; `dupterm` records the stream but does not
//! yet mirror the REPL to it; `mount` accepts VfsPosix objects, and imports do not see mounts.

mod vfsposix;

use std::path::{Path, PathBuf};

use ferrite_vm::builtins::check_args;
use ferrite_vm::object::Object;
use ferrite_vm::{native, vfs, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::io::io_err;
use crate::util::{add_functions, set};

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "os", init };

/// `stat` mode bits for a directory and a regular file.
const S_IFDIR: i64 = 0x4000;
const S_IFREG: i64 = 0x8000;
/// The virtual flash `statvfs` reports: 512 blocks of 4 KiB.
const FLASH_BLOCK: u64 = 4096;
const FLASH_BLOCKS: u64 = 512;
const NAME_MAX: i64 = 255;

/// A path argument: str, or bytes (as MicroPython accepts).
pub(crate) fn path_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(s) = vm.str_ref(v) {
        return Ok(s.to_string());
    }
    if let Some(Object::Bytes(b)) = v.as_obj().map(|r| vm.heap.get(r)) {
        if let Ok(s) = std::str::from_utf8(b) {
            return Ok(s.to_string());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("can't convert '{tn}' object to str implicitly")))
}

/// Whether the VM runs as a device (`--device DIR`).
fn on_device(vm: &Vm) -> bool {
    vm.fs_root.is_some()
}

/// Maps a program's path to a host path, and whether changes must be durable (on a device).
/// Every path operation of `os` and `open()` goes through here, so `--device` confinement and
/// mounts apply everywhere. A refused path raises OSError.
pub(crate) fn host_path(vm: &mut Vm, path: &str) -> PyResult<(PathBuf, bool)> {
    if path.contains('\0') {
        return Err(vm.os_error(vfs::EINVAL));
    }
    if path.is_empty() {
        return Err(vm.os_error(vfs::ENOENT));
    }
    if let Some(r) = vfsposix::resolve_mounted(vm, path) {
        return r.map_err(|e| vm.os_error(e));
    }
    match &vm.fs_root {
        Some(root) => match vfs::resolve_checked(root, &vm.fs_cwd, path) {
            Ok(p) => Ok((p, true)),
            Err(e) => Err(vm.os_error(e)),
        },
        None => Ok((PathBuf::from(path), false)),
    }
}

fn path_of(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<(PathBuf, bool)> {
    let p = match args.get(i) {
        Some(v) => path_arg(vm, *v)?,
        None => ".".to_string(),
    };
    host_path(vm, &p)
}

/// Syncs the directory holding `p` on a device; a failure is an OSError.
fn sync_parent(vm: &mut Vm, p: &Path, durable: bool) -> PyResult<()> {
    if durable {
        vfs::sync_parent(p).map_err(|e| io_err(vm, e))?;
    }
    Ok(())
}

/// The entries of a directory (sorted by name, the runtime's own files left out on a device).
pub(crate) fn read_dir(vm: &mut Vm, dir: &Path, durable: bool) -> PyResult<Vec<(String, i64, u64, u64)>> {
    use std::os::unix::fs::MetadataExt;
    let rd = std::fs::read_dir(dir).map_err(|e| io_err(vm, e))?;
    let mut out = Vec::new();
    for e in rd {
        let e = e.map_err(|e| io_err(vm, e))?;
        let name = e.file_name().to_string_lossy().into_owned();
        if durable && vfs::is_hidden(&name) {
            continue;
        }
        // On a device a symlink is followed only when it stays inside the device.
        let follow = !durable
            || vm.fs_root.as_ref().is_some_and(|r| std::fs::canonicalize(e.path()).is_ok_and(|t| t.starts_with(r)));
        let meta = if follow { std::fs::metadata(e.path()).or_else(|_| e.metadata()) } else { e.metadata() };
        let (kind, ino, size) = match meta {
            Ok(m) if m.is_dir() => (S_IFDIR, m.ino(), 0),
            Ok(m) if m.is_file() => (S_IFREG, m.ino(), m.len()),
            Ok(m) => (0, m.ino(), 0),
            Err(_) => (0, 0, 0),
        };
        out.push((name, kind, ino, size));
    }
    out.sort();
    Ok(out)
}

/// Names as str, or bytes when the path was given as bytes.
fn name_value(vm: &mut Vm, name: String, as_bytes: bool) -> PyResult<Value> {
    if as_bytes {
        vm.new_bytes(name.into_bytes())
    } else {
        vm.new_string(name)
    }
}

fn is_bytes(vm: &Vm, v: Option<&Value>) -> bool {
    matches!(v.and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)), Some(Object::Bytes(_)))
}

/// `listdir([dir])`.
fn listdir(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "listdir", args, 0, 1)?;
    let (dir, durable) = path_of(vm, args, 0)?;
    let as_bytes = is_bytes(vm, args.first());
    let entries = read_dir(vm, &dir, durable)?;
    let mut names = Vec::with_capacity(entries.len());
    for (name, ..) in entries {
        names.push(name_value(vm, name, as_bytes)?);
    }
    vm.new_list(names)
}

/// The tuples of `ilistdir`: `(name, type, inode)` on the host, `(name, type, 0, size)` on a
/// device (as littlefs reports them).
pub(crate) fn ilistdir_list(vm: &mut Vm, dir: &Path, durable: bool, as_bytes: bool) -> PyResult<Value> {
    let entries = read_dir(vm, dir, durable)?;
    let mut items = Vec::with_capacity(entries.len());
    for (name, kind, ino, size) in entries {
        let n = name_value(vm, name, as_bytes)?;
        let t = if durable {
            vm.new_tuple(vec![n, Value::Int(kind), Value::Int(0), Value::Int(size as i64)])?
        } else {
            vm.new_tuple(vec![n, Value::Int(kind), Value::Int(ino as i64)])?
        };
        items.push(t);
    }
    vm.new_list(items)
}

/// `ilistdir([dir])`: an iterator of entry tuples.
fn ilistdir(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "ilistdir", args, 0, 1)?;
    let (dir, durable) = path_of(vm, args, 0)?;
    let as_bytes = is_bytes(vm, args.first());
    let list = ilistdir_list(vm, &dir, durable, as_bytes)?;
    vm.get_iter(list)
}

pub(crate) fn do_mkdir(vm: &mut Vm, p: &Path, durable: bool) -> PyResult<()> {
    std::fs::create_dir(p).map_err(|e| io_err(vm, e))?;
    sync_parent(vm, p, durable)
}

fn mkdir(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "mkdir", args, 1, 2)?;
    let (p, durable) = path_of(vm, args, 0)?;
    do_mkdir(vm, &p, durable)?;
    Ok(Value::None)
}

pub(crate) fn do_rmdir(vm: &mut Vm, p: &Path, durable: bool) -> PyResult<()> {
    std::fs::remove_dir(p).map_err(|e| io_err(vm, e))?;
    sync_parent(vm, p, durable)
}

fn rmdir(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "rmdir", args, 1, 1)?;
    let (p, durable) = path_of(vm, args, 0)?;
    do_rmdir(vm, &p, durable)?;
    Ok(Value::None)
}

/// Removes a file; atomic (one unlink), and durable on a device.
pub(crate) fn do_remove(vm: &mut Vm, p: &Path, durable: bool) -> PyResult<()> {
    if p.is_dir() {
        return Err(vm.os_error(21));
    }
    std::fs::remove_file(p).map_err(|e| io_err(vm, e))?;
    sync_parent(vm, p, durable)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "remove", args, 1, 1)?;
    let (p, durable) = path_of(vm, args, 0)?;
    do_remove(vm, &p, durable)?;
    Ok(Value::None)
}

/// Renames (replacing an existing file); atomic (one rename), and durable on a device.
pub(crate) fn do_rename(vm: &mut Vm, from: &Path, to: &Path, durable: bool) -> PyResult<()> {
    std::fs::rename(from, to).map_err(|e| io_err(vm, e))?;
    sync_parent(vm, to, durable)?;
    if from.parent() != to.parent() {
        sync_parent(vm, from, durable)?;
    }
    Ok(())
}

fn rename(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "rename", args, 2, 2)?;
    let (from, durable) = path_of(vm, args, 0)?;
    let (to, _) = path_of(vm, args, 1)?;
    do_rename(vm, &from, &to, durable)?;
    Ok(Value::None)
}

/// The 10-tuple of `stat`. On a device: `(mode, 0, 0, 0, 0, 0, size, mtime, mtime, mtime)`
/// with mode only the type bits, as littlefs reports.
pub(crate) fn stat_tuple(vm: &mut Vm, p: &Path, durable: bool) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(p).map_err(|e| io_err(vm, e))?;
    let items = if durable {
        let kind = if m.is_dir() { S_IFDIR } else { S_IFREG };
        let size = if m.is_dir() { 0 } else { m.len() as i64 };
        let t = m.mtime();
        vec![kind, 0, 0, 0, 0, 0, size, t, t, t]
    } else {
        vec![
            m.mode() as i64,
            m.ino() as i64,
            m.dev() as i64,
            m.nlink() as i64,
            m.uid() as i64,
            m.gid() as i64,
            m.size() as i64,
            m.atime(),
            m.mtime(),
            m.ctime(),
        ]
    };
    vm.new_tuple(items.into_iter().map(Value::Int).collect())
}

fn stat(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "stat", args, 1, 1)?;
    let (p, durable) = path_of(vm, args, 0)?;
    stat_tuple(vm, &p, durable)
}

/// Bytes used below `dir` in flash blocks (each file rounded up to whole blocks).
fn blocks_used(dir: &Path, depth: usize, budget: &mut usize) -> u64 {
    let Ok(rd) = std::fs::read_dir(dir) else { return 0 };
    let mut used = 1;
    for e in rd.flatten() {
        if *budget == 0 || depth > 32 {
            break;
        }
        *budget -= 1;
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            used += blocks_used(&e.path(), depth + 1, budget);
        } else if let Ok(m) = e.metadata() {
            used += m.len().div_ceil(FLASH_BLOCK).max(1);
        }
    }
    used
}

/// `statvfs(path)`: `(bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax)`.
pub(crate) fn statvfs_tuple(vm: &mut Vm, p: &Path, durable: bool) -> PyResult<Value> {
    std::fs::metadata(p).map_err(|e| io_err(vm, e))?;
    let used = match (&vm.fs_root, durable) {
        (Some(root), true) => blocks_used(root, 0, &mut 100_000),
        _ => 0,
    };
    let free = FLASH_BLOCKS.saturating_sub(used) as i64;
    let b = FLASH_BLOCK as i64;
    let items = vec![b, b, FLASH_BLOCKS as i64, free, free, 0, 0, 0, 0, NAME_MAX];
    vm.new_tuple(items.into_iter().map(Value::Int).collect())
}

fn statvfs(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "statvfs", args, 1, 1)?;
    let (p, durable) = path_of(vm, args, 0)?;
    statvfs_tuple(vm, &p, durable)
}

fn getcwd(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "getcwd", args, 0, 0)?;
    if on_device(vm) {
        let cwd = vm.fs_cwd.clone();
        return vm.new_string(cwd);
    }
    match std::env::current_dir() {
        Ok(p) => vm.new_string(p.to_string_lossy().into_owned()),
        Err(e) => Err(io_err(vm, e)),
    }
}

fn chdir(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "chdir", args, 1, 1)?;
    let path = path_arg(vm, args[0])?;
    let (p, _) = host_path(vm, &path)?;
    match std::fs::metadata(&p) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(vm.os_error(20)),
        Err(e) => return Err(io_err(vm, e)),
    }
    if on_device(vm) {
        match vfs::normalize(&vm.fs_cwd, &path) {
            Some(c) => vm.fs_cwd = c,
            None => return Err(vm.os_error(vfs::ENOENT)),
        }
    } else {
        std::env::set_current_dir(&p).map_err(|e| io_err(vm, e))?;
    }
    Ok(Value::None)
}

/// `sync()`: files are already durable when closed, so there is nothing left to write.
fn sync(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "sync", args, 0, 0)?;
    Ok(Value::None)
}

fn urandom(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "urandom", args, 1, 1)?;
    let n = vm.index_value(args[0], "n")?;
    let Ok(n) = usize::try_from(n) else { return Err(vm.value_error("negative count")) };
    let mut buf = vec![0u8; n];
    vfs::random_bytes(&mut buf).map_err(|e| io_err(vm, e))?;
    vm.new_bytes(buf)
}

/// `dupterm(stream, index=0)`: records the stream in slot `index` and returns the previous one.
fn dupterm(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "dupterm", args, 1, 2)?;
    let index = match args.get(1) {
        Some(v) => vm.index_value(*v, "index")?,
        None => 0,
    };
    if !(0..2).contains(&index) {
        return Err(vm.value_error("invalid dupterm index"));
    }
    let Some(m) = vm.module_ref("os") else { return Ok(Value::None) };
    let n = vm.intern("_dupterm");
    let slots = vm.get_attr(Value::Obj(m), n)?;
    let old = vm.get_item(slots, Value::Int(index))?;
    if let Some(Object::List(l)) = slots.as_obj().map(|r| vm.heap.get_mut(r)) {
        if let Some(slot) = l.get_mut(index as usize) {
            *slot = args[0];
        }
    }
    if let Some(slot) = vm.dupterm.get_mut(index as usize) {
        *slot = args[0];
    }
    Ok(old)
}

native!(LISTDIR, "listdir", listdir);
native!(ILISTDIR, "ilistdir", ilistdir);
native!(MKDIR, "mkdir", mkdir);
native!(RMDIR, "rmdir", rmdir);
native!(REMOVE, "remove", remove);
// `unlink` is `remove` under its POSIX name (MicroPython's unix port has both).
native!(UNLINK, "unlink", remove);
native!(RENAME, "rename", rename);
native!(STAT, "stat", stat);
native!(STATVFS, "statvfs", statvfs);
native!(GETCWD, "getcwd", getcwd);
native!(CHDIR, "chdir", chdir);
native!(SYNC, "sync", sync);
native!(URANDOM, "urandom", urandom);
native!(DUPTERM, "dupterm", dupterm);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(
        vm,
        m,
        &[
            &LISTDIR, &ILISTDIR, &MKDIR, &RMDIR, &REMOVE, &UNLINK, &RENAME, &STAT, &STATVFS, &GETCWD, &CHDIR, &SYNC, &URANDOM,
            &DUPTERM,
        ],
    )?;
    let slots = vm.new_list(vec![Value::None, Value::None])?;
    set(vm, m, "_dupterm", slots);
    let sep = vm.new_str("/")?;
    set(vm, m, "sep", sep);
    vfsposix::init(vm, m)?;
    Ok(())
}
