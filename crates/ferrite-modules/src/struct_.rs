//! `struct` (docs: library/struct.html): packing Python values into bytes and back.
//!
//! The file is `struct_.rs` because `struct` is a Rust keyword; the module is `struct`.
//! Byte orders `@` (native size and alignment; this host's are those of 64-bit Linux, like
//! CPython's and MicroPython's unix port), `=`, `<`, `>`, `!`; types b B h H i I l L q Q e f d
//! s P x ?, each with an optional repeat count. Divergences, as MicroPython: errors are
//! ValueError or TypeError (there is no `struct.error`); integers out of range for their field
//! are truncated to its size instead of raising; `unpack` accepts a buffer longer than the
//! format needs. Beyond MicroPython: `x`, `?`, `=` and whitespace in formats, as in CPython.

use dashu_int::IBig;
use ferrite_vm::builtins::check_args;
use ferrite_vm::object::Object;
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::add_functions;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "struct", init };

/// One field of a format: its type character, repeat count and byte layout.
#[derive(Clone, Copy)]
struct Field {
    code: u8,
    count: usize,
    size: usize,
    /// Bytes of padding before the field (native alignment only).
    pad: usize,
}

struct Format {
    little: bool,
    fields: Vec<Field>,
    size: usize,
}

impl Format {
    /// How many Python values the format packs or unpacks.
    fn values(&self) -> usize {
        self.fields
            .iter()
            .map(|f| if matches!(f.code, b's' | b'x') { usize::from(f.code == b's') } else { f.count })
            .sum()
    }
}

/// Size of a type: (standard size, native size).
fn type_size(code: u8) -> Option<(usize, usize)> {
    Some(match code {
        b'b' | b'B' | b'x' | b's' | b'?' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' => (4, 8),
        b'q' | b'Q' | b'd' => (8, 8),
        b'P' => (8, 8),
        _ => return None,
    })
}

fn bad_typecode(vm: &mut Vm) -> ferrite_vm::PyErr {
    vm.value_error("bad typecode")
}

fn parse_format(vm: &mut Vm, fmt: Value) -> PyResult<Format> {
    let text: Vec<u8> = match vm.str_ref(fmt) {
        Some(s) => s.as_bytes().to_vec(),
        None => match vm.bytes_like(fmt) {
            Some(b) => b,
            None => {
                let tn = vm.type_name(fmt);
                return Err(vm.type_error(format!("can't convert '{tn}' object to str implicitly")));
            }
        },
    };
    let mut chars = text.as_slice();
    let (native, little) = match chars.first() {
        Some(b'@') => (true, cfg!(target_endian = "little")),
        Some(b'=') => (false, cfg!(target_endian = "little")),
        Some(b'<') => (false, true),
        Some(b'>') | Some(b'!') => (false, false),
        _ => (true, cfg!(target_endian = "little")),
    };
    if matches!(chars.first(), Some(b'@' | b'=' | b'<' | b'>' | b'!')) {
        chars = chars.get(1..).unwrap_or(&[]);
    }
    let mut fields = Vec::new();
    let mut offset = 0usize;
    let mut i = 0usize;
    while let Some(&c) = chars.get(i) {
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count: Option<usize> = None;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n = (c - b'0') as usize;
            loop {
                match chars.get(i) {
                    Some(&d) if d.is_ascii_digit() => {
                        n = n
                            .checked_mul(10)
                            .and_then(|n| n.checked_add((d - b'0') as usize))
                            .ok_or_else(|| vm.value_error("total struct size too long"))?;
                        i += 1;
                    }
                    Some(&d) => {
                        code = d;
                        i += 1;
                        break;
                    }
                    None => return Err(vm.value_error("repeat count given without format specifier")),
                }
            }
            count = Some(n);
        }
        let count = count.unwrap_or(1);
        let Some((std, nat)) = type_size(code) else { return Err(bad_typecode(vm)) };
        let size = if native { nat } else { std };
        let pad = if native && !matches!(code, b's' | b'x') && size > 1 { (size - offset % size) % size } else { 0 };
        let total = if matches!(code, b's') {
            count
        } else {
            size.checked_mul(count).ok_or_else(|| vm.value_error("total struct size too long"))?
        };
        offset = offset.checked_add(pad + total).ok_or_else(|| vm.value_error("total struct size too long"))?;
        fields.push(Field { code, count, size, pad });
    }
    Ok(Format { little, fields, size: offset })
}

fn calcsize(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "calcsize", args, 1, 1)?;
    let f = parse_format(vm, args[0])?;
    Ok(Value::Int(f.size as i64))
}

/// The low `size` bytes of an integer argument (two's complement, so out-of-range values wrap
/// as in MicroPython).
fn int_bytes(vm: &mut Vm, v: Value, size: usize, little: bool) -> PyResult<Vec<u8>> {
    let raw: u64 = match v {
        Value::Int(i) => i as u64,
        Value::Bool(b) => b as u64,
        _ => match vm.to_bigint(v) {
            Some(b) => {
                let mask = IBig::from(u64::MAX);
                u64::try_from(b & mask).unwrap_or(0)
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("can't convert {tn} to int")));
            }
        },
    };
    let bytes = raw.to_le_bytes();
    let mut out: Vec<u8> = bytes.get(..size).unwrap_or(&bytes).to_vec();
    if !little {
        out.reverse();
    }
    Ok(out)
}

/// IEEE 754 half precision from f64, rounding to nearest even.
fn f64_to_half(x: f64) -> u16 {
    let f = x as f32;
    let bits = f.to_bits();
    let sign = ((bits >> 16) & 0x8000) as u16;
    let exp = ((bits >> 23) & 0xff) as i32;
    let mant = bits & 0x7f_ffff;
    if exp == 0xff {
        return sign | 0x7c00 | if mant != 0 { 0x200 } else { 0 };
    }
    // Work from the f64 for correct rounding of values between f32 and f16 precision.
    let a = x.abs();
    if a >= 65520.0 {
        return sign | 0x7c00;
    }
    if a < 6.103_515_625e-5 {
        // Subnormal: units of 2^-24.
        let m = (a * 16_777_216.0).round_ties_even();
        return sign | m as u16;
    }
    let e = a.log2().floor() as i32;
    let (e, scaled) = {
        let s = a / 2f64.powi(e);
        if s >= 2.0 {
            (e + 1, s / 2.0)
        } else if s < 1.0 {
            (e - 1, s * 2.0)
        } else {
            (e, s)
        }
    };
    let mut m = ((scaled - 1.0) * 1024.0).round_ties_even() as u32;
    let mut e = e + 15;
    if m == 1024 {
        m = 0;
        e += 1;
    }
    if e >= 31 {
        return sign | 0x7c00;
    }
    sign | ((e as u16) << 10) | m as u16
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let mant = (h & 0x3ff) as f64;
    sign * match exp {
        0 => mant * 2f64.powi(-24),
        31 => {
            if mant == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + mant / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        _ if vm.is_int(v) => vm.to_float(v),
        _ => Err(vm.type_error("required argument is not a float")),
    }
}

/// Packs `values` by `fmt` into `out` (which is exactly `fmt.size` bytes long).
fn pack_values(vm: &mut Vm, fmt: &Format, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    if values.len() != fmt.values() {
        return Err(vm.value_error(format!("pack expected {} items for packing (got {})", fmt.values(), values.len())));
    }
    let mut pos = 0usize;
    let mut vals = values.iter();
    for f in &fmt.fields {
        pos += f.pad;
        if f.code == b's' {
            let v = vals.next().copied().unwrap_or(Value::None);
            let data = match vm.bytes_like(v) {
                Some(b) => b,
                None => match vm.str_ref(v) {
                    Some(s) => s.as_bytes().to_vec(),
                    None => return Err(vm.type_error("argument for 's' must be a bytes object")),
                },
            };
            let n = data.len().min(f.count);
            if let (Some(dst), Some(src)) = (out.get_mut(pos..pos + n), data.get(..n)) {
                dst.copy_from_slice(src);
            }
            // The rest of the field stays zero.
            pos += f.count;
            continue;
        }
        for _ in 0..f.count {
            let bytes: Vec<u8> = match f.code {
                b'x' => vec![0],
                b'?' => {
                    let v = vals.next().copied().unwrap_or(Value::None);
                    vec![vm.truthy(v)? as u8]
                }
                b'e' => {
                    let v = vals.next().copied().unwrap_or(Value::None);
                    let h = f64_to_half(float_arg(vm, v)?);
                    if fmt.little {
                        h.to_le_bytes().to_vec()
                    } else {
                        h.to_be_bytes().to_vec()
                    }
                }
                b'f' => {
                    let v = vals.next().copied().unwrap_or(Value::None);
                    let x = float_arg(vm, v)? as f32;
                    if fmt.little {
                        x.to_le_bytes().to_vec()
                    } else {
                        x.to_be_bytes().to_vec()
                    }
                }
                b'd' => {
                    let v = vals.next().copied().unwrap_or(Value::None);
                    let x = float_arg(vm, v)?;
                    if fmt.little {
                        x.to_le_bytes().to_vec()
                    } else {
                        x.to_be_bytes().to_vec()
                    }
                }
                _ => {
                    let v = vals.next().copied().unwrap_or(Value::None);
                    int_bytes(vm, v, f.size, fmt.little)?
                }
            };
            if let Some(dst) = out.get_mut(pos..pos + bytes.len()) {
                dst.copy_from_slice(&bytes);
            }
            pos += bytes.len();
        }
    }
    Ok(())
}

fn unpack_values(vm: &mut Vm, fmt: &Format, data: &[u8]) -> PyResult<Value> {
    if data.len() < fmt.size {
        return Err(vm.value_error("buffer too small"));
    }
    let mut out = Vec::with_capacity(fmt.values());
    let mut pos = 0usize;
    for f in &fmt.fields {
        pos += f.pad;
        if f.code == b's' {
            let b = data.get(pos..pos + f.count).unwrap_or(&[]).to_vec();
            out.push(vm.new_bytes(b)?);
            pos += f.count;
            continue;
        }
        for _ in 0..f.count {
            let raw = data.get(pos..pos + f.size).unwrap_or(&[]);
            pos += f.size;
            let mut le = [0u8; 8];
            for (k, b) in raw.iter().enumerate() {
                let idx = if fmt.little { k } else { raw.len() - 1 - k };
                if let Some(slot) = le.get_mut(idx) {
                    *slot = *b;
                }
            }
            let u = u64::from_le_bytes(le);
            let v = match f.code {
                b'x' => continue,
                b'?' => Value::Bool(u != 0),
                b'e' => Value::Float(half_to_f64(u as u16)),
                b'f' => Value::Float(f32::from_bits(u as u32) as f64),
                b'd' => Value::Float(f64::from_bits(u)),
                b'b' | b'h' | b'i' | b'l' | b'q' => {
                    let shift = 64 - 8 * f.size as u32;
                    Value::Int(((u << shift) as i64) >> shift)
                }
                _ => match i64::try_from(u) {
                    Ok(i) => Value::Int(i),
                    Err(_) => vm.new_bigint(IBig::from(u))?,
                },
            };
            out.push(v);
        }
    }
    vm.new_tuple(out)
}

fn pack(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "pack", args, 1, usize::MAX)?;
    let fmt = parse_format(vm, args[0])?;
    if !vm.heap.can_fit(fmt.size) {
        return Err(vm.memory_error());
    }
    let mut out = vec![0u8; fmt.size];
    pack_values(vm, &fmt, args.get(1..).unwrap_or(&[]), &mut out)?;
    vm.new_bytes(out)
}

/// An offset that may count from the end of a buffer of `len` bytes; the field of `size` bytes
/// must fit.
fn resolve_offset(vm: &mut Vm, offset: Value, len: usize, size: usize) -> PyResult<usize> {
    let o = vm.index_value(offset, "offset")?;
    let o = if o < 0 { o.saturating_add(len as i64) } else { o };
    match usize::try_from(o) {
        Ok(o) if o.checked_add(size).is_some_and(|end| end <= len) => Ok(o),
        _ => Err(vm.value_error("buffer too small")),
    }
}

fn pack_into(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "pack_into", args, 3, usize::MAX)?;
    let fmt = parse_format(vm, args[0])?;
    let buf = args[1];
    let len = match buf.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::ByteArray(b)) => b.len(),
        Some(Object::MemoryView { readonly: false, len, .. }) => *len,
        _ => return Err(vm.type_error("object with buffer protocol required")),
    };
    let off = resolve_offset(vm, args[2], len, fmt.size)?;
    if !vm.heap.can_fit(fmt.size) {
        return Err(vm.memory_error());
    }
    let mut out = vec![0u8; fmt.size];
    pack_values(vm, &fmt, args.get(3..).unwrap_or(&[]), &mut out)?;
    // Write through to the bytearray (directly, or the one under a memoryview).
    let (target, start) = match buf.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::MemoryView { base, start, .. }) => (*base, *start + off),
        _ => (buf, off),
    };
    if let Some(Object::ByteArray(b)) = target.as_obj().map(|r| vm.heap.get_mut(r)) {
        if let Some(dst) = b.get_mut(start..start + out.len()) {
            dst.copy_from_slice(&out);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("buffer too small"))
}

fn unpack(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "unpack", args, 2, 2)?;
    let fmt = parse_format(vm, args[0])?;
    let Some(data) = vm.bytes_like(args[1]) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    unpack_values(vm, &fmt, &data)
}

fn unpack_from(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "unpack_from", args, 2, 3)?;
    ferrite_vm::builtins::check_kwargs(vm, kw, &["offset"])?;
    let fmt = parse_format(vm, args[0])?;
    let Some(data) = vm.bytes_like(args[1]) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let offset =
        args.get(2).copied().or_else(|| ferrite_vm::builtins::kwarg(vm, kw, "offset")).unwrap_or(Value::Int(0));
    let off = resolve_offset(vm, offset, data.len(), fmt.size)?;
    unpack_values(vm, &fmt, data.get(off..).unwrap_or(&[]))
}

native!(CALCSIZE, "calcsize", calcsize);
native!(PACK, "pack", pack);
native!(PACK_INTO, "pack_into", pack_into);
native!(UNPACK, "unpack", unpack);
native!(UNPACK_FROM, "unpack_from", unpack_from);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&CALCSIZE, &PACK, &PACK_INTO, &UNPACK, &UNPACK_FROM])
}

#[cfg(test)]
mod tests {
    use super::{f64_to_half, half_to_f64};

    #[test]
    fn half_floats_round_trip() {
        for (x, bits) in
            [(1.0, 0x3c00u16), (-2.0, 0xc000), (65504.0, 0x7bff), (0.5, 0x3800), (5.960_464_477_539_063e-8, 1)]
        {
            assert_eq!(f64_to_half(x), bits);
            assert_eq!(half_to_f64(bits), x);
        }
        assert_eq!(f64_to_half(1e6), 0x7c00);
        assert!(half_to_f64(0x7e00).is_nan());
    }
}
