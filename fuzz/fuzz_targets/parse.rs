//! Fuzz target: `ferrite_syntax::parse_module` on arbitrary bytes. Any panic or stack overflow
//! is a bug: every bad input must come back as a `SyntaxError`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = ferrite_syntax::parse_module(data) {
        ferrite_fuzz::check_syntax_error(&e, data);
    }
    let _ = ferrite_syntax::parse_expression(data);
});
