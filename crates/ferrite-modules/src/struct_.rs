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

/// A field as a parsed format stores it: 8 bytes, so that a typical format fits inline.
#[derive(Clone, Copy, Default)]
struct Packed {
    count: u32,
    code: u8,
    size: u8,
    pad: u8,
}

/// Formats are parsed on every call (as in MicroPython, there is no cache to keep), so a parsed
/// format must cost no allocation: up to this many fields are kept inline, and a `Format` is
/// filled in place rather than returned. (A first version returned 16 full-size fields inline,
/// 536 bytes, by value: copying them through `memcpy` just after they were written made
/// `bench/struct_pack.py` 6% slower than allocating.)
const INLINE_FIELDS: usize = 12;

struct Format {
    little: bool,
    size: usize,
    /// How many Python values the format packs or unpacks.
    values: usize,
    inline: [Packed; INLINE_FIELDS],
    len: usize,
    /// All the fields instead, for a format with more fields or a count past `u32`.
    spill: Vec<Field>,
}

impl Format {
    fn new() -> Format {
        Format { little: true, size: 0, values: 0, inline: [Packed::default(); INLINE_FIELDS], len: 0, spill: Vec::new() }
    }

    fn push(&mut self, f: Field) {
        if self.spill.is_empty() {
            let packed = u32::try_from(f.count).ok().map(|count| Packed {
                count,
                code: f.code,
                size: f.size as u8,
                pad: f.pad as u8,
            });
            if let (Some(p), Some(slot)) = (packed, self.inline.get_mut(self.len)) {
                *slot = p;
                self.len += 1;
                return;
            }
            let inline: Vec<Field> = self.fields().collect();
            self.spill = inline;
        }
        self.spill.push(f);
    }

    /// The fields, in order.
    fn fields(&self) -> impl Iterator<Item = Field> + '_ {
        let inline = if self.spill.is_empty() { self.inline.get(..self.len).unwrap_or(&[]) } else { &[] };
        inline
            .iter()
            .map(|p| Field { code: p.code, count: p.count as usize, size: p.size as usize, pad: p.pad as usize })
            .chain(self.spill.iter().copied())
    }
}

/// The format parser: walks the fields of a format's text (after the byte-order character),
/// computing each one's alignment padding from the running offset.
struct FieldIter<'a> {
    chars: &'a [u8],
    i: usize,
    offset: usize,
    native: bool,
}

impl FieldIter<'_> {
    fn next_field(&mut self) -> Option<Result<Field, &'static str>> {
        const TOO_LONG: &str = "total struct size too long";
        let chars = self.chars;
        let c = loop {
            let c = *chars.get(self.i)?;
            self.i += 1;
            if !c.is_ascii_whitespace() {
                break c;
            }
        };
        let mut count = 1usize;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n = (c - b'0') as usize;
            loop {
                match chars.get(self.i) {
                    Some(&d) if d.is_ascii_digit() => {
                        match n.checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize)) {
                            Some(m) => n = m,
                            None => return Some(Err(TOO_LONG)),
                        }
                        self.i += 1;
                    }
                    Some(&d) => {
                        code = d;
                        self.i += 1;
                        break;
                    }
                    None => return Some(Err("repeat count given without format specifier")),
                }
            }
            count = n;
        }
        let Some((std, nat)) = type_size(code) else { return Some(Err("bad typecode")) };
        let size = if self.native { nat } else { std };
        let offset = self.offset;
        let pad =
            if self.native && !matches!(code, b's' | b'x') && size > 1 { (size - offset % size) % size } else { 0 };
        let total = if code == b's' { Some(count) } else { size.checked_mul(count) };
        match total.and_then(|t| offset.checked_add(pad + t)) {
            Some(end) => self.offset = end,
            None => return Some(Err(TOO_LONG)),
        }
        Some(Ok(Field { code, count, size, pad }))
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

/// Parses a format argument into `out` (filled in place: a parsed format is moved as little as
/// possible, see `INLINE_FIELDS`).
fn parse_format(vm: &mut Vm, fmt: Value, out: &mut Format) -> PyResult<()> {
    // The format is read in place on the heap; parsing calls nothing that could change it.
    let parsed = match fmt.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(s)) => Some(parse(s.s.as_bytes(), out)),
        Some(Object::Bytes(b) | Object::ByteArray(b)) => Some(parse(b, out)),
        _ => None,
    };
    let parsed = match parsed {
        Some(p) => p,
        None => match vm.bytes_like(fmt) {
            Some(b) => parse(&b, out),
            None => {
                let tn = vm.type_name(fmt);
                return Err(vm.type_error(format!("can't convert '{tn}' object to str implicitly")));
            }
        },
    };
    parsed.map_err(|msg| vm.value_error(msg))
}

/// Parses a format's text into `fmt` (fresh from `Format::new`); the error is the ValueError
/// message.
fn parse(text: &[u8], fmt: &mut Format) -> Result<(), &'static str> {
    let (native, little) = match text.first() {
        Some(b'@') => (true, cfg!(target_endian = "little")),
        Some(b'=') => (false, cfg!(target_endian = "little")),
        Some(b'<') => (false, true),
        Some(b'>') | Some(b'!') => (false, false),
        _ => (true, cfg!(target_endian = "little")),
    };
    let mut chars = text;
    if matches!(chars.first(), Some(b'@' | b'=' | b'<' | b'>' | b'!')) {
        chars = chars.get(1..).unwrap_or(&[]);
    }
    fmt.little = little;
    let mut it = FieldIter { chars, i: 0, offset: 0, native };
    while let Some(f) = it.next_field() {
        let f = f?;
        fmt.values += match f.code {
            b's' => 1,
            b'x' => 0,
            _ => f.count,
        };
        fmt.push(f);
    }
    fmt.size = it.offset;
    Ok(())
}

fn calcsize(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "calcsize", args, 1, 1)?;
    let mut f = Format::new();
    parse_format(vm, args[0], &mut f)?;
    Ok(Value::Int(f.size as i64))
}

/// An integer argument as 64 bits (two's complement, so out-of-range values wrap to the field's
/// size as in MicroPython).
fn int_bits(vm: &mut Vm, v: Value) -> PyResult<u64> {
    Ok(match v {
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
    })
}

/// Writes the low `size` bytes of `raw` at `pos` in the byte order asked for. Each size is its
/// own fixed-length copy: a variable-length copy calls `memcpy`, which cost more than the
/// packing itself.
fn put_bits(out: &mut [u8], pos: usize, raw: u64, size: usize, little: bool) {
    fn put<const N: usize>(out: &mut [u8], pos: usize, bytes: [u8; N]) {
        if let Some(dst) = out.get_mut(pos..pos + N) {
            dst.copy_from_slice(&bytes);
        }
    }
    match (size, little) {
        (1, _) => put(out, pos, [raw as u8]),
        (2, true) => put(out, pos, (raw as u16).to_le_bytes()),
        (2, false) => put(out, pos, (raw as u16).to_be_bytes()),
        (4, true) => put(out, pos, (raw as u32).to_le_bytes()),
        (4, false) => put(out, pos, (raw as u32).to_be_bytes()),
        (_, true) => put(out, pos, raw.to_le_bytes()),
        (_, false) => put(out, pos, raw.to_be_bytes()),
    }
}

/// Reads `size` bytes at `pos` as an unsigned number in the byte order asked for (fixed-size
/// reads, as in `put_bits`).
fn get_bits(data: &[u8], pos: usize, size: usize, little: bool) -> u64 {
    fn get<const N: usize>(data: &[u8], pos: usize) -> [u8; N] {
        data.get(pos..pos + N).and_then(|b| <[u8; N]>::try_from(b).ok()).unwrap_or([0; N])
    }
    match (size, little) {
        (1, _) => get::<1>(data, pos)[0] as u64,
        (2, true) => u16::from_le_bytes(get(data, pos)) as u64,
        (2, false) => u16::from_be_bytes(get(data, pos)) as u64,
        (4, true) => u32::from_le_bytes(get(data, pos)) as u64,
        (4, false) => u32::from_be_bytes(get(data, pos)) as u64,
        (_, true) => u64::from_le_bytes(get(data, pos)),
        (_, false) => u64::from_be_bytes(get(data, pos)),
    }
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

/// Packs `values` by `fmt` into `out` (which is exactly `fmt.size` bytes long and zeroed).
fn pack_values(vm: &mut Vm, fmt: &Format, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    if values.len() != fmt.values {
        return Err(vm.value_error(format!("pack expected {} items for packing (got {})", fmt.values, values.len())));
    }
    let mut pos = 0usize;
    let mut vals = values.iter().copied();
    let little = fmt.little;
    for f in fmt.fields() {
        pos += f.pad;
        if f.code == b's' {
            let v = vals.next().unwrap_or(Value::None);
            let dst = out.get_mut(pos..pos + f.count).unwrap_or(&mut []);
            // Read in place; the rest of the field stays zero.
            let copied = match v.as_obj().map(|r| vm.heap.get(r)) {
                Some(Object::Bytes(b) | Object::ByteArray(b)) => copy_prefix(dst, b),
                Some(Object::Str(s)) => copy_prefix(dst, s.s.as_bytes()),
                _ => match vm.bytes_like(v) {
                    Some(b) => copy_prefix(dst, &b),
                    None => false,
                },
            };
            if !copied {
                return Err(vm.type_error("argument for 's' must be a bytes object"));
            }
            pos += f.count;
            continue;
        }
        if f.code == b'x' {
            // Pad bytes stay zero.
            pos += f.count;
            continue;
        }
        for _ in 0..f.count {
            let v = vals.next().unwrap_or(Value::None);
            let raw = match f.code {
                b'?' => vm.truthy(v)? as u64,
                b'e' => f64_to_half(float_arg(vm, v)?) as u64,
                b'f' => (float_arg(vm, v)? as f32).to_bits() as u64,
                b'd' => float_arg(vm, v)?.to_bits(),
                _ => int_bits(vm, v)?,
            };
            put_bits(out, pos, raw, f.size, little);
            pos += f.size;
        }
    }
    Ok(())
}

/// Copies as much of `src` as fits into `dst`; always true (the caller's "was it bytes").
fn copy_prefix(dst: &mut [u8], src: &[u8]) -> bool {
    let n = dst.len().min(src.len());
    if let (Some(d), Some(s)) = (dst.get_mut(..n), src.get(..n)) {
        d.copy_from_slice(s);
    }
    true
}

fn unpack_values(vm: &mut Vm, fmt: &Format, data: &[u8]) -> PyResult<Value> {
    if data.len() < fmt.size {
        return Err(vm.value_error("buffer too small"));
    }
    let mut out = Vec::with_capacity(fmt.values);
    let mut pos = 0usize;
    for f in fmt.fields() {
        pos += f.pad;
        if f.code == b's' {
            let b = data.get(pos..pos + f.count).unwrap_or(&[]).to_vec();
            out.push(vm.new_bytes(b)?);
            pos += f.count;
            continue;
        }
        if f.code == b'x' {
            pos += f.count;
            continue;
        }
        for _ in 0..f.count {
            let u = get_bits(data, pos, f.size, fmt.little);
            pos += f.size;
            let v = match f.code {
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

/// Bytes for one pack or unpack: on the stack for records up to this size.
const STACK_RECORD: usize = 64;

fn pack(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "pack", args, 1, usize::MAX)?;
    let mut fmt = Format::new();
    parse_format(vm, args[0], &mut fmt)?;
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
    let mut fmt = Format::new();
    parse_format(vm, args[0], &mut fmt)?;
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
    // Packed into a scratch record first: packing can run Python code (`__bool__`, `__index__`)
    // that may resize the target.
    let mut small = [0u8; STACK_RECORD];
    let mut large = Vec::new();
    let out: &mut [u8] = match small.get_mut(..fmt.size) {
        Some(s) => s,
        None => {
            large.resize(fmt.size, 0u8);
            &mut large
        }
    };
    pack_values(vm, &fmt, args.get(3..).unwrap_or(&[]), out)?;
    // Write through to the bytearray (directly, or the one under a memoryview).
    let (target, start) = match buf.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::MemoryView { base, start, .. }) => (*base, *start + off),
        _ => (buf, off),
    };
    if let Some(Object::ByteArray(b)) = target.as_obj().map(|r| vm.heap.get_mut(r)) {
        if let Some(dst) = b.get_mut(start..start + out.len()) {
            dst.copy_from_slice(out);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("buffer too small"))
}

/// Runs `f` on bytes `offset..` of a buffer argument: bytes and bytearrays are copied (only the
/// record's `size` bytes, onto the stack when small) rather than cloned whole; other buffers go
/// through `bytes_like`. `offset` is given the buffer's length and resolves the start.
fn with_record<R>(
    vm: &mut Vm,
    v: Value,
    size: usize,
    offset: impl FnOnce(&mut Vm, usize) -> PyResult<usize>,
    f: impl FnOnce(&mut Vm, &[u8]) -> PyResult<R>,
) -> PyResult<R> {
    let len = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Bytes(b) | Object::ByteArray(b)) => Some(b.len()),
        _ => None,
    };
    let Some(len) = len else {
        let Some(data) = vm.bytes_like(v) else {
            return Err(vm.type_error("object with buffer protocol required"));
        };
        let off = offset(vm, data.len())?;
        return f(vm, data.get(off..).unwrap_or(&[]));
    };
    let off = offset(vm, len)?;
    let mut small = [0u8; STACK_RECORD];
    let mut large = Vec::new();
    let n = size.min(len.saturating_sub(off));
    let rec: &mut [u8] = match small.get_mut(..n) {
        Some(s) => s,
        None => {
            large.resize(n, 0u8);
            &mut large
        }
    };
    if let Some(Object::Bytes(b) | Object::ByteArray(b)) = v.as_obj().map(|r| vm.heap.get(r)) {
        if let Some(src) = b.get(off..off + n) {
            rec.copy_from_slice(src);
        }
    }
    f(vm, rec)
}

fn unpack(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "unpack", args, 2, 2)?;
    let mut fmt = Format::new();
    parse_format(vm, args[0], &mut fmt)?;
    with_record(vm, args[1], fmt.size, |_, _| Ok(0), |vm, data| unpack_values(vm, &fmt, data))
}

fn unpack_from(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "unpack_from", args, 2, 3)?;
    ferrite_vm::builtins::check_kwargs(vm, kw, &["offset"])?;
    let mut fmt = Format::new();
    parse_format(vm, args[0], &mut fmt)?;
    let offset =
        args.get(2).copied().or_else(|| ferrite_vm::builtins::kwarg(vm, kw, "offset")).unwrap_or(Value::Int(0));
    let size = fmt.size;
    with_record(
        vm,
        args[1],
        size,
        |vm, len| resolve_offset(vm, offset, len, size),
        |vm, data| unpack_values(vm, &fmt, data),
    )
}

native!(CALCSIZE, "calcsize", calcsize);
native!(PACK, "pack", pack);
native!(PACK_INTO, "pack_into", pack_into);
native!(UNPACK, "unpack", unpack);
native!(UNPACK_FROM, "unpack_from", unpack_from, kw);

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
