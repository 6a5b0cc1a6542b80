//! Collects the frozen Python modules: every `python/<name>.py` becomes module `<name>`, every
//! directory `python/<pkg>/` holding `__init__.py` becomes package `<pkg>` (its other `.py` files
//! and sub-packages become `<pkg>.<name>`). The generated table pairs each dotted name with its
//! source (`include_str!`, so a changed file rebuilds the crate) and whether it is a package.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf, bool)>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().to_string()) else { continue };
        if stem.starts_with('.') {
            continue;
        }
        let dotted = if prefix.is_empty() { stem.clone() } else { format!("{prefix}.{stem}") };
        if path.is_dir() {
            let init = path.join("__init__.py");
            if init.is_file() {
                out.push((dotted.clone(), init, true));
                collect(&path, &dotted, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") && stem != "__init__" {
            out.push((dotted, path, false));
        }
    }
}

fn main() {
    let root = Path::new("python");
    println!("cargo:rerun-if-changed=python");
    let mut modules = Vec::new();
    collect(root, "", &mut modules);
    // Directories are watched by mtime only; name every file so an edit rebuilds.
    for (_, path, _) in &modules {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let mut out = String::from("/// Every frozen module: (dotted name, source, is package), sorted by name.\npub static MODULES: &[(&str, &str, bool)] = &[\n");
    modules.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, path, is_pkg) in &modules {
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        let _ = writeln!(out, "    ({name:?}, include_str!({:?}), {is_pkg}),", abs.to_string_lossy());
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let _ = std::fs::write(Path::new(&out_dir).join("frozen_table.rs"), out);
}
