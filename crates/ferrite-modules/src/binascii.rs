//! `binascii` (docs: library/binascii.html): hex, base64 and CRC-32 conversions of binary data.
//!
//! Divergences, as MicroPython: errors are plain ValueError (CPython's `binascii.Error` is a
//! ValueError subclass, so `except ValueError` works on both); `hexlify`'s separator may be any
//! string, not only one character; `a2b_base64` skips characters outside the alphabet.

use ferrite_vm::builtins::{check_args, check_kwargs, kwarg};
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::add_functions;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "binascii", init };

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The bytes of a bytes-like argument; the ASCII text of a str where `allow_str` (the decoding
/// functions accept both, as CPython's do).
fn data_arg(vm: &mut Vm, v: Value, allow_str: bool) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.bytes_like(v) {
        return Ok(b);
    }
    if allow_str {
        if let Some(s) = vm.str_ref(v) {
            if s.is_ascii() {
                return Ok(s.as_bytes().to_vec());
            }
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("object with buffer protocol required, not '{tn}'")))
}

fn hexlify(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "hexlify", args, 1, 2)?;
    let data = data_arg(vm, args[0], false)?;
    let sep = match args.get(1) {
        Some(v) if !v.is_none() => data_arg(vm, *v, true)?,
        _ => Vec::new(),
    };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * (2 + sep.len()));
    for (i, b) in data.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    vm.new_bytes(out)
}

fn hex_digit(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

fn unhexlify(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "unhexlify", args, 1, 1)?;
    let data = data_arg(vm, args[0], true)?;
    if data.len() % 2 != 0 {
        return Err(vm.value_error("odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        let (Some(&a), Some(&b)) = (pair.first(), pair.get(1)) else { break };
        match (hex_digit(a), hex_digit(b)) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => return Err(vm.value_error("non-hex digit found")),
        }
    }
    vm.new_bytes(out)
}

fn b64_value(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some((c - b'A') as u32),
        b'a'..=b'z' => Some((c - b'a') as u32 + 26),
        b'0'..=b'9' => Some((c - b'0') as u32 + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Decodes base64 as RFC 2045 asks: characters outside the alphabet are skipped; data ends at
/// the first pad that completes a quantum; a quantum left incomplete is an error.
fn a2b_base64(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "a2b_base64", args, 1, 1)?;
    let data = data_arg(vm, args[0], true)?;
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut acc: u32 = 0;
    let mut count = 0usize; // alphabet characters in the current quantum
    let mut pads = 0usize;
    for &c in &data {
        if c == b'=' {
            // A pad counts only after at least two data characters of the quantum.
            if count >= 2 {
                pads += 1;
                if count + pads >= 4 {
                    // The quantum's bytes are already out; a full pad ends the data.
                    return vm.new_bytes(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else { continue };
        if pads > 0 {
            // Data after a partial padding: CPython discards the pads and continues.
            pads = 0;
        }
        acc = acc << 6 | v;
        count += 1;
        match count {
            2 => out.push((acc >> 4) as u8),
            3 => out.push((acc >> 2) as u8),
            4 => {
                out.push(acc as u8);
                count = 0;
                acc = 0;
            }
            _ => {}
        }
    }
    if count != 0 {
        return Err(vm.value_error("incorrect padding"));
    }
    vm.new_bytes(out)
}

fn b2a_base64(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "b2a_base64", args, 1, 1)?;
    check_kwargs(vm, kw, &["newline"])?;
    let newline = match kwarg(vm, kw, "newline") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let data = data_arg(vm, args[0], false)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    let sym = |i: u32| B64.get((i & 63) as usize).copied().unwrap_or(b'=');
    for chunk in data.chunks(3) {
        let b0 = chunk.first().copied().unwrap_or(0) as u32;
        let b1 = chunk.get(1).copied().unwrap_or(0) as u32;
        let b2 = chunk.get(2).copied().unwrap_or(0) as u32;
        let n = b0 << 16 | b1 << 8 | b2;
        out.push(sym(n >> 18));
        out.push(sym(n >> 12));
        out.push(if chunk.len() > 1 { sym(n >> 6) } else { b'=' });
        out.push(if chunk.len() > 2 { sym(n) } else { b'=' });
    }
    if newline {
        out.push(b'\n');
    }
    vm.new_bytes(out)
}

/// CRC-32 as in zlib (reflected polynomial 0xEDB88320), computed bitwise: modules are small
/// and a 1 KiB table is not worth it for the data sizes a device checks.
fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

fn crc32(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "crc32", args, 1, 2)?;
    let data = data_arg(vm, args[0], false)?;
    let init = match args.get(1) {
        Some(v) => {
            let i = vm.to_int(*v)?;
            match vm.to_bigint(i) {
                // Only the low 32 bits matter, as in CPython.
                Some(b) => (b & dashu_int::IBig::from(0xFFFF_FFFFu32)).try_into().unwrap_or(0u32),
                None => 0,
            }
        }
        None => 0,
    };
    Ok(Value::Int(crc32_update(init, &data) as i64))
}

native!(HEXLIFY, "hexlify", hexlify);
native!(UNHEXLIFY, "unhexlify", unhexlify);
native!(A2B_BASE64, "a2b_base64", a2b_base64);
native!(B2A_BASE64, "b2a_base64", b2a_base64, kw);
native!(CRC32, "crc32", crc32);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&HEXLIFY, &UNHEXLIFY, &A2B_BASE64, &B2A_BASE64, &CRC32])
}

#[cfg(test)]
mod tests {
    use super::crc32_update;

    #[test]
    fn crc32_known_values() {
        assert_eq!(crc32_update(0, b""), 0);
        assert_eq!(crc32_update(0, b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32_update(crc32_update(0, b"12345"), b"6789"), 0xCBF4_3926);
    }
}
