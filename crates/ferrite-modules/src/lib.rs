//! Ferrite's native modules, one file each. A file that declares `pub static MODULE:
//! NativeModuleDef` is picked up by `build.rs`; `register_all` makes every one importable.

use ferrite_vm::Vm;

pub mod util;

include!(concat!(env!("OUT_DIR"), "/modules_table.rs"));

pub fn register_all(vm: &mut Vm) {
    for m in MODULES {
        vm.register_native_module(m);
    }
}
