//! `bytes`, `bytearray` and `memoryview` methods (docs: library/builtins.html#bytes,
//! library/stdtypes.html#bytes-and-bytearray-operations), and the text codecs behind
//! `str.encode` / `bytes.decode` (utf-8, ascii, latin-1).
//!
//! bytes and bytearray share one set of functions: a method called on a bytearray returns
//! bytearrays where CPython does. Character classes and case mapping are ASCII only, as in CPython.
//! Divergence: decoding and encoding errors raise `UnicodeError` (MicroPython has no
//! `UnicodeDecodeError`/`UnicodeEncodeError`); the messages are CPython's.

use crate::builtins::{check_args, kwarg};
use crate::error::{ExcKind, PyResult};
use crate::intern::Name;
use crate::native;
use crate::object::Object;
use crate::types::add_methods;
use crate::value::Value;
use crate::vm::Vm;

// ---- codecs

/// The canonical name of a supported encoding (`UTF_8` -> `utf-8`), or None.
fn codec_name(encoding: &str) -> Option<&'static str> {
    let e = encoding.to_ascii_lowercase().replace('_', "-");
    Some(match e.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => "utf-8",
        "ascii" | "us-ascii" | "646" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "cp819" => "latin-1",
        _ => return None,
    })
}

fn unknown_encoding(vm: &mut Vm, encoding: &str) -> crate::error::PyErr {
    vm.new_exception(ExcKind::LookupError, &format!("unknown encoding: {encoding}"))
}

/// `bytes.decode(encoding, errors)`; `errors` is strict, ignore, replace or backslashreplace
/// (anything else acts as strict).
pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = codec_name(encoding) else { return Err(unknown_encoding(vm, encoding)) };
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut pos = 0usize;
    while !rest.is_empty() {
        // The longest valid prefix, then the bad bytes (count) and why.
        let (good, bad, reason): (&str, usize, &str) = match codec {
            "latin-1" => {
                out.extend(rest.iter().map(|&c| c as char));
                break;
            }
            "ascii" => {
                let n = rest.iter().position(|c| !c.is_ascii()).unwrap_or(rest.len());
                let bad = usize::from(n < rest.len());
                (std::str::from_utf8(rest.get(..n).unwrap_or(&[])).unwrap_or(""), bad, "ordinal not in range(128)")
            }
            _ => match std::str::from_utf8(rest) {
                Ok(s) => (s, 0, ""),
                Err(e) => {
                    let n = e.valid_up_to();
                    let good = std::str::from_utf8(rest.get(..n).unwrap_or(&[])).unwrap_or("");
                    match e.error_len() {
                        Some(k) => {
                            let first = rest.get(n).copied().unwrap_or(0);
                            let why = if (0x80..0xc2).contains(&first) || first > 0xf4 {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            (good, k, why)
                        }
                        None => (good, rest.len() - n, "unexpected end of data"),
                    }
                }
            },
        };
        out.push_str(good);
        let at = good.len();
        pos += at;
        if bad == 0 {
            if at == rest.len() {
                break;
            }
            continue;
        }
        let bad_bytes = rest.get(at..at + bad).unwrap_or(&[]);
        match errors {
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for c in bad_bytes {
                    out.push_str(&format!("\\x{c:02x}"));
                }
            }
            _ => {
                let byte = bad_bytes.first().copied().unwrap_or(0);
                let msg = if bad > 1 {
                    format!("'{codec}' codec can't decode bytes in position {pos}-{}: {reason}", pos + bad - 1)
                } else {
                    format!("'{codec}' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}")
                };
                return Err(vm.new_exception(ExcKind::UnicodeError, &msg));
            }
        }
        pos += bad;
        rest = rest.get(at + bad..).unwrap_or(&[]);
    }
    Ok(out)
}

/// `str.encode(encoding, errors)`; `errors` is strict, ignore, replace, backslashreplace or
/// xmlcharrefreplace (anything else acts as strict).
pub fn encode_str(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = codec_name(encoding) else { return Err(unknown_encoding(vm, encoding)) };
    let limit: u32 = match codec {
        "utf-8" => return Ok(s.as_bytes().to_vec()),
        "ascii" => 0x80,
        _ => 0x100,
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let esc = match n {
                    0..=0xff => format!("\\x{n:02x}"),
                    0x100..=0xffff => format!("\\u{n:04x}"),
                    _ => format!("\\U{n:08x}"),
                };
                out.extend_from_slice(esc.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{n};").as_bytes()),
            _ => {
                let shown = crate::format::ascii_escape(&c.to_string());
                let msg = format!(
                    "'{codec}' codec can't encode character '{shown}' in position {i}: ordinal not in range({limit})"
                );
                return Err(vm.new_exception(ExcKind::UnicodeError, &msg));
            }
        }
    }
    Ok(out)
}

/// The `encoding` and `errors` arguments at positions `at` and `at + 1` (or keywords).
pub fn codec_args(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)], at: usize) -> PyResult<(String, String)> {
    let get = |vm: &mut Vm, i: usize, name: &str, default: &str| -> PyResult<String> {
        match args.get(i).copied().or_else(|| kwarg(vm, kw, name)) {
            Some(v) => crate::types::str::arg_str(vm, v),
            None => Ok(default.to_string()),
        }
    };
    let enc = get(vm, at, "encoding", "utf-8")?;
    let err = get(vm, at + 1, "errors", "strict")?;
    Ok((enc, err))
}

/// Refuses a constructor call (`str`, `bytes`, `bytearray`, class first in `args`) given more
/// than the object, an encoding and an error mode, rather than ignoring the extra arguments.
pub fn check_codec_arity(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if given > 3 {
        return Err(vm.type_error(format!("{name}() takes at most 3 arguments ({given} given)")));
    }
    Ok(())
}

// ---- construction

/// The byte content for `bytes(x)` / `bytearray(x)`.
fn bytes_from(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Vec<u8>> {
    let Some(&x) = args.get(1) else { return Ok(Vec::new()) };
    if let Some(s) = vm.str_ref(x) {
        let s = s.to_string();
        if args.len() < 3 && kwarg(vm, kw, "encoding").is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let (enc, err) = codec_args(vm, args, kw, 2)?;
        return encode_str(vm, &s, &enc, &err);
    }
    if let Value::Int(n) = x {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if !vm.heap.can_fit(n as usize) {
            return Err(vm.memory_error());
        }
        return Ok(vec![0; n as usize]);
    }
    if let Some(b) = vm.bytes_like(x) {
        return Ok(b);
    }
    let items = vm.iterate_to_vec(x)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push(vm.byte_value(it)?);
    }
    Ok(out)
}

/// `bytes(x)`; for a subclass, an instance of it carrying those bytes (`subclass.rs`).
fn bytes_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_codec_arity(vm, "bytes", args)?;
    let b = bytes_from(vm, args, kw)?;
    let b = vm.new_bytes(b)?;
    vm.new_for_class(args, vm.types.bytes, b)
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_codec_arity(vm, "bytearray", args)?;
    let b = bytes_from(vm, args, kw)?;
    let b = vm.alloc(Object::ByteArray(b))?;
    vm.new_for_class(args, vm.types.bytearray, b)
}

// ---- helpers

/// The receiver's bytes and whether it is a bytearray.
fn recv(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Vec<u8>, bool)> {
    let v = args.first().copied().unwrap_or(Value::None);
    let base = vm.builtin_base(v);
    match base.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Bytes(b)) => Ok((b.clone(), false)),
        Some(Object::ByteArray(b)) => Ok((b.clone(), true)),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytes' object"))),
    }
}

/// A result of the receiver's kind.
fn make(vm: &mut Vm, bytearray: bool, b: Vec<u8>) -> PyResult<Value> {
    if bytearray {
        vm.alloc(Object::ByteArray(b))
    } else {
        vm.new_bytes(b)
    }
}

/// The receiver itself when it is an exact bytes (immutable, so shareable), else a copy.
fn unchanged(vm: &mut Vm, args: &[Value], bytearray: bool, b: Vec<u8>) -> PyResult<Value> {
    match args.first() {
        Some(&v) if !bytearray && matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Bytes(_))) => Ok(v),
        _ => make(vm, bytearray, b),
    }
}

/// A bytes-like argument (TypeError otherwise, worded as CPython's).
fn arg_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// A search argument: bytes-like, or an int naming one byte.
fn arg_needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if matches!(v, Value::Int(_) | Value::Bool(_)) {
        return Ok(vec![vm.byte_value(v)?]);
    }
    if vm.bytes_like(v).is_none() {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{tn}'")));
    }
    arg_bytes(vm, v)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Non-overlapping occurrences, left to right, as start offsets.
fn occurrences(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut i = 0;
    while let Some(j) = hay.get(i..).and_then(|h| find_sub(h, needle)) {
        out.push(i + j);
        i += j + needle.len();
    }
    out
}

/// The optional start and end arguments at `args[at]`, `args[at + 1]`, clamped like a slice.
fn range_args(vm: &mut Vm, args: &[Value], at: usize, n: usize) -> PyResult<(usize, usize)> {
    let n = n as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    // A start past the end stays past it, so an empty needle is not found there.
    let start = match args.get(at) {
        Some(v) if !v.is_none() => {
            let i = vm.index_value(*v, "start")?;
            if i > n {
                n as usize + 1
            } else {
                norm(i)
            }
        }
        _ => 0,
    };
    let end = match args.get(at + 1) {
        Some(v) if !v.is_none() => norm(vm.index_value(*v, "end")?),
        _ => n as usize,
    };
    Ok((start, end))
}

fn new_list_of(vm: &mut Vm, bytearray: bool, parts: Vec<Vec<u8>>) -> PyResult<Value> {
    let mut out = Vec::with_capacity(parts.len());
    for p in parts {
        out.push(make(vm, bytearray, p)?);
    }
    vm.new_list(out)
}

fn check_size(vm: &mut Vm, n: usize) -> PyResult<()> {
    if n > vm.heap.limit || !vm.heap.can_fit(n) {
        return Err(vm.memory_error());
    }
    Ok(())
}

// ---- methods shared by bytes and bytearray

fn decode(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "decode", args, 1, 3)?;
    let (b, _) = recv(vm, args, "decode")?;
    let (enc, err) = codec_args(vm, args, kw, 1)?;
    let s = decode_bytes(vm, &b, &enc, &err)?;
    vm.new_string(s)
}

/// Lowercase hex digits, with `sep` every `per` bytes (counted from the right when `per` > 0).
fn hex_string(b: &[u8], sep: Option<char>, per: i64) -> String {
    let mut out = String::with_capacity(b.len() * 3);
    let n = per.unsigned_abs().max(1) as usize;
    for (i, c) in b.iter().enumerate() {
        if let Some(s) = sep.filter(|_| per != 0) {
            let boundary = if per > 0 { (b.len() - i).is_multiple_of(n) } else { i.is_multiple_of(n) };
            if i > 0 && boundary {
                out.push(s);
            }
        }
        out.push_str(&format!("{c:02x}"));
    }
    out
}

/// `hex([sep[, bytes_per_sep]])` for bytes, bytearray and memoryview.
pub(crate) fn hex_impl(vm: &mut Vm, b: &[u8], args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "hex", args, 1, 3)?;
    let sep = match args.get(1).copied().or_else(|| kwarg(vm, kw, "sep")) {
        None => None,
        Some(v) => {
            let text = match vm.str_ref(v) {
                Some(s) => s.to_string(),
                None => arg_bytes(vm, v)?.iter().map(|&c| c as char).collect(),
            };
            let mut it = text.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(vm.value_error("sep must be ASCII.")),
                _ => return Err(vm.value_error("sep must be length 1.")),
            }
        }
    };
    let per = match args.get(2).copied().or_else(|| kwarg(vm, kw, "bytes_per_sep")) {
        Some(v) => vm.index_value(v, "bytes_per_sep")?,
        None => 1,
    };
    let s = hex_string(b, sep, per);
    vm.new_string(s)
}

fn hex(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let (b, _) = recv(vm, args, "hex")?;
    hex_impl(vm, &b, args, kw)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (class methods): pairs of hex digits, with
/// whitespace allowed between pairs.
fn fromhex(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "fromhex", args, 2, 2)?;
    let s = crate::types::str::arg_str(vm, args[1])?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars.get(i).copied().unwrap_or(' ');
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = c.to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let at = if hi.is_none() { i } else { i + 1 };
                return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {at}")));
            }
        }
        i += 2;
    }
    let is_bytearray = match args[0].as_obj() {
        Some(c) => vm.is_subclass(c, vm.types.bytearray),
        None => false,
    };
    let v = make(vm, is_bytearray, out)?;
    // A subclass (`class B(bytes)`) gets an instance of itself, as CPython does.
    match args[0].as_obj() {
        Some(c) if c != vm.types.bytes && c != vm.types.bytearray => vm.call(args[0], &[v]),
        _ => Ok(v),
    }
}

fn find_impl(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<Option<usize>> {
    check_args(vm, "find", args, 2, 4)?;
    let (b, _) = recv(vm, args, "find")?;
    let needle = arg_needle(vm, args[1])?;
    let (start, end) = range_args(vm, args, 2, b.len())?;
    if start > end || end - start < needle.len() {
        return Ok(None);
    }
    let hay = b.get(start..end).unwrap_or(&[]);
    let found = if right { rfind_sub(hay, &needle) } else { find_sub(hay, &needle) };
    Ok(found.map(|i| i + start))
}

fn find(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, false)?.map_or(-1, |i| i as i64)))
}
fn rfind(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, true)?.map_or(-1, |i| i as i64)))
}
fn index(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}
fn rindex(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "count", args, 2, 4)?;
    let (b, _) = recv(vm, args, "count")?;
    let needle = arg_needle(vm, args[1])?;
    let (start, end) = range_args(vm, args, 2, b.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay = b.get(start..end).unwrap_or(&[]);
    if needle.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    Ok(Value::Int(occurrences(hay, &needle).len() as i64))
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)], right: bool) -> PyResult<Value> {
    check_args(vm, "split", args, 1, 3)?;
    let (b, ba) = recv(vm, args, "split")?;
    let sep = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep")).unwrap_or(Value::None);
    let maxsplit = args.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit")).unwrap_or(Value::Int(-1));
    let maxsplit = vm.index_value(maxsplit, "maxsplit")?;
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    if sep.is_none() {
        // Runs of whitespace separate; leading and trailing whitespace gives no empty parts.
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b.get(i).is_some_and(|&c| is_space(c)) {
                i += 1;
                continue;
            }
            let s = i;
            while i < b.len() && !b.get(i).is_some_and(|&c| is_space(c)) {
                i += 1;
            }
            words.push((s, i));
        }
        if words.len() > limit {
            if right {
                let cut = words.len() - limit;
                let first_end = words.get(cut - 1).map_or(0, |w| w.1);
                // The unsplit remainder keeps its outer whitespace on the far side.
                parts.push(b.get(..first_end).unwrap_or(&[]).to_vec());
                for &(s, e) in words.get(cut..).unwrap_or(&[]) {
                    parts.push(b.get(s..e).unwrap_or(&[]).to_vec());
                }
            } else {
                for &(s, e) in words.get(..limit).unwrap_or(&[]) {
                    parts.push(b.get(s..e).unwrap_or(&[]).to_vec());
                }
                let rest_start = words.get(limit).map_or(b.len(), |w| w.0);
                parts.push(b.get(rest_start..).unwrap_or(&[]).to_vec());
            }
        } else {
            for (s, e) in words {
                parts.push(b.get(s..e).unwrap_or(&[]).to_vec());
            }
        }
    } else {
        let sep = arg_bytes(vm, sep)?;
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        let mut cuts = occurrences(&b, &sep);
        if right {
            // Right-to-left matching can differ for overlapping separators ("aaa".rsplit("aa")).
            cuts.clear();
            let mut end = b.len();
            while let Some(i) = b.get(..end).and_then(|h| rfind_sub(h, &sep)) {
                cuts.push(i);
                if i < sep.len() {
                    break;
                }
                end = i;
            }
            cuts.truncate(limit);
            cuts.reverse();
        } else {
            cuts.truncate(limit);
        }
        let mut start = 0;
        for c in cuts {
            parts.push(b.get(start..c).unwrap_or(&[]).to_vec());
            start = c + sep.len();
        }
        parts.push(b.get(start..).unwrap_or(&[]).to_vec());
    }
    new_list_of(vm, ba, parts)
}

fn split(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}
fn rsplit(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

fn strip_impl(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    check_args(vm, "strip", args, 1, 2)?;
    let (b, ba) = recv(vm, args, "strip")?;
    let set: Option<Vec<u8>> = match args.get(1) {
        Some(v) if !v.is_none() => Some(arg_bytes(vm, *v)?),
        _ => None,
    };
    let strip_it = |c: u8| match &set {
        Some(s) => s.contains(&c),
        None => is_space(c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && b.get(s).is_some_and(|&c| strip_it(c)) {
            s += 1;
        }
    }
    if right {
        while e > s && b.get(e - 1).is_some_and(|&c| strip_it(c)) {
            e -= 1;
        }
    }
    if s == 0 && e == b.len() {
        return unchanged(vm, args, ba, b);
    }
    make(vm, ba, b.get(s..e).unwrap_or(&[]).to_vec())
}

fn strip(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}
fn lstrip(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}
fn rstrip(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

fn replace(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "replace", args, 3, 4)?;
    let (b, ba) = recv(vm, args, "replace")?;
    let old = arg_bytes(vm, args[1])?;
    let new = arg_bytes(vm, args[2])?;
    let count = match args.get(3) {
        Some(c) => vm.index_value(*c, "count")?,
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // The new bytes go before every byte and at the end.
        let slots = b.len().saturating_add(1).min(limit);
        check_size(vm, b.len().saturating_add(slots.saturating_mul(new.len())))?;
        for i in 0..=b.len() {
            if i < slots {
                out.extend_from_slice(&new);
            }
            if let Some(&c) = b.get(i) {
                out.push(c);
            }
        }
    } else {
        let mut cuts = occurrences(&b, &old);
        cuts.truncate(limit);
        check_size(vm, b.len().saturating_add(cuts.len().saturating_mul(new.len())))?;
        let mut start = 0;
        for c in cuts {
            out.extend_from_slice(b.get(start..c).unwrap_or(&[]));
            out.extend_from_slice(&new);
            start = c + old.len();
        }
        out.extend_from_slice(b.get(start..).unwrap_or(&[]));
    }
    make(vm, ba, out)
}

fn starts_ends(vm: &mut Vm, args: &[Value], ends: bool) -> PyResult<Value> {
    let name = if ends { "endswith" } else { "startswith" };
    check_args(vm, name, args, 2, 4)?;
    let (b, _) = recv(vm, args, name)?;
    let (start, end) = range_args(vm, args, 2, b.len())?;
    let candidates: Vec<Value> = match args[1].as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![args[1]],
    };
    let sub = if start <= end { b.get(start..end).unwrap_or(&[]) } else { &[] };
    for p in candidates {
        if vm.bytes_like(p).is_none() {
            let tn = vm.type_name(p);
            return Err(vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")));
        }
        let p = arg_bytes(vm, p)?;
        let hit = if ends { sub.ends_with(&p) } else { sub.starts_with(&p) };
        if hit && start <= end {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    starts_ends(vm, args, false)
}
fn endswith(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    starts_ends(vm, args, true)
}

fn join(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "join", args, 2, 2)?;
    let (sep, ba) = recv(vm, args, "join")?;
    let items = vm.iterate_to_vec(args[1])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match vm.bytes_like(*item) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                let tn = vm.type_name(*item);
                return Err(vm.type_error(format!("sequence item {i}: expected a bytes-like object, {tn} found")));
            }
        }
    }
    make(vm, ba, out)
}

fn partition_impl(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    check_args(vm, name, args, 2, 2)?;
    let (b, ba) = recv(vm, args, name)?;
    let sep = arg_bytes(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { rfind_sub(&b, &sep) } else { find_sub(&b, &sep) };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [b.get(..i).unwrap_or(&[]), &sep, b.get(i + sep.len()..).unwrap_or(&[])],
        None if right => [&[], &[], &b],
        None => [&b, &[], &[]],
    };
    let mut items = Vec::with_capacity(3);
    for p in parts {
        items.push(make(vm, ba, p.to_vec())?);
    }
    vm.new_tuple(items)
}

fn partition(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn rpartition(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn map_bytes(vm: &mut Vm, args: &[Value], name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let (b, ba) = recv(vm, args, name)?;
    make(vm, ba, f(&b))
}

fn upper(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |b| b.to_ascii_uppercase())
}
fn lower(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |b| b.to_ascii_lowercase())
}
fn swapcase(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |b| {
        b.iter()
            .map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
            .collect()
    })
}
fn capitalize(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect()
    })
}
fn title(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    map_bytes(vm, args, "title", |b| {
        let mut prev = false;
        b.iter()
            .map(|&c| {
                let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn test_bytes(vm: &mut Vm, args: &[Value], name: &str, f: fn(u8) -> bool) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let (b, _) = recv(vm, args, name)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(|&c| f(c))))
}

fn isdigit(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, "isdigit", |c| c.is_ascii_digit())
}
fn isalpha(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, "isalpha", |c| c.is_ascii_alphabetic())
}
fn isalnum(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, "isalnum", |c| c.is_ascii_alphanumeric())
}
fn isspace(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, "isspace", is_space)
}

fn isascii(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "isascii", args, 1, 1)?;
    let (b, _) = recv(vm, args, "isascii")?;
    Ok(Value::Bool(b.is_ascii()))
}

fn case_test(vm: &mut Vm, args: &[Value], upper: bool) -> PyResult<Value> {
    let name = if upper { "isupper" } else { "islower" };
    check_args(vm, name, args, 1, 1)?;
    let (b, _) = recv(vm, args, name)?;
    let any_cased = b.iter().any(|c| c.is_ascii_alphabetic());
    let wrong = b.iter().any(|c| if upper { c.is_ascii_lowercase() } else { c.is_ascii_uppercase() });
    Ok(Value::Bool(any_cased && !wrong))
}

fn isupper(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    case_test(vm, args, true)
}
fn islower(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    case_test(vm, args, false)
}

fn pad_impl(vm: &mut Vm, args: &[Value], name: &str, left_of: fn(usize, usize) -> usize) -> PyResult<Value> {
    check_args(vm, name, args, 2, 3)?;
    let (b, ba) = recv(vm, args, name)?;
    let width = vm.index_value(args[1], "width")?.max(0) as usize;
    let fill = match args.get(2) {
        Some(&f) => match vm.bytes_like(f) {
            Some(v) if v.len() == 1 => v.first().copied().unwrap_or(b' '),
            _ => {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {tn}")));
            }
        },
        None => b' ',
    };
    if b.len() >= width {
        return unchanged(vm, args, ba, b);
    }
    check_size(vm, width)?;
    let pad = width - b.len();
    let left = left_of(pad, width);
    let mut out = Vec::with_capacity(width);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(&b);
    out.extend(std::iter::repeat_n(fill, pad - left));
    make(vm, ba, out)
}

fn center(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    pad_impl(vm, args, "center", |pad, width| pad / 2 + (pad & width & 1))
}
fn ljust(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", |_, _| 0)
}
fn rjust(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", |pad, _| pad)
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "zfill", args, 2, 2)?;
    let (b, ba) = recv(vm, args, "zfill")?;
    let width = vm.index_value(args[1], "width")?.max(0) as usize;
    if b.len() >= width {
        return unchanged(vm, args, ba, b);
    }
    check_size(vm, width)?;
    let signed = matches!(b.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(width);
    if signed {
        out.extend_from_slice(b.get(..1).unwrap_or(&[]));
    }
    out.extend(std::iter::repeat_n(b'0', width - b.len()));
    out.extend_from_slice(b.get(usize::from(signed)..).unwrap_or(&[]));
    make(vm, ba, out)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "splitlines", args, 1, 2)?;
    let (b, ba) = recv(vm, args, "splitlines")?;
    let keep = match args.get(1).copied().or_else(|| kwarg(vm, kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let c = b.get(i).copied().unwrap_or(0);
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(b.get(start..if keep { end } else { i }).unwrap_or(&[]).to_vec());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        parts.push(b.get(start..).unwrap_or(&[]).to_vec());
    }
    new_list_of(vm, ba, parts)
}

fn remove_affix(vm: &mut Vm, args: &[Value], suffix: bool) -> PyResult<Value> {
    let name = if suffix { "removesuffix" } else { "removeprefix" };
    check_args(vm, name, args, 2, 2)?;
    let (b, ba) = recv(vm, args, name)?;
    let affix = arg_bytes(vm, args[1])?;
    let rest = if suffix { b.strip_suffix(affix.as_slice()) } else { b.strip_prefix(affix.as_slice()) };
    match rest {
        Some(r) if !affix.is_empty() => make(vm, ba, r.to_vec()),
        _ => unchanged(vm, args, ba, b),
    }
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, false)
}
fn removesuffix(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, true)
}

/// `translate(table, delete=b'')`: `table` is None or 256 bytes.
fn translate(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "translate", args, 2, 3)?;
    let (b, ba) = recv(vm, args, "translate")?;
    let table = if args[1].is_none() {
        None
    } else {
        let t = arg_bytes(vm, args[1])?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match args.get(2).copied().or_else(|| kwarg(vm, kw, "delete")) {
        Some(d) => arg_bytes(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().and_then(|t| t.get(c as usize).copied()).unwrap_or(c))
        .collect();
    make(vm, ba, out)
}

/// `bytes.maketrans(from, to)` (a static method): the 256-byte table `translate` takes.
fn maketrans(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "maketrans", args, 2, 2)?;
    let from = arg_bytes(vm, args[0])?;
    let to = arg_bytes(vm, args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        if let Some(slot) = table.get_mut(*f as usize) {
            *slot = *t;
        }
    }
    vm.new_bytes(table)
}

/// `bytes % args` and `bytearray % args` (the result has the receiver's type).
fn bytes_mod(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__mod__", args, 2, 2)?;
    let (b, ba) = recv(vm, args, "__mod__")?;
    let fmt = vm.new_bytes(b)?;
    let mark = vm.roots_mark();
    vm.root(fmt);
    let r = crate::format_spec::percent_format_bytes(vm, fmt, args[1]);
    vm.truncate_roots(mark);
    let r = r?;
    if !ba {
        return Ok(r);
    }
    let out = vm.bytes_like(r).unwrap_or_default();
    make(vm, true, out)
}

// ---- bytearray mutation

/// Runs `f` on the bytearray receiver's buffer (None when the receiver is not a bytearray).
fn with_buf<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    let base = vm.builtin_base(v);
    match base.as_obj().map(|r| vm.heap.get_mut(r)) {
        Some(Object::ByteArray(b)) => Some(f(b)),
        _ => None,
    }
}

fn not_bytearray(vm: &mut Vm, name: &str) -> crate::error::PyErr {
    vm.type_error(format!("descriptor '{name}' requires a 'bytearray' object"))
}

fn append(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "append", args, 2, 2)?;
    let b = vm.byte_value(args[1])?;
    match with_buf(vm, args[0], |v| v.push(b)) {
        Some(()) => Ok(Value::None),
        None => Err(not_bytearray(vm, "append")),
    }
}

fn extend(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "extend", args, 2, 2)?;
    if vm.str_ref(args[1]).is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let extra = bytes_from(vm, &[Value::None, args[1]], kw)?;
    match with_buf(vm, args[0], |v| v.extend_from_slice(&extra)) {
        Some(()) => Ok(Value::None),
        None => Err(not_bytearray(vm, "extend")),
    }
}

fn pop(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "pop", args, 1, 2)?;
    let i = match args.get(1) {
        Some(&v) => vm.index_value(v, "index")?,
        None => -1,
    };
    let r = with_buf(vm, args[0], |v| {
        if v.is_empty() {
            return Err("pop from empty bytearray");
        }
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err("pop index out of range");
        }
        Ok(v.remove(j as usize))
    });
    match r {
        Some(Ok(b)) => Ok(Value::Int(b as i64)),
        Some(Err(msg)) => Err(vm.index_error(msg)),
        None => Err(not_bytearray(vm, "pop")),
    }
}

fn insert(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "insert", args, 3, 3)?;
    let i = vm.index_value(args[1], "index")?;
    let b = vm.byte_value(args[2])?;
    let r = with_buf(vm, args[0], |v| {
        let n = v.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(j as usize, b);
    });
    match r {
        Some(()) => Ok(Value::None),
        None => Err(not_bytearray(vm, "insert")),
    }
}

fn remove(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "remove", args, 2, 2)?;
    let b = vm.byte_value(args[1])?;
    let r = with_buf(vm, args[0], |v| match v.iter().position(|&c| c == b) {
        Some(i) => {
            v.remove(i);
            true
        }
        None => false,
    });
    match r {
        Some(true) => Ok(Value::None),
        Some(false) => Err(vm.value_error("value not found in bytearray")),
        None => Err(not_bytearray(vm, "remove")),
    }
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "reverse", args, 1, 1)?;
    match with_buf(vm, args[0], |v| v.reverse()) {
        Some(()) => Ok(Value::None),
        None => Err(not_bytearray(vm, "reverse")),
    }
}

fn clear(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "clear", args, 1, 1)?;
    match with_buf(vm, args[0], |v| v.clear()) {
        Some(()) => Ok(Value::None),
        None => Err(not_bytearray(vm, "clear")),
    }
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "copy", args, 1, 1)?;
    let (b, _) = recv(vm, args, "copy")?;
    vm.alloc(Object::ByteArray(b))
}

native!(BYTES_NEW, "__new__", bytes_new, kw);
native!(BYTEARRAY_NEW, "__new__", bytearray_new, kw);
native!(DECODE, "decode", decode, kw);
native!(HEX, "hex", hex, kw);
native!(FROMHEX, "fromhex", fromhex);
native!(FIND, "find", find);
native!(RFIND, "rfind", rfind);
native!(INDEX, "index", index);
native!(RINDEX, "rindex", rindex);
native!(COUNT, "count", count);
native!(SPLIT, "split", split, kw);
native!(RSPLIT, "rsplit", rsplit, kw);
native!(STRIP, "strip", strip);
native!(LSTRIP, "lstrip", lstrip);
native!(RSTRIP, "rstrip", rstrip);
native!(REPLACE, "replace", replace);
native!(STARTSWITH, "startswith", startswith);
native!(ENDSWITH, "endswith", endswith);
native!(JOIN, "join", join);
native!(PARTITION, "partition", partition);
native!(RPARTITION, "rpartition", rpartition);
native!(UPPER, "upper", upper);
native!(LOWER, "lower", lower);
native!(SWAPCASE, "swapcase", swapcase);
native!(CAPITALIZE, "capitalize", capitalize);
native!(TITLE, "title", title);
native!(ISDIGIT, "isdigit", isdigit);
native!(ISALPHA, "isalpha", isalpha);
native!(ISALNUM, "isalnum", isalnum);
native!(ISSPACE, "isspace", isspace);
native!(ISASCII, "isascii", isascii);
native!(ISUPPER, "isupper", isupper);
native!(ISLOWER, "islower", islower);
native!(CENTER, "center", center);
native!(LJUST, "ljust", ljust);
native!(RJUST, "rjust", rjust);
native!(ZFILL, "zfill", zfill);
native!(SPLITLINES, "splitlines", splitlines, kw);
native!(REMOVEPREFIX, "removeprefix", removeprefix);
native!(REMOVESUFFIX, "removesuffix", removesuffix);
native!(TRANSLATE, "translate", translate, kw);
native!(MAKETRANS, "maketrans", maketrans);
native!(BYTES_MOD, "__mod__", bytes_mod);
native!(APPEND, "append", append);
native!(EXTEND, "extend", extend, kw);
native!(POP, "pop", pop);
native!(INSERT, "insert", insert);
native!(REMOVE, "remove", remove);
native!(REVERSE, "reverse", reverse);
native!(CLEAR, "clear", clear);
native!(COPY, "copy", copy);

/// Methods of both bytes and bytearray.
static SHARED: &[&crate::native::NativeFunction] = &[
    &DECODE,
    &HEX,
    &FIND,
    &RFIND,
    &INDEX,
    &RINDEX,
    &COUNT,
    &SPLIT,
    &RSPLIT,
    &STRIP,
    &LSTRIP,
    &RSTRIP,
    &REPLACE,
    &STARTSWITH,
    &ENDSWITH,
    &JOIN,
    &PARTITION,
    &RPARTITION,
    &UPPER,
    &LOWER,
    &SWAPCASE,
    &CAPITALIZE,
    &TITLE,
    &ISDIGIT,
    &ISALPHA,
    &ISALNUM,
    &ISSPACE,
    &ISASCII,
    &ISUPPER,
    &ISLOWER,
    &CENTER,
    &LJUST,
    &RJUST,
    &ZFILL,
    &SPLITLINES,
    &REMOVEPREFIX,
    &REMOVESUFFIX,
    &TRANSLATE,
    &BYTES_MOD,
];

fn add_wrapped(vm: &mut Vm, class: crate::heap::ObjRef, f: &'static crate::native::NativeFunction, stat: bool) {
    if let Ok(fv) = vm.alloc(Object::Native(f)) {
        let wrapped = if stat { Object::StaticMethod(fv) } else { Object::ClassMethod(fv) };
        if let Ok(w) = vm.alloc(wrapped) {
            crate::types::set_class_attr(vm, class, f.name, w);
        }
    }
}

pub fn install(vm: &mut Vm) {
    let b = vm.types.bytes;
    add_methods(vm, b, &[&BYTES_NEW]);
    add_methods(vm, b, SHARED);
    let ba = vm.types.bytearray;
    add_methods(vm, ba, &[&BYTEARRAY_NEW, &APPEND, &EXTEND, &POP, &INSERT, &REMOVE, &REVERSE, &CLEAR, &COPY]);
    add_methods(vm, ba, SHARED);
    for class in [b, ba] {
        add_wrapped(vm, class, &FROMHEX, false);
        add_wrapped(vm, class, &MAKETRANS, true);
    }
}
