//! Compiles every `.py` file of the repository (`tests/py`, `bench`, `examples`): none may hit an
//! internal compiler error (such as inconsistent stack depths found by the `max_stack` analysis),
//! and only files marked `# syntax-error-test` on their first line may fail at all.

use ferrite_compiler::{compile_source, Mode};
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

#[test]
fn compiles_every_python_file_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["tests/py", "bench", "examples", "crates/ferrite-compiler/tests/golden"] {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    let mut failures = Vec::new();
    for path in &files {
        let Ok(src) = std::fs::read(path) else {
            continue;
        };
        let first_line = src.split(|&c| c == b'\n').next().unwrap_or(&[]);
        let expect_error = String::from_utf8_lossy(first_line).contains("# syntax-error-test");
        match compile_source(&src, &path.display().to_string(), Mode::Exec) {
            Ok(_) if expect_error => {}
            Ok(_) => {}
            Err(e) if e.msg.contains("internal compiler error") => failures.push(format!("{}: {e}", path.display())),
            Err(e) if !expect_error => failures.push(format!("{}: {e}", path.display())),
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "{} files failed:\n{}", failures.len(), failures.join("\n"));
}
