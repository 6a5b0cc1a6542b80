//! Links the `ferrite` executable at a fixed address (not position-independent) on Linux: the
//! loader then has no relative relocations to apply at every start (~6,900, which dirtied ~40
//! pages of `.data.rel.ro`), worth ~0.1 ms of the ~1.6 ms `ferrite -c pass` (bench/README.md).

fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
