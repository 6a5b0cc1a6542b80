//! The format-spec mini-language (`format()`, f-strings, `str.format`) and `%` formatting.
//! Each formatted piece is written straight into the caller's output string and padded there,
//! so a field costs no intermediate strings: formatting is hot in text-building code.

use crate::error::PyResult;
use crate::format::{ascii_escape, float_repr, push_int, push_uint};
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `FormatValue`: conversion then `format(value, spec)`.
    pub(crate) fn format_value(&mut self, v: Value, conv: u8, spec: Value) -> PyResult<Value> {
        let v = match conv {
            1 => {
                let s = self.to_str(v)?;
                self.new_string(s)?
            }
            2 | 3 => {
                let s = self.repr(v)?;
                self.new_string(s)?
            }
            _ => v,
        };
        let spec_str = self.str_ref(spec).unwrap_or("").to_string();
        if spec_str.is_empty() {
            // `f"{s}"` is `s` for an exact str (a subclass goes through its `__format__`);
            // `f"{i}"` of a small int is its digits.
            if matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Object::Str(_))) {
                return Ok(v);
            }
            if let Value::Int(i) = v {
                let mut out = String::with_capacity(20);
                push_int(&mut out, i);
                return self.new_string(out);
            }
        }
        let s = self.format(v, &spec_str)?;
        self.new_string(s)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        let mut out = String::new();
        self.format_into(&mut out, v, spec)?;
        Ok(out)
    }

    /// `format(v, spec)` appended to `out`.
    pub fn format_into(&mut self, out: &mut String, v: Value, spec: &str) -> PyResult<()> {
        if let Some(Object::Instance(i)) = v.as_obj().map(|r| self.heap.get(r)) {
            let class = i.class;
            let f = self.n.__format__;
            if let Some(func) = self.class_lookup(class, f) {
                if !self.is_native(func) {
                    let sv = self.new_str(spec)?;
                    let r = self.call(func, &[v, sv])?;
                    out.push_str(self.str_ref(r).unwrap_or(""));
                    return Ok(());
                }
            }
        }
        // `format(x, '')` is `str(x)` for every built-in type.
        if spec.is_empty() {
            match self.exact_str_ref(v) {
                Some(s) => out.push_str(s),
                None => out.push_str(&self.to_str(v)?),
            }
            return Ok(());
        }
        let parsed = match FormatSpec::parse(spec) {
            Some(s) => s,
            None => return Err(self.value_error("invalid format specifier")),
        };
        // A subclass of str/int/float formats as its built-in value; any other object has only
        // `object.__format__`, which takes no spec.
        let base = self.builtin_base(v);
        let formattable = matches!(base, Value::Int(_) | Value::Float(_) | Value::Bool(_))
            || self.is_int(base)
            || matches!(base.as_obj().map(|r| self.heap.get(r)), Some(Object::Str(_) | Object::Complex(..)));
        if !formattable {
            let tn = self.type_name(v);
            return Err(self.type_error(format!("unsupported format string passed to {tn}.__format__")));
        }
        self.format_with_into(out, base, &parsed)
    }

    /// Refuses a width or precision whose text would not fit in the heap (`'{:999999999999}'`).
    fn check_spec_size(&mut self, spec: &FormatSpec) -> PyResult<()> {
        let n = spec.width.max(spec.precision.unwrap_or(0));
        if n > self.heap.limit || !self.heap.can_fit(n) {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Formats a built-in value by a parsed spec, appending the padded text to `out`.
    fn format_with_into(&mut self, out: &mut String, v: Value, spec: &FormatSpec) -> PyResult<()> {
        self.check_spec_size(spec)?;
        let start = out.len();
        let is_num = matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) || self.is_int(v);
        if !is_num {
            if let Some(t) = spec.ty {
                if t != 's' {
                    let tn = self.type_name(v);
                    return Err(self.value_error(format!("unknown format code '{t}' for object of type '{tn}'")));
                }
            }
            if self.str_ref(v).is_some() {
                let bad = if spec.sign.is_some() {
                    Some("Sign not allowed in string format specifier".to_string())
                } else if spec.alternate {
                    Some("Alternate form (#) not allowed in string format specifier".to_string())
                } else if let Some(g) = spec.grouping {
                    Some(format!("Cannot specify '{g}' with 's'."))
                } else if spec.align == Some('=') {
                    Some("'=' alignment not allowed in string format specifier".to_string())
                } else {
                    None
                };
                if let Some(msg) = bad {
                    return Err(self.value_error(msg));
                }
            }
            match self.exact_str_ref(v) {
                Some(s) => out.push_str(s),
                None => out.push_str(&self.to_str(v)?),
            }
            if let Some(p) = spec.precision {
                truncate_chars(out, start, p);
            }
            // A leading `0` in the spec zero-fills text too (`'{:05}'.format('ab')` is `ab000`).
            let fill = if spec.zero && spec.fill == ' ' { '0' } else { spec.fill };
            pad_tail(out, start, 0, fill, spec.align.unwrap_or('<'), spec.width);
            return Ok(());
        }
        if spec.precision.is_some()
            && !matches!(v, Value::Float(_))
            && matches!(spec.ty, None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c'))
        {
            return Err(self.value_error("Precision not allowed in integer format specifier"));
        }
        let ty = match (spec.ty, v) {
            // `n` (locale-aware in CPython, which Ferrite has not) is `g` for a float.
            (None | Some('n'), Value::Float(_)) => 'g',
            (Some(t), _) => t,
            (None, _) => 'd',
        };
        // The `#` prefix sits between the sign and any zero padding (`{:#010x}` is `0x000000ff`).
        let sign_for = |neg: bool| {
            if neg {
                "-"
            } else {
                match spec.sign {
                    Some('+') => "+",
                    Some(' ') => " ",
                    _ => "",
                }
            }
        };
        match ty {
            'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {
                if let Value::Float(_) = v {
                    return Err(self.value_error(format!("unknown format code '{ty}' for object of type 'float'")));
                }
                // Small ints (and bools) format without the detour through a big integer.
                let small = match v {
                    Value::Int(n) => Some(n),
                    Value::Bool(b) => Some(i64::from(b)),
                    _ => None,
                };
                let big = match small {
                    Some(_) => None,
                    None => match self.to_bigint(v) {
                        Some(i) => Some(i),
                        None => return Err(self.type_error("expected int")),
                    },
                };
                if ty == 'c' {
                    // A character takes no sign, base prefix or grouping (CPython refuses them).
                    let bad = if spec.sign.is_some() {
                        Some("Sign not allowed with integer format specifier 'c'".to_string())
                    } else if spec.alternate {
                        Some("Alternate form (#) not allowed with integer format specifier 'c'".to_string())
                    } else {
                        spec.grouping.map(|g| format!("Cannot specify '{g}' with 'c'."))
                    };
                    if let Some(msg) = bad {
                        return Err(self.value_error(msg));
                    }
                    let c = match small {
                        Some(n) => u32::try_from(n).ok().and_then(char::from_u32),
                        None => None,
                    };
                    let Some(c) = c else {
                        return Err(self.overflow_error("%c arg not in range(0x110000)"));
                    };
                    out.push(c);
                    // Padded as a number: right-aligned, and a leading `0` fills with zeros.
                    spec.pad_number(out, start, 0);
                    return Ok(());
                }
                let neg = match (small, &big) {
                    (Some(n), _) => n < 0,
                    (None, Some(i)) => *i < dashu_int::IBig::ZERO,
                    (None, None) => false,
                };
                out.push_str(sign_for(neg));
                if spec.alternate {
                    out.push_str(match ty {
                        'b' => "0b",
                        'o' => "0o",
                        'x' => "0x",
                        'X' => "0X",
                        _ => "",
                    });
                }
                let prefix_len = out.len() - start;
                let digits_start = out.len();
                match (small, big) {
                    (Some(n), _) => {
                        use std::fmt::Write;
                        let m = n.unsigned_abs();
                        let _ = match ty {
                            'b' => write!(out, "{m:b}"),
                            'o' => write!(out, "{m:o}"),
                            'x' => write!(out, "{m:x}"),
                            'X' => write!(out, "{m:X}"),
                            _ => {
                                push_uint(out, m);
                                Ok(())
                            }
                        };
                    }
                    (None, Some(i)) => {
                        let mag = if neg { -i } else { i };
                        out.push_str(&match ty {
                            'b' => mag.in_radix(2).to_string(),
                            'o' => mag.in_radix(8).to_string(),
                            'x' => mag.in_radix(16).to_string(),
                            'X' => mag.in_radix(16).to_string().to_uppercase(),
                            _ => mag.to_string(),
                        });
                    }
                    (None, None) => {}
                }
                if let Some(sep) = spec.grouping {
                    let group = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
                    let digits = out.split_off(digits_start);
                    let min = spec.zero_group_width(prefix_len, 0);
                    push_grouped(out, &digits, sep, group, min);
                }
                spec.pad_number(out, start, prefix_len);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
                let Some(f) = self.to_f64(v) else { return Err(self.type_error("expected float")) };
                let neg = f.is_sign_negative() && !(f == 0.0 && spec.ty.is_none());
                out.push_str(sign_for(neg && !f.is_nan()));
                let prefix_len = out.len() - start;
                match spec.grouping {
                    Some(sep) if f.is_finite() => {
                        let body = format_float(f.abs(), ty, spec.precision, spec.alternate, spec.ty.is_none());
                        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                            Some(i) => body.split_at(i),
                            None => (body.as_str(), ""),
                        };
                        let min = spec.zero_group_width(prefix_len, rest.chars().count());
                        push_grouped(out, int_part, sep, 3, min);
                        out.push_str(rest);
                    }
                    _ => format_float_into(out, f.abs(), ty, spec.precision, spec.alternate, spec.ty.is_none()),
                }
                if spec.alternate && f.is_finite() {
                    alternate_point(out, start + prefix_len);
                }
                spec.pad_number(out, start, prefix_len);
            }
            _ => {
                let tn = self.type_name(v);
                return Err(self.value_error(format!("unknown format code '{ty}' for object of type '{tn}'")));
            }
        }
        Ok(())
    }
}

/// The `#` form of a float always shows a decimal point (`'{:#.0f}'.format(2)` is `2.`): one is
/// put after the digits of `out[from..]` when they have none.
#[cold]
fn alternate_point(out: &mut String, from: usize) {
    let body = out.get(from..).unwrap_or("");
    if body.contains('.') {
        return;
    }
    let at = body.find(['e', 'E', '%']).map_or(out.len(), |i| from + i);
    out.insert(at, '.');
}

/// Appends `digits` with `sep` between groups of `group`, first zero-extended until the grouped
/// text is at least `min` characters long (zero padding is grouped too: `'{:08,}'.format(7)` is
/// `0,000,007`, longer than asked because a group never starts with a separator).
fn push_grouped(out: &mut String, digits: &str, sep: char, group: usize, min: usize) {
    let mut n = digits.len();
    while n + n.saturating_sub(1) / group < min {
        n += 1;
    }
    let zeros = n - digits.len();
    for i in 0..n {
        if i > 0 && (n - i).is_multiple_of(group) {
            out.push(sep);
        }
        let c = if i < zeros { '0' } else { digits.as_bytes().get(i - zeros).map_or('0', |&b| b as char) };
        out.push(c);
    }
}

/// Formats a non-negative float for the `e`, `f`, `g` and `%` presentation types.
pub fn format_float(f: f64, ty: char, precision: Option<usize>, alternate: bool, bare: bool) -> String {
    if !f.is_finite() {
        let mut s = String::from(if f.is_nan() { "nan" } else { "inf" });
        if ty.is_ascii_uppercase() {
            s.make_ascii_uppercase();
        }
        if ty == '%' {
            s.push('%');
        }
        return s;
    }
    match ty {
        'f' | 'F' => format!("{:.*}", precision.unwrap_or(6), f),
        '%' => format!("{:.*}%", precision.unwrap_or(6), f * 100.0),
        'e' | 'E' => {
            let s = sci(f, precision.unwrap_or(6));
            if ty == 'E' {
                s.to_uppercase()
            } else {
                s
            }
        }
        _ => {
            if bare && precision.is_none() {
                // format(x) / f"{x}" with no type is str(x).
                return float_repr(f);
            }
            let p = precision.unwrap_or(6).max(1);
            let exp = if f == 0.0 { 0 } else { f.abs().log10().floor() as i32 };
            // Round first to learn the real exponent.
            let rounded = sci(f, p - 1);
            let exp = rounded.split_once('e').and_then(|(_, e)| e.parse::<i32>().ok()).unwrap_or(exp);
            let mut s = if exp < -4 || exp >= p as i32 {
                let s = sci(f, p - 1);
                if alternate {
                    s
                } else {
                    let (m, e) = s.split_once('e').unwrap_or((&s, "+00"));
                    let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
                    format!("{m}e{e}")
                }
            } else {
                let decimals = (p as i32 - 1 - exp).max(0) as usize;
                let s = format!("{:.*}", decimals, f);
                if alternate || !s.contains('.') {
                    s
                } else {
                    s.trim_end_matches('0').trim_end_matches('.').to_string()
                }
            };
            if ty == 'G' {
                s = s.to_uppercase();
            }
            if bare && !s.contains('.') && !s.contains('e') && !s.contains("inf") {
                s.push_str(".0");
            }
            s
        }
    }
}

/// `format_float` appended to `out`; the fixed-point types, the common case, are written
/// straight into it.
fn format_float_into(out: &mut String, f: f64, ty: char, precision: Option<usize>, alternate: bool, bare: bool) {
    use std::fmt::Write;
    if f.is_finite() {
        let p = precision.unwrap_or(6);
        match ty {
            'f' | 'F' => {
                if !push_fixed(out, f, p) {
                    let _ = write!(out, "{f:.p$}");
                }
                return;
            }
            '%' => {
                let _ = write!(out, "{:.p$}%", f * 100.0);
                return;
            }
            _ => {}
        }
    }
    out.push_str(&format_float(f, ty, precision, alternate, bare));
}

/// Appends finite non-negative `f` with `p` decimals, correctly rounded (half to even on the
/// exact binary value, as CPython rounds), by integer arithmetic: `f * 10^p` is computed exactly
/// in 128 bits. About a tenth of the work of `core::fmt`'s exact mode, which `'%5.2f'` and
/// `'{:.2f}'` otherwise go through. Returns false, writing nothing, when the value or precision
/// is out of the exact range (huge, tiny or subnormal values, p > 22).
fn push_fixed(out: &mut String, f: f64, p: usize) -> bool {
    let Some(scale) = u32::try_from(p).ok().filter(|&p| p <= 22).map(|p| 10u128.pow(p)) else {
        return false;
    };
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let q = if f == 0.0 {
        0
    } else {
        if exp_bits == 0 || exp_bits == 0x7ff {
            return false;
        }
        let m = u128::from((bits & ((1u64 << 52) - 1)) | (1u64 << 52));
        let e = exp_bits - 1075;
        // m < 2^53 and scale < 2^74, so the product fits.
        let n = m * scale;
        if e >= 0 {
            if n.leading_zeros() <= e as u32 {
                return false;
            }
            n << e
        } else {
            let s = (-e) as u32;
            if s >= 128 {
                return false;
            }
            let q = n >> s;
            let r = n & ((1u128 << s) - 1);
            let half = 1u128 << (s - 1);
            if r > half || (r == half && q & 1 == 1) {
                q + 1
            } else {
                q
            }
        }
    };
    // u128::MAX has 39 digits.
    let mut buf = [b'0'; 40];
    let mut i = buf.len();
    let mut q = q;
    loop {
        i -= 1;
        if let Some(d) = buf.get_mut(i) {
            *d = b'0' + (q % 10) as u8;
        }
        q /= 10;
        if q == 0 || i == 0 {
            break;
        }
    }
    // At least one digit before the point: the buffer is pre-filled with zeros.
    let first = i.min(buf.len() - p - 1);
    let digits = buf.get(first..).unwrap_or(&[]);
    let (int_part, frac) = digits.split_at(digits.len() - p);
    out.extend(int_part.iter().map(|&b| b as char));
    if p > 0 {
        out.push('.');
        out.extend(frac.iter().map(|&b| b as char));
    }
    true
}

/// Scientific notation with Python's exponent style (`1.500000e+00`).
fn sci(f: f64, precision: usize) -> String {
    let s = format!("{:.*e}", precision, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
#[derive(Default, Debug)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Parses a spec in one pass over its bytes, without collecting characters: `str.format`
    /// and `%` parse one per field.
    pub fn parse(spec: &str) -> Option<FormatSpec> {
        let mut s = FormatSpec { fill: ' ', ..Default::default() };
        let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
        let mut cs = spec.chars();
        let rest = match (cs.next(), cs.next()) {
            (Some(fill), Some(a)) if is_align(a) => {
                s.fill = fill;
                s.align = Some(a);
                spec.get(fill.len_utf8() + 1..)?
            }
            (Some(a), _) if is_align(a) => {
                s.align = Some(a);
                spec.get(1..)?
            }
            _ => spec,
        };
        let b = rest.as_bytes();
        let mut i = 0;
        if let Some(&c) = b.get(i) {
            if matches!(c, b'+' | b'-' | b' ') {
                s.sign = Some(c as char);
                i += 1;
            }
        }
        if b.get(i) == Some(&b'#') {
            s.alternate = true;
            i += 1;
        }
        if b.get(i) == Some(&b'0') {
            s.zero = true;
            i += 1;
        }
        if let Some(w) = parse_digits(b, &mut i) {
            s.width = w?;
        }
        if let Some(&c) = b.get(i) {
            if c == b',' || c == b'_' {
                s.grouping = Some(c as char);
                i += 1;
            }
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            s.precision = Some(parse_digits(b, &mut i)??);
        }
        if let Some(c) = rest.get(i..).and_then(|t| t.chars().next()) {
            s.ty = Some(c);
            i += c.len_utf8();
        }
        if i != b.len() {
            return None;
        }
        Some(s)
    }

    /// Pads `out[start..]`, a piece of text just written, as this spec pads text: `default_align`
    /// unless the spec names one.
    pub(crate) fn pad_text(&self, out: &mut String, start: usize, default_align: char) {
        pad_tail(out, start, 0, self.fill, self.align.unwrap_or(default_align), self.width);
    }

    /// The length the grouped digits of a number must reach when its padding is zeros placed
    /// after the sign (`0` flag or `0=` fill and alignment), given the lengths of its prefix and
    /// of any text after the digits; 0 when padding is not grouped.
    fn zero_group_width(&self, prefix_len: usize, suffix_len: usize) -> usize {
        let fill = if self.zero && self.fill == ' ' { '0' } else { self.fill };
        let align = self.align.unwrap_or(if self.zero { '=' } else { '>' });
        if fill == '0' && align == '=' {
            self.width.saturating_sub(prefix_len + suffix_len)
        } else {
            0
        }
    }

    /// Pads `out[start..]`, a number whose sign and base prefix take `prefix_len` bytes: right-
    /// aligned by default; `=` (or a leading `0`) pads between the prefix and the digits.
    pub(crate) fn pad_number(&self, out: &mut String, start: usize, prefix_len: usize) {
        // A leading `0` means fill '0' unless a fill is given, and '=' unless an alignment is.
        let fill = if self.zero && self.fill == ' ' { '0' } else { self.fill };
        let align = self.align.unwrap_or(if self.zero { '=' } else { '>' });
        pad_tail(out, start, prefix_len, fill, align, self.width);
    }
}

/// The decimal number at `b[*i..]`: None if there are no digits, Some(None) if it overflows.
fn parse_digits(b: &[u8], i: &mut usize) -> Option<Option<usize>> {
    let start = *i;
    let mut n: Option<usize> = Some(0);
    while let Some(&c) = b.get(*i).filter(|c| c.is_ascii_digit()) {
        n = n.and_then(|n| n.checked_mul(10)).and_then(|n| n.checked_add(usize::from(c - b'0')));
        *i += 1;
    }
    (*i > start).then_some(n)
}

/// Pads the text `out[start..]` to `width` characters in place: `<` fills after it, `>` before,
/// `^` on both sides, and `=` after its first `prefix_len` bytes (a sign and base prefix, ASCII).
pub(crate) fn pad_tail(out: &mut String, start: usize, prefix_len: usize, fill: char, align: char, width: usize) {
    let len = out.get(start..).map_or(0, |t| t.chars().count());
    if len >= width {
        return;
    }
    let n = width - len;
    let (before, after) = match align {
        '<' => (0, n),
        '^' => (n / 2, n - n / 2),
        _ => (n, 0),
    };
    if before > 0 {
        let at = if align == '=' { start + prefix_len } else { start };
        insert_fill(out, at, fill, before);
    }
    out.extend(std::iter::repeat_n(fill, after));
}

/// Inserts `n` fill characters at byte `at` (a character boundary); the usual short runs of
/// spaces or zeros come from a constant instead of a temporary string.
fn insert_fill(out: &mut String, at: usize, fill: char, n: usize) {
    const SPACES: &str = "                                ";
    const ZEROS: &str = "00000000000000000000000000000000";
    let run = match fill {
        ' ' => SPACES.get(..n),
        '0' => ZEROS.get(..n),
        _ => None,
    };
    match run {
        Some(run) => out.insert_str(at, run),
        None => {
            let run: String = std::iter::repeat_n(fill, n).collect();
            out.insert_str(at, &run);
        }
    }
}

/// Cuts `out[start..]` to its first `n` characters (a precision applied to text).
pub(crate) fn truncate_chars(out: &mut String, start: usize, n: usize) {
    if let Some((k, _)) = out.get(start..).and_then(|t| t.char_indices().nth(n)) {
        out.truncate(start + k);
    }
}

/// `str % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let Some(f) = vm.str_ref(fmt) else { return Err(vm.type_error("expected str")) };
    let f = f.to_string();
    let out = percent_core(vm, &f, args, false)?;
    vm.new_string(out)
}

/// `bytes % args`.
pub fn percent_format_bytes(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    // Bytes are formatted as latin-1 text (one char per byte) and turned back into bytes after,
    // so bytes 0x80-0xff pass through unchanged.
    let f: String = vm.bytes_like(fmt).unwrap_or_default().iter().map(|&b| b as char).collect();
    let out = percent_core(vm, &f, args, true)?;
    vm.new_bytes(out.chars().map(|c| u8::try_from(c as u32).unwrap_or(b'?')).collect())
}

fn percent_core(vm: &mut Vm, f: &str, args: Value, bytes_mode: bool) -> PyResult<String> {
    // A tuple subclass (a namedtuple, `os.uname()`) gives its items, as a tuple does.
    let base = vm.builtin_base(args);
    let is_tuple = matches!(base.as_obj().map(|r| vm.heap.get(r)), Some(Object::Tuple(_)));
    let is_mapping = matches!(base.as_obj().map(|r| vm.heap.get(r)), Some(Object::Dict(_)));
    let items = if is_tuple { vm.tuple_items(base) } else { vec![args] };
    let mut next = 0usize;
    let mut out = String::with_capacity(f.len() + 16);
    // Scanned as bytes: every special character is ASCII, so the slices below fall on character
    // boundaries, and literal text is copied in runs up to the next '%'.
    let chars = f.as_bytes();
    let mut i = 0;
    let take = |vm: &mut Vm, next: &mut usize| -> PyResult<Value> {
        let v = items.get(*next).copied();
        *next += 1;
        v.ok_or_else(|| vm.type_error("format string needs more arguments"))
    };
    let digits = |i: &mut usize| -> usize {
        let start = *i;
        while chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
            *i += 1;
        }
        f.get(start..*i).and_then(|d| d.parse().ok()).unwrap_or(0)
    };
    while i < chars.len() {
        let Some(pct) = chars.get(i..).and_then(|rest| memchr::memchr(b'%', rest)) else {
            out.push_str(f.get(i..).unwrap_or(""));
            break;
        };
        out.push_str(f.get(i..i + pct).unwrap_or(""));
        i += pct + 1;
        let mut spec = FormatSpec { fill: ' ', ..Default::default() };
        let mut mapping_value = None;
        if chars.get(i) == Some(&b'(') {
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars.get(i) {
                    Some(b'(') => depth += 1,
                    Some(b')') => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key = f.get(start..i - 1).unwrap_or("");
            if !is_mapping {
                return Err(vm.type_error("format requires a dict"));
            }
            // A bytes format looks its keys up as bytes (`b'%(k)s' % {b'k': ...}`).
            let k = if bytes_mode {
                vm.new_bytes(key.chars().map(|c| u8::try_from(c as u32).unwrap_or(b'?')).collect())?
            } else {
                vm.new_str(key)?
            };
            mapping_value = Some(vm.get_item(args, k)?);
        }
        loop {
            match chars.get(i) {
                Some(b'-') => spec.align = Some('<'),
                Some(b'+') => spec.sign = Some('+'),
                Some(b' ') => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                Some(b'#') => spec.alternate = true,
                Some(b'0') => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if chars.get(i) == Some(&b'*') {
            i += 1;
            let w = take(vm, &mut next)?;
            // A negative `*` width left-aligns, as the `-` flag does.
            let w = vm.index_value(w, "width")?;
            if w < 0 {
                spec.align = Some('<');
            }
            spec.width = usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX);
        } else {
            spec.width = digits(&mut i);
        }
        if chars.get(i) == Some(&b'.') {
            i += 1;
            if chars.get(i) == Some(&b'*') {
                i += 1;
                let p = take(vm, &mut next)?;
                spec.precision = Some(vm.index_value(p, "precision")?.max(0) as usize);
            } else {
                spec.precision = Some(digits(&mut i));
            }
        }
        let Some(conv) = f.get(i..).and_then(|rest| rest.chars().next()) else {
            return Err(vm.value_error("incomplete format"));
        };
        vm.check_spec_size(&spec)?;
        i += conv.len_utf8();
        if conv == '%' {
            out.push('%');
            continue;
        }
        if spec.align == Some('<') {
            spec.zero = false;
        }
        let v = match mapping_value {
            Some(v) => v,
            None => take(vm, &mut next)?,
        };
        // The plain `%s` of a str and `%d` of a small int are written straight into the output.
        let plain = spec.width == 0 && spec.precision.is_none() && spec.sign.is_none() && !spec.alternate;
        if plain && !bytes_mode {
            match (conv, v) {
                ('s', Value::Obj(r)) => {
                    if let Object::Str(ps) = vm.heap.get(r) {
                        out.push_str(&ps.s);
                        continue;
                    }
                }
                ('d' | 'i' | 'u', Value::Int(n)) => {
                    push_int(&mut out, n);
                    continue;
                }
                _ => {}
            }
        }
        // A number conversion of an int/float subclass instance formats its value.
        let v = if matches!(conv, 's' | 'r' | 'a') { v } else { vm.builtin_base(v) };
        // Every conversion writes its text straight into `out` and pads it there.
        let start = out.len();
        match conv {
            's' | 'b' if bytes_mode => {
                let Some(b) = vm.bytes_like(v) else {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                    )));
                };
                out.extend(b.iter().map(|&b| b as char));
                if let Some(p) = spec.precision {
                    truncate_chars(&mut out, start, p);
                }
                spec.pad_text(&mut out, start, '>');
            }
            'c' if bytes_mode => {
                let v = if let Value::Bool(b) = v { Value::Int(b as i64) } else { v };
                let c = match v {
                    Value::Int(i) if (0..256).contains(&i) => i as u8 as char,
                    _ if vm.is_int(v) => return Err(vm.overflow_error("%c arg not in range(256)")),
                    _ => match vm.bytes_like(v) {
                        Some(b) if b.len() == 1 => b.first().map_or('\0', |&b| b as char),
                        _ => return Err(vm.type_error("%c requires an integer in range(256) or a single byte")),
                    },
                };
                out.push(c);
                spec.pad_text(&mut out, start, '>');
            }
            's' | 'r' | 'a' => {
                match conv {
                    's' => match vm.exact_str_ref(v) {
                        Some(s) => out.push_str(s),
                        None => out.push_str(&vm.to_str(v)?),
                    },
                    'r' if !bytes_mode => out.push_str(&vm.repr(v)?),
                    _ => out.push_str(&ascii_escape(&vm.repr(v)?)),
                }
                if let Some(p) = spec.precision {
                    truncate_chars(&mut out, start, p);
                }
                spec.pad_text(&mut out, start, '>');
            }
            'c' => {
                let v = if let Value::Bool(b) = v { Value::Int(b as i64) } else { v };
                let c = match v {
                    _ if vm.is_int(v) && !matches!(v, Value::Int(_)) => {
                        return Err(vm.overflow_error("%c arg not in range(0x110000)"));
                    }
                    Value::Int(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                        Some(c) => c,
                        None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    },
                    _ => {
                        let mut it = vm.str_ref(v).unwrap_or("").chars();
                        match (it.next(), it.next()) {
                            (Some(c), None) => c,
                            _ => return Err(vm.type_error("%c requires int or char")),
                        }
                    }
                };
                out.push(c);
                spec.pad_text(&mut out, start, '>');
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let iv = match v {
                    // Truncated exactly: `'%d' % 2.0**100` prints all 31 digits.
                    Value::Float(_) if matches!(conv, 'd' | 'i' | 'u') => vm.to_int(v)?,
                    Value::Float(_) => {
                        return Err(vm.type_error(format!("%{conv} format: an integer is required, not float")));
                    }
                    _ => v,
                };
                if !vm.is_int(iv) {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("%{conv} format: a number is required, not {tn}")));
                }
                let t = match conv {
                    'x' => 'x',
                    'X' => 'X',
                    'o' => 'o',
                    _ => 'd',
                };
                match spec.precision {
                    // A precision is a minimum number of digits (`'%.3x' % 5` is `005`): the
                    // digits are zero-filled after the sign and base prefix, then padded.
                    Some(p) => {
                        let sub = FormatSpec { ty: Some(t), precision: None, width: 0, ..spec_copy(&spec) };
                        vm.format_with_into(&mut out, iv, &sub)?;
                        let body = out.get(start..).unwrap_or("");
                        let sign_len = usize::from(body.starts_with(['-', '+', ' ']));
                        let base_len = if spec.alternate && t != 'd' { 2 } else { 0 };
                        let prefix_len = (sign_len + base_len).min(body.len());
                        let n_digits = body.len() - prefix_len;
                        if n_digits < p {
                            insert_fill(&mut out, start + prefix_len, '0', p - n_digits);
                        }
                        spec.pad_number(&mut out, start, prefix_len);
                    }
                    None => {
                        let sub = FormatSpec { ty: Some(t), ..spec_copy(&spec) };
                        vm.format_with_into(&mut out, iv, &sub)?;
                    }
                }
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let Some(_) = vm.to_f64(v) else {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("can't convert {tn} to float")));
                };
                let sub =
                    FormatSpec { ty: Some(conv), precision: Some(spec.precision.unwrap_or(6)), ..spec_copy(&spec) };
                vm.format_with_into(&mut out, v, &sub)?;
            }
            _ => {
                return Err(vm.value_error(format!("unsupported format character '{conv}'")));
            }
        }
    }
    if next < items.len() && !is_mapping && is_tuple {
        return Err(vm.type_error("format string needs fewer arguments"));
    }
    // As in CPython, an unused single argument that supports indexing (a list, bytes...) is
    // taken for a mapping and not reported.
    let indexable = matches!(
        args.as_obj().map(|r| vm.heap.get(r)),
        Some(Object::List(_) | Object::Bytes(_) | Object::ByteArray(_) | Object::Range(_))
    );
    if !is_tuple && !is_mapping && !indexable && next == 0 && !items.is_empty() {
        return Err(vm.type_error("format string needs fewer arguments"));
    }
    Ok(out)
}

fn spec_copy(s: &FormatSpec) -> FormatSpec {
    FormatSpec {
        fill: s.fill,
        align: s.align,
        sign: s.sign,
        alternate: s.alternate,
        zero: s.zero,
        width: s.width,
        grouping: s.grouping,
        precision: s.precision,
        ty: s.ty,
    }
}
