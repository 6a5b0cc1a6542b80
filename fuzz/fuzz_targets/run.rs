//! Fuzz target: the whole runtime (parse, compile, run with every native module) on arbitrary
//! source, with a small heap and a time budget; see `ferrite_fuzz::run_source`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    ferrite_fuzz::run_source(data, ferrite_fuzz::RunLimits::FUZZ);
});
