//! `ferrite --device DIR`: run as a board whose flash is DIR. Every path the program uses
//! resolves inside DIR (see `ferrite_vm::vfs`), imports search `/` and `/lib` of the device,
//! and with no program named `boot.py` then `main.py` run as after a board's reset.
//! Also the board itself: `-X uart<n>=...` wires its UARTs before the program runs.

use std::path::PathBuf;

use ferrite_board::host::HostLink;
use ferrite_board::{Board, Wiring};
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

/// `-X uart<n>=<spec>`: builds the device's board with its UARTs wired as asked and gives it to
/// the VM, where `machine` finds it. A pty's path and a socket's address are printed on stderr
/// (`uart0: /dev/pts/4`) for the user or test that talks to it.
pub fn wire_uarts(vm: &mut Vm, uarts: &[(usize, String)]) -> Result<(), String> {
    let mut board = Board::new();
    for (n, spec) in uarts {
        let wiring = match spec.as_str() {
            "pty" => Wiring::Host(HostLink::pty().map_err(|e| format!("ferrite: uart{n}: can't open a pty: {e}"))?),
            "loop" => Wiring::Loopback(*n),
            "log" => Wiring::Log,
            s if s.starts_with("loop:") => {
                let to =
                    s["loop:".len()..].parse().map_err(|_| format!("ferrite: uart{n}: bad loopback target '{s}'"))?;
                Wiring::Loopback(to)
            }
            s if s.starts_with("unix:") => {
                let path = &s["unix:".len()..];
                Wiring::Host(
                    HostLink::unix_listen(path)
                        .map_err(|e| format!("ferrite: uart{n}: can't listen on '{path}': {e}"))?,
                )
            }
            s => return Err(format!("ferrite: uart{n}: unknown wiring '{s}' (pty, unix:<path>, loop[:<m>] or log)")),
        };
        let host = matches!(wiring, Wiring::Host(_));
        let what = board.wire_uart(*n, wiring).map_err(|e| format!("ferrite: uart{n}: {e}"))?;
        if host {
            eprintln!("uart{n}: {what}");
        }
    }
    vm.extensions.insert(board);
    Ok(())
}
