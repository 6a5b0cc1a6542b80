//! Ferrite's native modules, one file each. `register_all` makes every one importable in a VM.

use ferrite_vm::{NativeModuleDef, Vm};

pub mod sys;
mod util;

/// Every native module this crate provides.
pub static MODULES: &[&NativeModuleDef] = &[&sys::MODULE];

pub fn register_all(vm: &mut Vm) {
    for m in MODULES {
        vm.register_native_module(m);
    }
}
