//! Parses every `.py` file under `tests/py` and `bench` (files whose first line contains
//! `# syntax-error-test` are expected to fail instead).

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
fn parses_every_python_file_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    collect(&root.join("tests/py"), &mut files);
    collect(&root.join("bench"), &mut files);
    collect(&root.join("examples"), &mut files);
    files.sort();
    let mut failures = Vec::new();
    for path in &files {
        let Ok(src) = std::fs::read(path) else {
            continue;
        };
        let first_line = src.split(|&c| c == b'\n').next().unwrap_or(&[]);
        let expect_error = String::from_utf8_lossy(first_line).contains("# syntax-error-test");
        let result = ferrite_syntax::parse_module(&src);
        match (result, expect_error) {
            (Err(e), false) => failures.push(format!("{}: {e}", path.display())),
            (Ok(_), true) => failures.push(format!("{}: parsed but should not", path.display())),
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{} of {} files failed:\n{}", failures.len(), files.len(), failures.join("\n"));
}
