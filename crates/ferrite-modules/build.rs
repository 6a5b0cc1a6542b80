//! Collects the native modules: every `src/<name>.rs` (or `src/<name>/mod.rs`) that declares
//! `pub static MODULE: NativeModuleDef` becomes a module of this crate and an entry of the module
//! table, so adding a module touches no other file.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let src = Path::new("src");
    println!("cargo:rerun-if-changed=src");
    let mut entries: Vec<(String, String)> = Vec::new();
    let Ok(dir) = std::fs::read_dir(src) else { return };
    for entry in dir.flatten() {
        let path = entry.path();
        let (name, file) = if path.is_dir() {
            let m = path.join("mod.rs");
            if !m.exists() {
                continue;
            }
            (path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default(), m)
        } else if path.extension().is_some_and(|e| e == "rs") {
            (path.file_stem().map(|n| n.to_string_lossy().to_string()).unwrap_or_default(), path.clone())
        } else {
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        if text.contains("pub static MODULE: NativeModuleDef") {
            let abs = std::fs::canonicalize(&file).unwrap_or(file);
            entries.push((name, abs.to_string_lossy().to_string()));
        }
    }
    entries.sort();
    let mut out = String::new();
    for (name, file) in &entries {
        let _ = writeln!(out, "#[path = {file:?}]\npub mod {name};");
    }
    out.push_str("\n/// Every native module, collected at build time.\npub static MODULES: &[&ferrite_vm::NativeModuleDef] = &[\n");
    for (name, _) in &entries {
        let _ = writeln!(out, "    &{name}::MODULE,");
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let _ = std::fs::write(Path::new(&out_dir).join("modules_table.rs"), out);
}
