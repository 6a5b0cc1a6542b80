//! The device filesystem: with `--device DIR`, every path a program uses resolves inside DIR and
//! nothing can reach outside it (`..` past the root, symlinks out, NUL bytes are refused).
//!
//! Device paths are absolute from the device's root (`/lib/x.py`), or relative to the device's
//! current directory (`vm.fs_cwd`). `..` is resolved lexically, as littlefs and FAT do on a board.
//! The directory `DIR/.ferrite` holds what the board keeps outside its filesystem (its identity)
//! and is invisible to programs, as are the shadow files of files being rewritten (names
//! starting with [`HIDDEN_PREFIX`]).

use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// Names starting with this are the runtime's own and invisible to the device's programs.
pub const HIDDEN_PREFIX: &str = ".ferrite";
/// Where a file being rewritten is written before it replaces the original on close.
pub const SHADOW_PREFIX: &str = ".ferrite-tmp-";
/// errno values used for refusals.
pub const ENOENT: i32 = 2;
pub const EACCES: i32 = 13;
pub const EINVAL: i32 = 22;

/// Length of the identity `machine.unique_id()` returns (as on an RP2040's flash).
pub const IDENTITY_LEN: usize = 8;

/// Normalizes a device path against the current directory: the absolute device path with `..`
/// and `.` resolved, `/` for the root. `None` when it goes above the root or has a NUL byte.
pub fn normalize(cwd: &str, path: &str) -> Option<String> {
    if path.contains('\0') {
        return None;
    }
    let joined =
        if path.starts_with('/') { path.to_string() } else { format!("{}/{}", cwd.trim_end_matches('/'), path) };
    let mut parts: Vec<&str> = Vec::new();
    for c in Path::new(&joined).components() {
        match c {
            Component::Normal(s) => parts.push(s.to_str()?),
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
        }
    }
    Some(format!("/{}", parts.join("/")))
}

/// Resolves a device path against `root` and the device's current directory. `None` when the
/// path is invalid or escapes the root.
pub fn resolve_in(root: &Path, cwd: &str, path: &str) -> Option<PathBuf> {
    resolve_checked(root, cwd, if path.is_empty() { "." } else { path }).ok()
}

/// As [`resolve_in`], with the errno of a refusal: `EINVAL` for a NUL byte, `ENOENT` for a
/// path above the root or naming the runtime's hidden files, `EACCES` for a symlink that leads
/// out of the root.
pub fn resolve_checked(root: &Path, cwd: &str, path: &str) -> Result<PathBuf, i32> {
    if path.contains('\0') {
        return Err(EINVAL);
    }
    if path.is_empty() {
        return Err(ENOENT);
    }
    let norm = normalize(cwd, path).ok_or(ENOENT)?;
    let mut host = root.to_path_buf();
    let mut canon_root: Option<PathBuf> = None;
    for p in norm.split('/').filter(|p| !p.is_empty()) {
        if p.starts_with(HIDDEN_PREFIX) {
            return Err(ENOENT);
        }
        host.push(p);
        // A symlink anywhere on the way must stay inside the root.
        if let Ok(meta) = std::fs::symlink_metadata(&host) {
            if meta.file_type().is_symlink() {
                let target = std::fs::canonicalize(&host).map_err(|_| EACCES)?;
                if canon_root.is_none() {
                    canon_root = Some(std::fs::canonicalize(root).map_err(|_| ENOENT)?);
                }
                if !canon_root.as_ref().is_some_and(|r| target.starts_with(r)) {
                    return Err(EACCES);
                }
            }
        }
    }
    Ok(host)
}

/// Whether a directory entry is the runtime's own (hidden from `os.listdir` on a device).
pub fn is_hidden(name: &str) -> bool {
    name.starts_with(HIDDEN_PREFIX)
}

/// The shadow file beside `target` that a rewrite goes to; `n` makes it unique in the process.
pub fn shadow_path(target: &Path, n: u64) -> PathBuf {
    let name = target.file_name().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
    let file = format!("{SHADOW_PREFIX}{}-{n}-{name}", std::process::id());
    match target.parent() {
        Some(dir) => dir.join(file),
        None => PathBuf::from(file),
    }
}

/// Makes a directory entry change (create, rename, remove) durable: fsync of the directory.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    let d = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    std::fs::File::open(d)?.sync_all()
}

/// Syncs the directory that holds `path`.
pub fn sync_parent(path: &Path) -> std::io::Result<()> {
    match path.parent() {
        Some(p) => sync_dir(p),
        None => sync_dir(Path::new(".")),
    }
}

/// Replaces `target` by `src` atomically and durably: after a crash at any moment, `target`
/// holds either its old or its new complete content.
pub fn atomic_replace(src: &Path, target: &Path) -> std::io::Result<()> {
    std::fs::rename(src, target)?;
    sync_parent(target)
}

/// Prepares a device directory: creates it and `.ferrite/` if missing, removes shadow files
/// left by a process that was killed while writing, and creates the identity on first run.
pub fn device_init(root: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(root.join(HIDDEN_PREFIX))?;
    remove_stale_shadows(root, 0);
    device_identity(root)?;
    Ok(())
}

/// Removes the shadow files of unfinished rewrites below `dir` (not following symlinks).
fn remove_stale_shadows(dir: &Path, depth: usize) {
    if depth > 32 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_file() && name.starts_with(SHADOW_PREFIX) {
            let _ = std::fs::remove_file(e.path());
        } else if ft.is_dir() && !name.starts_with(HIDDEN_PREFIX) {
            remove_stale_shadows(&e.path(), depth + 1);
        }
    }
}

/// The device's identity (what `machine.unique_id()` returns): `DIR/.ferrite/identity`, random
/// bytes written atomically on first use, the same on every later run.
pub fn device_identity(root: &Path) -> std::io::Result<Vec<u8>> {
    let dir = root.join(HIDDEN_PREFIX);
    let path = dir.join("identity");
    if let Ok(b) = std::fs::read(&path) {
        if b.len() == IDENTITY_LEN {
            return Ok(b);
        }
    }
    std::fs::create_dir_all(&dir)?;
    let mut id = vec![0u8; IDENTITY_LEN];
    random_bytes(&mut id)?;
    let tmp = dir.join(format!("identity.tmp{}", std::process::id()));
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(&id)?;
        f.sync_all()?;
    }
    atomic_replace(&tmp, &path)?;
    Ok(id)
}

/// Fills `buf` from the operating system's random source.
pub fn random_bytes(buf: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buf)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failed unwrap is a failed test")]
mod tests {
    use super::*;

    #[test]
    fn normalizes() {
        assert_eq!(normalize("/", "a/b/../c").as_deref(), Some("/a/c"));
        assert_eq!(normalize("/lib", "x.py").as_deref(), Some("/lib/x.py"));
        assert_eq!(normalize("/lib", "/x.py").as_deref(), Some("/x.py"));
        assert_eq!(normalize("/lib", "..").as_deref(), Some("/"));
        assert_eq!(normalize("/", ".."), None);
        assert_eq!(normalize("/", "a\0b"), None);
    }

    #[test]
    fn refuses_escapes() {
        let root = std::env::temp_dir().join(format!("ferrite-vfs-test-{}", std::process::id()));
        std::fs::create_dir_all(&root).unwrap();
        assert_eq!(resolve_checked(&root, "/", "../etc/passwd"), Err(ENOENT));
        assert_eq!(resolve_checked(&root, "/", "/etc/passwd"), Ok(root.join("etc/passwd")));
        assert_eq!(resolve_checked(&root, "/", "x\0"), Err(EINVAL));
        assert_eq!(resolve_checked(&root, "/", ".ferrite/identity"), Err(ENOENT));
        std::os::unix::fs::symlink("/etc", root.join("out")).unwrap();
        assert_eq!(resolve_checked(&root, "/", "out/passwd"), Err(EACCES));
        std::fs::create_dir_all(root.join("d")).unwrap();
        std::os::unix::fs::symlink(root.join("d"), root.join("in")).unwrap();
        assert!(resolve_checked(&root, "/", "in/x").is_ok());
        let _ = std::fs::remove_dir_all(&root);
    }
}
