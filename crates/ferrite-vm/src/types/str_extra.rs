//! The rest of the `str` methods (docs: library/stdtypes.html#string-methods): padding,
//! partitioning, line splitting, case mapping, character classes, `translate`/`maketrans` and
//! `format_map`. Kept apart from `str.rs` so that file stays about construction, indexing, search
//! and formatting.
//!
//! Divergences (also in docs/differences.md): character classes use Rust's Unicode tables plus the
//! small tables below, so a handful of rare characters classify differently from CPython
//! (`isidentifier` approximates XID_Start/XID_Continue with alphabetic/alphanumeric;
//! `isprintable` cannot see unassigned code points; `casefold` folds only the common special
//! cases `ß`, `ẞ`, `ς`, `ſ`, `µ`).

use crate::builtins::{check_args, kwarg};
use crate::error::{ExcKind, PyResult};
use crate::intern::Name;
use crate::native;
use crate::object::Object;
use crate::types::add_methods;
use crate::types::str::{arg_str, self_str};
use crate::value::Value;
use crate::vm::Vm;

/// The zero of every run of ten decimal digits (Unicode category Nd; each run is contiguous).
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Digits that are not decimal (superscripts, circled digits...): `isdigit` but not `isdecimal`.
const OTHER_DIGITS: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

/// Numeric ideographs outside the N* categories (CJK numerals in the BMP), for `isnumeric`.
const NUMERIC_IDEOGRAPHS: &[u32] = &[
    0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0,
    0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C,
    0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10,
    0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C,
    0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD,
];

/// Format characters and separators other than ASCII space (categories Cf, Zs, Zl, Zp), private
/// use (Co), the noncharacters U+FDD0..U+FDEF, and the unassigned planes 4 to 13 (Cn): not
/// printable. (The last two code points of every plane, also noncharacters, are tested apart.)
const NON_PRINTABLE: &[(u32, u32)] = &[
    (0xFDD0, 0xFDEF),
    (0x323B0, 0xE0000),
    (0xE0002, 0xE001F),
    (0xA0, 0xA0),
    (0xAD, 0xAD),
    (0x600, 0x605),
    (0x61C, 0x61C),
    (0x6DD, 0x6DD),
    (0x70F, 0x70F),
    (0x890, 0x891),
    (0x8E2, 0x8E2),
    (0x1680, 0x1680),
    (0x180E, 0x180E),
    (0x2000, 0x200F),
    (0x2028, 0x202F),
    (0x205F, 0x2064),
    (0x2066, 0x206F),
    (0x3000, 0x3000),
    (0xE000, 0xF8FF),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x13438),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
    (0xF0000, 0x10FFFF),
];

fn in_ranges(c: u32, table: &[(u32, u32)]) -> bool {
    table.iter().any(|&(lo, hi)| lo <= c && c <= hi)
}

/// Unicode category Nd (`str.isdecimal`).
pub fn is_decimal_char(c: char) -> bool {
    let c = c as u32;
    DECIMAL_ZEROS.iter().any(|&z| z <= c && c < z + 10)
}

/// Numeric_Type Decimal or Digit (`str.isdigit`).
pub fn is_digit_char(c: char) -> bool {
    is_decimal_char(c) || in_ranges(c as u32, OTHER_DIGITS)
}

/// Any Numeric_Type (`str.isnumeric`).
pub fn is_numeric_char(c: char) -> bool {
    c.is_numeric() || NUMERIC_IDEOGRAPHS.contains(&(c as u32))
}

/// `str.isprintable` for one character; `repr` escapes the characters that fail it.
pub fn is_printable_char(c: char) -> bool {
    !c.is_control() && (c as u32) & 0xFFFE != 0xFFFE && !in_ranges(c as u32, NON_PRINTABLE)
}

/// The four Latin digraphs with a distinct titlecase form (DŽ/Dž/dž, LJ, NJ, DZ).
fn titlecase_digraph(c: char) -> Option<char> {
    let base = match c as u32 {
        0x1C4..=0x1C6 => 0x1C5,
        0x1C7..=0x1C9 => 0x1C8,
        0x1CA..=0x1CC => 0x1CB,
        0x1F1..=0x1F3 => 0x1F2,
        _ => return None,
    };
    char::from_u32(base)
}

pub fn is_titlecase(c: char) -> bool {
    titlecase_digraph(c) == Some(c)
}

pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

fn push_title(out: &mut String, c: char) {
    match titlecase_digraph(c) {
        Some(t) => out.push(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// The result string, or the receiver itself when nothing changed and it is an exact str (CPython
/// returns the same object then, which `is` can observe).
fn same_or_new(vm: &mut Vm, recv: Value, orig: &str, out: String) -> PyResult<Value> {
    if out == orig && vm.is_exact_str(recv) {
        return Ok(recv);
    }
    vm.new_string(out)
}

/// The receiver unchanged (a str subclass instance gives its plain str value).
fn unchanged(vm: &mut Vm, recv: Value, s: String) -> PyResult<Value> {
    if vm.is_exact_str(recv) {
        return Ok(recv);
    }
    vm.new_string(s)
}

/// Refuses results over the heap limit before building them (`'x'.center(10**12)`).
fn check_size(vm: &mut Vm, bytes: usize) -> PyResult<()> {
    if bytes > vm.heap.limit || !vm.heap.can_fit(bytes) {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// Width and fill character of center/ljust/rjust.
fn pad_args(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(String, usize, char)> {
    check_args(vm, name, args, 2, 3)?;
    let s = self_str(vm, args, name)?;
    let width = vm.index_value(args[1], "width")?.max(0) as usize;
    let fill = match args.get(2) {
        Some(&f) => {
            let f = arg_str(vm, f)?;
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    Ok((s, width, fill))
}

/// Pads `s` to `width` characters with `left` fill characters before it.
fn padded(
    vm: &mut Vm,
    recv: Value,
    s: String,
    width: usize,
    fill: char,
    left_of: fn(usize, usize) -> usize,
) -> PyResult<Value> {
    let len = s.chars().count();
    if len >= width {
        return unchanged(vm, recv, s);
    }
    let pad = width - len;
    check_size(vm, s.len().saturating_add(pad.saturating_mul(fill.len_utf8())))?;
    let left = left_of(pad, width);
    let mut out = String::with_capacity(s.len() + pad * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&s);
    out.extend(std::iter::repeat_n(fill, pad - left));
    vm.new_string(out)
}

fn center(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "center")?;
    // CPython's rule: the extra fill character goes left when both pad and width are odd.
    padded(vm, args[0], s, width, fill, |pad, width| pad / 2 + (pad & width & 1))
}
fn ljust(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "ljust")?;
    padded(vm, args[0], s, width, fill, |_, _| 0)
}
fn rjust(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "rjust")?;
    padded(vm, args[0], s, width, fill, |pad, _| pad)
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "zfill", args, 2, 2)?;
    let s = self_str(vm, args, "zfill")?;
    let width = vm.index_value(args[1], "width")?.max(0) as usize;
    let len = s.chars().count();
    if len >= width {
        return unchanged(vm, args[0], s);
    }
    check_size(vm, s.len().saturating_add(width - len))?;
    let (sign, digits) = match s.strip_prefix(['+', '-']) {
        Some(rest) => (&s[..1], rest),
        None => ("", s.as_str()),
    };
    let mut out = String::with_capacity(width);
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(digits);
    vm.new_string(out)
}

fn partition_impl(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    check_args(vm, name, args, 2, 2)?;
    let s = self_str(vm, args, name)?;
    let sep = arg_str(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { s.rfind(&sep) } else { s.find(&sep) };
    let parts: [&str; 3] = match found {
        Some(i) => [&s[..i], &sep, &s[i + sep.len()..]],
        None if right => ["", "", &s],
        None => [&s, "", ""],
    };
    let mut items = Vec::with_capacity(3);
    for p in parts {
        items.push(vm.new_str(p)?);
    }
    vm.new_tuple(items)
}

fn partition(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn rpartition(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

/// Line boundaries of `str.splitlines` (CPython's set: \n \r \v \f \x1c-\x1e \x85 \u2028 \u2029).
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Lines of `s` as byte ranges `(start, end_without_break, end_with_break)`.
pub fn line_spans(s: &str) -> Vec<(usize, usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(j, '\n')) = it.peek() {
                end = j + 1;
                it.next();
            }
        }
        spans.push((start, i, end));
        start = end;
    }
    if start < s.len() {
        spans.push((start, s.len(), s.len()));
    }
    spans
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "splitlines", args, 1, 2)?;
    let s = self_str(vm, args, "splitlines")?;
    let keep = match args.get(1).copied().or_else(|| kwarg(vm, kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    for (a, b, c) in line_spans(&s) {
        let line = s.get(a..if keep { c } else { b }).unwrap_or("");
        out.push(vm.new_str(line)?);
    }
    vm.new_list(out)
}

fn title(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "title", args, 1, 1)?;
    let s = self_str(vm, args, "title")?;
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    vm.new_string(out)
}

fn capitalize(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "capitalize", args, 1, 1)?;
    let s = self_str(vm, args, "capitalize")?;
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    if let Some(c) = it.next() {
        push_title(&mut out, c);
    }
    out.push_str(&it.as_str().to_lowercase());
    vm.new_string(out)
}

fn swapcase(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "swapcase", args, 1, 1)?;
    let s = self_str(vm, args, "swapcase")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_titlecase(c) {
            out.push(c);
        } else if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    vm.new_string(out)
}

fn casefold(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "casefold", args, 1, 1)?;
    let s = self_str(vm, args, "casefold")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        for l in c.to_lowercase() {
            match l {
                'ß' => out.push_str("ss"),
                'ς' => out.push('σ'),
                'ſ' => out.push('s'),
                'µ' => out.push('μ'),
                l => out.push(l),
            }
        }
    }
    vm.new_string(out)
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "expandtabs", args, 1, 2)?;
    let s = self_str(vm, args, "expandtabs")?;
    let tabsize = match args.get(1).copied().or_else(|| kwarg(vm, kw, "tabsize")) {
        Some(v) => vm.index_value(v, "tabsize")?.max(0) as usize,
        None => 8,
    };
    let tabs = s.matches('\t').count();
    check_size(vm, s.len().saturating_add(tabs.saturating_mul(tabsize)))?;
    let mut out = String::with_capacity(s.len());
    let mut col = 0usize;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    vm.new_string(out)
}

/// True when `s` is non-empty and every character passes `f`.
fn all_chars(vm: &mut Vm, args: &[Value], name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let s = self_str(vm, args, name)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn isdecimal(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    all_chars(vm, args, "isdecimal", is_decimal_char)
}
fn isnumeric(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    all_chars(vm, args, "isnumeric", is_numeric_char)
}

fn isidentifier(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "isidentifier", args, 1, 1)?;
    let s = self_str(vm, args, "isidentifier")?;
    let mut it = s.chars();
    let ok = match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => it.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    };
    Ok(Value::Bool(ok))
}

fn isprintable(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "isprintable", args, 1, 1)?;
    let s = self_str(vm, args, "isprintable")?;
    Ok(Value::Bool(s.chars().all(is_printable_char)))
}

fn isascii(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "isascii", args, 1, 1)?;
    let s = self_str(vm, args, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}

fn istitle(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "istitle", args, 1, 1)?;
    let s = self_str(vm, args, "istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn remove_affix(vm: &mut Vm, args: &[Value], suffix: bool) -> PyResult<Value> {
    let name = if suffix { "removesuffix" } else { "removeprefix" };
    check_args(vm, name, args, 2, 2)?;
    let s = self_str(vm, args, name)?;
    let affix = arg_str(vm, args[1])?;
    let rest = if suffix { s.strip_suffix(affix.as_str()) } else { s.strip_prefix(affix.as_str()) };
    match rest {
        Some(r) if !affix.is_empty() => vm.new_str(r),
        _ => unchanged(vm, args[0], s),
    }
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, false)
}
fn removesuffix(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, true)
}

/// `str.translate(table)`: `table[ord(c)]` is a str, a code point, None (delete) or missing
/// (LookupError: keep the character).
fn translate(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "translate", args, 2, 2)?;
    let s = self_str(vm, args, "translate")?;
    let table = args[1];
    let exact_dict = matches!(table.as_obj().map(|r| vm.heap.get(r)), Some(Object::Dict(_)));
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Value::Int(c as i64);
        let mapped = if exact_dict {
            vm.dict_get(table, key)?
        } else {
            match vm.get_item(table, key) {
                Ok(v) => Some(v),
                Err(e) if vm.is_exception_kind(e.0, ExcKind::LookupError) => None,
                Err(e) => return Err(e),
            }
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Some(v) => match vm.str_ref(v) {
                Some(m) => out.push_str(m),
                None => return Err(vm.type_error("character mapping must return integer, None or str")),
            },
        }
    }
    same_or_new(vm, args[0], &s, out)
}

/// `str.maketrans(x[, y[, z]])` (a static method): the dict `translate` takes.
fn maketrans(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "maketrans", args, 1, 3)?;
    let d = vm.new_dict()?;
    let mark = vm.roots_mark();
    vm.root(d);
    let r = maketrans_fill(vm, args, d);
    vm.truncate_roots(mark);
    r.map(|()| d)
}

fn maketrans_fill(vm: &mut Vm, args: &[Value], d: Value) -> PyResult<()> {
    if args.len() == 1 {
        let is_dict = matches!(vm.builtin_base(args[0]).as_obj().map(|r| vm.heap.get(r)), Some(Object::Dict(_)));
        if !is_dict {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        }
        let base = vm.builtin_base(args[0]);
        for (k, v) in vm.dict_items(base) {
            let key = if let Some(ks) = vm.str_ref(k) {
                let mut it = ks.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Value::Int(c as i64),
                    _ => return Err(vm.value_error("string keys in translate table must be of length 1")),
                }
            } else if vm.is_int(k) {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(());
    }
    let x = arg_str(vm, args[0])?;
    let y = arg_str(vm, args[1])?;
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        vm.dict_set(d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(&z) = args.get(2) {
        let z = arg_str(vm, z)?;
        for c in z.chars() {
            vm.dict_set(d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(())
}

fn format_map(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "format_map", args, 2, 2)?;
    let s = self_str(vm, args, "format_map")?;
    let out = crate::types::str::format_fields(vm, &s, &[], crate::types::str::FieldArgs::Map(args[1]), 0)?;
    vm.new_string(out)
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__len__", args, 1, 1)?;
    let s = self_str(vm, args, "__len__")?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__contains__", args, 2, 2)?;
    let s = self_str(vm, args, "__contains__")?;
    let Some(needle) = vm.str_ref(args[1]) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("'in <string>' requires string as left operand, not {tn}")));
    };
    Ok(Value::Bool(s.contains(needle)))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__getitem__", args, 2, 2)?;
    let s = self_str(vm, args, "__getitem__")?;
    let recv = vm.builtin_base(args[0]);
    let recv = if vm.str_ref(recv).is_some() { recv } else { vm.new_string(s)? };
    crate::types::str::str_getitem(vm, recv, args[1])
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__iter__", args, 1, 1)?;
    let s = self_str(vm, args, "__iter__")?;
    let recv = vm.builtin_base(args[0]);
    let recv = if vm.str_ref(recv).is_some() { recv } else { vm.new_string(s)? };
    vm.get_iter(recv)
}

native!(CENTER, "center", center);
native!(LJUST, "ljust", ljust);
native!(RJUST, "rjust", rjust);
native!(ZFILL, "zfill", zfill);
native!(PARTITION, "partition", partition);
native!(RPARTITION, "rpartition", rpartition);
native!(SPLITLINES, "splitlines", splitlines, kw);
native!(TITLE, "title", title);
native!(CAPITALIZE, "capitalize", capitalize);
native!(SWAPCASE, "swapcase", swapcase);
native!(CASEFOLD, "casefold", casefold);
native!(EXPANDTABS, "expandtabs", expandtabs, kw);
native!(ISDECIMAL, "isdecimal", isdecimal);
native!(ISNUMERIC, "isnumeric", isnumeric);
native!(ISIDENTIFIER, "isidentifier", isidentifier);
native!(ISPRINTABLE, "isprintable", isprintable);
native!(ISASCII, "isascii", isascii);
native!(ISTITLE, "istitle", istitle);
native!(REMOVEPREFIX, "removeprefix", removeprefix);
native!(REMOVESUFFIX, "removesuffix", removesuffix);
native!(TRANSLATE, "translate", translate);
native!(MAKETRANS, "maketrans", maketrans);
native!(FORMAT_MAP, "format_map", format_map);
native!(DUNDER_LEN, "__len__", dunder_len);
native!(DUNDER_CONTAINS, "__contains__", dunder_contains);
native!(DUNDER_GETITEM, "__getitem__", dunder_getitem);
native!(DUNDER_ITER, "__iter__", dunder_iter);

pub fn install(vm: &mut Vm) {
    let t = vm.types.str_;
    add_methods(
        vm,
        t,
        &[
            &CENTER,
            &LJUST,
            &RJUST,
            &ZFILL,
            &PARTITION,
            &RPARTITION,
            &SPLITLINES,
            &TITLE,
            &CAPITALIZE,
            &SWAPCASE,
            &CASEFOLD,
            &EXPANDTABS,
            &ISDECIMAL,
            &ISNUMERIC,
            &ISIDENTIFIER,
            &ISPRINTABLE,
            &ISASCII,
            &ISTITLE,
            &REMOVEPREFIX,
            &REMOVESUFFIX,
            &TRANSLATE,
            &FORMAT_MAP,
            &DUNDER_LEN,
            &DUNDER_CONTAINS,
            &DUNDER_GETITEM,
            &DUNDER_ITER,
        ],
    );
    if let Ok(f) = vm.alloc(Object::Native(&MAKETRANS)) {
        if let Ok(sm) = vm.alloc(Object::StaticMethod(f)) {
            crate::types::set_class_attr(vm, t, "maketrans", sm);
        }
    }
}
