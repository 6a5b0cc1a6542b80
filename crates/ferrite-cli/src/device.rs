//! `ferrite --device DIR`: run as a board whose flash is DIR. Every path the program uses
//! resolves inside DIR (see `ferrite_vm::vfs`), imports search `/` and `/lib` of the device,
//! and with no program named `boot.py` then `main.py` run as after a board's reset.

use std::path::PathBuf;

use ferrite_vm::{vfs, Config, PyErr, Vm};

/// Imports on a board search the current directory, then `/lib` (and the frozen modules).
pub fn configure(config: &mut Config) {
    config.path = vec![String::new(), ".frozen".into(), "/lib".into()];
}

/// Prepares DIR (created if missing, with its identity) and roots the VM's filesystem there.
pub fn setup(vm: &mut Vm, dir: &str) -> Result<(), String> {
    let root = PathBuf::from(dir);
    vfs::device_init(&root).map_err(|e| format!("ferrite: can't use device directory '{dir}': {e}"))?;
    let root = std::fs::canonicalize(&root).map_err(|e| format!("ferrite: can't use device directory '{dir}': {e}"))?;
    vm.fs_root = Some(root);
    vm.fs_cwd = "/".to_string();
    Ok(())
}

/// Runs `boot.py` then `main.py` from the device's root, those that exist. Stops at the first
/// uncaught exception and returns it.
pub fn boot(vm: &mut Vm) -> Result<(), PyErr> {
    for name in ["boot.py", "main.py"] {
        let Some(path) = vm.resolve_path(&format!("/{name}")) else { continue };
        let Ok(src) = std::fs::read(&path) else { continue };
        vm.run_main(&src, name)?;
        vm.flush_out();
    }
    Ok(())
}
