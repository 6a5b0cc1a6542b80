//! The device filesystem: with `--device DIR`, every path a program uses resolves inside DIR and
//! nothing can reach outside it (`..` past the root, symlinks out, NUL bytes are refused).

use std::path::{Component, Path, PathBuf};

/// Resolves a device path against `root` and the device's current directory. `None` when the
/// path is invalid or escapes the root.
pub fn resolve_in(root: &Path, cwd: &str, path: &str) -> Option<PathBuf> {
    if path.contains('\0') {
        return None;
    }
    let joined = if path.starts_with('/') { path.to_string() } else { format!("{}/{}", cwd.trim_end_matches('/'), path) };
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
    let mut host = root.to_path_buf();
    for p in &parts {
        host.push(p);
        // A symlink anywhere on the way must stay inside the root.
        if let Ok(meta) = std::fs::symlink_metadata(&host) {
            if meta.file_type().is_symlink() {
                let target = std::fs::canonicalize(&host).ok()?;
                let canon_root = std::fs::canonicalize(root).ok()?;
                if !target.starts_with(&canon_root) {
                    return None;
                }
            }
        }
    }
    Some(host)
}
