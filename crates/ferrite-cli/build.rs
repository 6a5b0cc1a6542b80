//! Startup-cost link choices for the `ferrite` executable on Linux with glibc (bench/README.md,
//! "Startup", has the measurements):
//!
//! - linked at a fixed address (not position-independent), so the loader applies no relative
//!   relocations at every start (~6,900 of them, which dirtied ~40 pages of `.data.rel.ro`);
//! - the unwinder linked statically (libgcc_eh, as `gcc -static-libgcc` does) instead of loading
//!   libgcc_s.so: that library's constructor runs a dozen `cpuid` instructions, each a trap to
//!   the hypervisor on a virtual machine, ~0.1 ms of every start. Rust's std asks for `-lgcc_s`;
//!   a linker script of that name found first on the search path redirects it to libgcc_eh.a.
//!   Panics still unwind (the CLI catches them): libgcc_eh finds the unwind tables through
//!   `dl_iterate_phdr` as libgcc_s does.

use std::path::PathBuf;

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os != "linux" {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    if env == "gnu" {
        let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else { return };
        if std::fs::write(out.join("libgcc_s.so"), "INPUT(-lgcc_eh)\n").is_ok() {
            println!("cargo:rustc-link-search=native={}", out.display());
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
}
