//! Decoding of literal bodies: string and bytes escape sequences, and integer literals in any
//! radix (converted to decimal digits when they do not fit an `i64`).

use super::Tok;

fn hex_val(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Reads exactly `n` hex digits at `b[i..]`.
fn hex_n(b: &[u8], i: usize, n: usize) -> Option<u32> {
    let mut v: u32 = 0;
    for k in 0..n {
        let d = hex_val(*b.get(i + k)?)?;
        v = v.checked_mul(16)?.checked_add(d)?;
    }
    Some(v)
}

/// The error for `\N{name}`: decoding it would need the whole Unicode name table (MicroPython's
/// lexer refuses it with NotImplementedError and this message).
pub(crate) const UNICODE_NAME_ESCAPES: &str = "unicode name escapes";

/// Decodes the escapes of a (non-raw) `str` literal body into `out`. Unknown escapes are kept
/// as written, backslash included, as Python does.
pub(crate) fn unescape_str(s: &str, out: &mut String) -> Result<(), &'static str> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut run = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(s.get(run..i).unwrap_or(""));
        let Some(&c) = b.get(i + 1) else {
            out.push('\\');
            i += 1;
            run = i;
            break;
        };
        i += 2;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let n = match c {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let Some(v) = hex_n(b, i, n) else {
                    return Err(match c {
                        b'x' => "invalid \\x escape",
                        _ => "invalid \\u escape",
                    });
                };
                i += n;
                if v > 0x10ffff {
                    return Err("invalid \\U escape");
                }
                // Lone surrogates cannot live in a Rust string; MicroPython cannot hold them either.
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'N' => return Err(UNICODE_NAME_ESCAPES),
            _ => {
                out.push('\\');
                i -= 1;
            }
        }
        run = i;
    }
    out.push_str(s.get(run..).unwrap_or(""));
    Ok(())
}

/// Decodes a `bytes` literal body; only ASCII characters may appear unescaped.
pub(crate) fn unescape_bytes(s: &str, raw: bool) -> Result<Vec<u8>, &'static str> {
    let b = s.as_bytes();
    if !b.is_ascii() {
        return Err("bytes can only contain ASCII literal characters");
    }
    if raw || !b.contains(&b'\\') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&c) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let Some(v) = hex_n(b, i, 2) else {
                    return Err("invalid \\x escape");
                };
                i += 2;
                out.push(v as u8);
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// An integer literal's digits (underscores allowed, already validated) in `radix`: an `Int` if
/// it fits an `i64`, else a `BigInt` holding its decimal digits.
pub(super) fn int_from_digits(text: &str, radix: u32) -> Tok<'static> {
    let mut v: i64 = 0;
    let mut fits = true;
    for c in text.bytes() {
        let Some(d) = (c as char).to_digit(radix) else {
            continue;
        };
        match v.checked_mul(i64::from(radix)).and_then(|x| x.checked_add(i64::from(d))) {
            Some(x) => v = x,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return Tok::Int(v);
    }
    if radix == 10 {
        let digits: String = text.chars().filter(|&c| c != '_').collect();
        let trimmed = digits.trim_start_matches('0');
        return Tok::BigInt(trimmed.to_owned());
    }
    // Base 1e9 limbs, least significant first.
    const BASE: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = vec![0];
    // Digits are taken in chunks whose value fits in 28 bits, so each pass over the limbs
    // multiplies by at most 2^28 (limb * mul + carry stays far below 2^64).
    let per_chunk = match radix {
        2 => 28,
        8 => 9,
        _ => 7,
    };
    let digits: Vec<u32> = text.chars().filter_map(|c| c.to_digit(radix)).collect();
    for chunk in digits.chunks(per_chunk) {
        let mut mul: u64 = 1;
        let mut carry: u64 = 0;
        for &d in chunk {
            mul *= u64::from(radix);
            carry = carry * u64::from(radix) + u64::from(d);
        }
        for limb in limbs.iter_mut() {
            let x = *limb * mul + carry;
            *limb = x % BASE;
            carry = x / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let mut s = String::new();
    for (k, limb) in limbs.iter().rev().enumerate() {
        if k == 0 {
            s.push_str(&limb.to_string());
        } else {
            s.push_str(&format!("{limb:09}"));
        }
    }
    Tok::BigInt(s)
}
