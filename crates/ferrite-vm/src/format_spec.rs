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
            // `f"{s}"` is `s`; `f"{i}"` of a small int is its digits.
            if self.str_ref(v).is_some() {
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
        if let Some(Object::Instance(i)) = v.as_obj().map(|r| self.heap.get(r)) {
            let class = i.class;
            let f = self.n.__format__;
            if let Some(func) = self.class_lookup(class, f) {
                if !self.is_native(func) {
                    let sv = self.new_str(spec)?;
                    let r = self.call(func, &[v, sv])?;
                    return Ok(self.str_ref(r).unwrap_or("").to_string());
                }
            }
        }
        // `format(x, '')` is `str(x)` for every built-in type.
        if spec.is_empty() {
            return self.to_str(v);
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
        self.format_with(base, &parsed)
    }

    /// Refuses a width or precision whose text would not fit in the heap (`'{:999999999999}'`).
    fn check_spec_size(&mut self, spec: &FormatSpec) -> PyResult<()> {
        let n = spec.width.max(spec.precision.unwrap_or(0));
        if n > self.heap.limit || !self.heap.can_fit(n) {
            return Err(self.memory_error());
        }
        Ok(())
    }

    fn format_with(&mut self, v: Value, spec: &FormatSpec) -> PyResult<String> {
        self.check_spec_size(spec)?;
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
            let mut s = self.to_str(v)?;
            if let Some(p) = spec.precision {
                s = s.chars().take(p).collect();
            }
            // A leading `0` in the spec zero-fills text too (`'{:05}'.format('ab')` is `ab000`).
            if spec.zero && spec.fill == ' ' {
                let zs = FormatSpec { fill: '0', ..spec_copy(spec) };
                return Ok(zs.pad(s, '<'));
            }
            return Ok(spec.pad(s, '<'));
        }
        if spec.precision.is_some()
            && !matches!(v, Value::Float(_))
            && matches!(spec.ty, None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c'))
        {
            return Err(self.value_error("Precision not allowed in integer format specifier"));
        }
        let ty = spec.ty.unwrap_or(if matches!(v, Value::Float(_)) { 'g' } else { 'd' });
        let body = match ty {
            'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {
                if let Value::Float(_) = v {
                    return Err(self.value_error(format!("unknown format code '{ty}' for object of type 'float'")));
                }
                let Some(i) = self.to_bigint(v) else { return Err(self.type_error("expected int")) };
                if ty == 'c' {
                    let Some(c) = u32::try_from(&i).ok().and_then(char::from_u32) else {
                        return Err(self.overflow_error("%c arg not in range(0x110000)"));
                    };
                    return Ok(spec.pad(c.to_string(), '<'));
                }
                let (neg, mut digits) = match v {
                    // Small ints format without the detour through a big integer.
                    Value::Int(n) => {
                        let m = n.unsigned_abs();
                        let digits = match ty {
                            'b' => format!("{m:b}"),
                            'o' => format!("{m:o}"),
                            'x' => format!("{m:x}"),
                            'X' => format!("{m:X}"),
                            _ => {
                                let mut d = String::with_capacity(20);
                                push_uint(&mut d, m);
                                d
                            }
                        };
                        (n < 0, digits)
                    }
                    _ => {
                        let neg = i < dashu_int::IBig::ZERO;
                        let mag = if neg { -i } else { i };
                        let digits = match ty {
                            'b' => mag.in_radix(2).to_string(),
                            'o' => mag.in_radix(8).to_string(),
                            'x' => mag.in_radix(16).to_string(),
                            'X' => mag.in_radix(16).to_string().to_uppercase(),
                            _ => mag.to_string(),
                        };
                        (neg, digits)
                    }
                };
                if let Some(sep) = spec.grouping {
                    let group = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
                    digits = group_digits(&digits, sep, group);
                }
                let prefix = if spec.alternate {
                    match ty {
                        'b' => "0b",
                        'o' => "0o",
                        'x' => "0x",
                        'X' => "0X",
                        _ => "",
                    }
                } else {
                    ""
                };
                (neg, prefix, digits)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
                let Some(f) = self.to_f64(v) else { return Err(self.type_error("expected float")) };
                let neg = f.is_sign_negative() && !(f == 0.0 && spec.ty.is_none());
                let body = format_float(f.abs(), ty, spec.precision, spec.alternate, spec.ty.is_none());
                let body = match spec.grouping {
                    Some(sep) => {
                        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                            Some(i) => body.split_at(i),
                            None => (body.as_str(), ""),
                        };
                        format!("{}{}", group_digits(int_part, sep, 3), rest)
                    }
                    None => body,
                };
                (neg && !f.is_nan(), "", body)
            }
            _ => {
                let tn = self.type_name(v);
                return Err(self.value_error(format!("unknown format code '{ty}' for object of type '{tn}'")));
            }
        };
        // The `#` prefix sits between the sign and any zero padding (`{:#010x}` is `0x000000ff`).
        let (neg, prefix, digits) = body;
        let sign = if neg {
            "-"
        } else {
            match spec.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        Ok(spec.pad_number(&format!("{sign}{prefix}"), &digits))
    }
}

fn group_digits(digits: &str, sep: char, group: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / group);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(group) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Formats a non-negative float for the `e`, `f`, `g` and `%` presentation types.
pub fn format_float(f: f64, ty: char, precision: Option<usize>, alternate: bool, bare: bool) -> String {
    if f.is_nan() {
        return if ty.is_ascii_uppercase() { "NAN".into() } else { "nan".into() };
    }
    if f.is_infinite() {
        return if ty.is_ascii_uppercase() { "INF".into() } else { "inf".into() };
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
    pub fn parse(spec: &str) -> Option<FormatSpec> {
        let chars: Vec<char> = spec.chars().collect();
        let mut s = FormatSpec { fill: ' ', ..Default::default() };
        let mut i = 0;
        let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
        if chars.len() >= 2 && is_align(chars[1]) {
            s.fill = chars[0];
            s.align = Some(chars[1]);
            i = 2;
        } else if !chars.is_empty() && is_align(chars[0]) {
            s.align = Some(chars[0]);
            i = 1;
        }
        if let Some(&c) = chars.get(i) {
            if matches!(c, '+' | '-' | ' ') {
                s.sign = Some(c);
                i += 1;
            }
        }
        if chars.get(i) == Some(&'#') {
            s.alternate = true;
            i += 1;
        }
        if chars.get(i) == Some(&'0') {
            s.zero = true;
            i += 1;
        }
        let start = i;
        while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if i > start {
            s.width = chars[start..i].iter().collect::<String>().parse().ok()?;
        }
        if let Some(&c) = chars.get(i) {
            if c == ',' || c == '_' {
                s.grouping = Some(c);
                i += 1;
            }
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            let start = i;
            while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
            if i == start {
                return None;
            }
            s.precision = Some(chars[start..i].iter().collect::<String>().parse().ok()?);
        }
        if let Some(&c) = chars.get(i) {
            s.ty = Some(c);
            i += 1;
        }
        if i != chars.len() {
            return None;
        }
        Some(s)
    }

    /// Pads text to the width with the default alignment given.
    pub fn pad(&self, s: String, default_align: char) -> String {
        let len = s.chars().count();
        if len >= self.width {
            return s;
        }
        let fill_n = self.width - len;
        let fill = |n: usize| std::iter::repeat_n(self.fill, n).collect::<String>();
        match self.align.unwrap_or(default_align) {
            '<' => format!("{s}{}", fill(fill_n)),
            '^' => format!("{}{s}{}", fill(fill_n / 2), fill(fill_n - fill_n / 2)),
            _ => format!("{}{s}", fill(fill_n)),
        }
    }

    /// Pads a number: right-aligned by default; `=` (or a leading `0`) pads between sign and digits.
    pub fn pad_number(&self, sign: &str, digits: &str) -> String {
        let len = sign.chars().count() + digits.chars().count();
        if len >= self.width {
            return format!("{sign}{digits}");
        }
        // A leading `0` means fill '0' unless a fill is given, and '=' unless an alignment is.
        let fill = if self.zero && self.fill == ' ' { '0' } else { self.fill };
        let align = self.align.unwrap_or(if self.zero { '=' } else { '>' });
        let n = self.width - len;
        let pad: String = std::iter::repeat_n(fill, n).collect();
        match align {
            '<' => format!("{sign}{digits}{pad}"),
            '^' => {
                let left: String = std::iter::repeat_n(fill, n / 2).collect();
                let right: String = std::iter::repeat_n(fill, n - n / 2).collect();
                format!("{left}{sign}{digits}{right}")
            }
            '=' => format!("{sign}{pad}{digits}"),
            _ => format!("{pad}{sign}{digits}"),
        }
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
    let is_tuple = matches!(args.as_obj().map(|r| vm.heap.get(r)), Some(Object::Tuple(_)));
    let is_mapping = matches!(vm.builtin_base(args).as_obj().map(|r| vm.heap.get(r)), Some(Object::Dict(_)));
    let items = if is_tuple { vm.tuple_items(args) } else { vec![args] };
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
        let Some(pct) = f.get(i..).and_then(|rest| rest.find('%')) else {
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
        let piece = match conv {
            's' | 'b' if bytes_mode => {
                let Some(b) = vm.bytes_like(v) else {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                    )));
                };
                let mut s: String = b.iter().map(|&b| b as char).collect();
                if let Some(p) = spec.precision {
                    s = s.chars().take(p).collect();
                }
                spec.zero = false;
                spec.pad(s, '>')
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
                spec.zero = false;
                spec.pad(c.to_string(), '>')
            }
            's' | 'r' | 'a' => {
                let mut s = match conv {
                    's' => vm.to_str(v)?,
                    'r' if !bytes_mode => vm.repr(v)?,
                    _ => ascii_escape(&vm.repr(v)?),
                };
                if let Some(p) = spec.precision {
                    s = s.chars().take(p).collect();
                }
                spec.zero = false;
                spec.pad(s, '>')
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
                spec.zero = false;
                spec.pad(c.to_string(), '>')
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let iv = match v {
                    Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => Value::Int(f.trunc() as i64),
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
                let sub = FormatSpec { ty: Some(t), precision: None, ..spec_copy(&spec) };
                let s = vm.format_with(iv, &sub)?;
                match spec.precision {
                    Some(p) if t == 'd' => {
                        let (sign, digits) = if let Some(d) = s.trim_start().strip_prefix('-') {
                            ("-", d)
                        } else {
                            ("", s.trim_start())
                        };
                        let digits = format!("{:0>p$}", digits);
                        spec.pad_number(sign, &digits)
                    }
                    _ => s,
                }
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let Some(_) = vm.to_f64(v) else {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("can't convert {tn} to float")));
                };
                let sub =
                    FormatSpec { ty: Some(conv), precision: Some(spec.precision.unwrap_or(6)), ..spec_copy(&spec) };
                vm.format_with(v, &sub)?
            }
            _ => {
                return Err(vm.value_error(format!("unsupported format character '{conv}'")));
            }
        };
        out.push_str(&piece);
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
