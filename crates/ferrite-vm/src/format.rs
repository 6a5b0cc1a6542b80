//! Text forms of values: `repr`, `str`, the format-spec mini-language (`format`, f-strings,
//! `str.format`) and `%` formatting. Nested containers are walked with a depth bound and a
//! guard against self-reference (`[...]`).

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Containers nested deeper than this raise RuntimeError in repr instead of exhausting the Rust
/// stack.
const MAX_REPR_DEPTH: usize = 800;

/// Python's `repr(float)`: the shortest text that reads back as the same float.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                for _ in digits.len()..point {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii() && !c.is_ascii_control() => out.push(c),
            c if crate::types::str_extra::is_printable_char(c) => out.push(c),
            c => {
                let n = c as u32;
                out.push_str(&match n {
                    0..=0xff => format!("\\x{n:02x}"),
                    0x100..=0xffff => format!("\\u{n:04x}"),
                    _ => format!("\\U{n:08x}"),
                });
            }
        }
    }
    out.push(quote);
    out
}

/// `ascii()` of a repr: non-ASCII characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_escape(s: &str) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        let _ = match n {
            0..=0x7f => write!(out, "{c}"),
            0x80..=0xff => write!(out, "\\x{n:02x}"),
            0x100..=0xffff => write!(out, "\\u{n:04x}"),
            _ => write!(out, "\\U{n:08x}"),
        };
    }
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

fn complex_repr(re: f64, im: f64) -> String {
    let part = |f: f64| {
        let s = float_repr(f);
        s.strip_suffix(".0").map(|x| x.to_string()).unwrap_or(s)
    };
    if re == 0.0 && !re.is_sign_negative() {
        format!("{}j", part(im))
    } else {
        let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) { "-" } else { "+" };
        format!("({}{}{}j)", part(re), sign, part(im.abs()))
    }
}

impl Vm {
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        if let Value::Int(i) = v {
            let mut out = String::with_capacity(20);
            push_int(&mut out, i);
            return Ok(out);
        }
        let mut out = String::new();
        self.repr_into(v, &mut out, &mut Vec::new())?;
        Ok(out)
    }

    pub fn to_str(&mut self, v: Value) -> PyResult<String> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Object::Str(s) => return Ok(s.s.to_string()),
                Object::Instance(i) => {
                    let class = i.class;
                    let is_exc = i.exception.is_some();
                    let s = self.n.__str__;
                    let default_str = self.class_lookup(self.types.object, s);
                    if let Some(f) = self.class_lookup(class, s) {
                        if Some(f) != default_str && !self.is_exception_default(f) {
                            let res = self.call(f, &[v])?;
                            return match self.str_ref(res) {
                                Some(s) => Ok(s.to_string()),
                                None => Err(self.type_error("__str__ returned non-string")),
                            };
                        }
                    }
                    if is_exc {
                        return self.exception_str(v);
                    }
                    let base = self.builtin_base(v);
                    if !base.is(v) && self.class_lookup(class, self.n.__repr__).is_none_or(|f| self.is_native(f)) {
                        return self.to_str(base);
                    }
                }
                _ => {}
            }
        }
        self.repr(v)
    }

    /// Exception classes print through `exception_str`, not object's `__str__`.
    fn is_exception_default(&self, f: Value) -> bool {
        let _ = f;
        false
    }

    fn is_native(&self, f: Value) -> bool {
        matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::Native(_)))
    }

    /// `str(exc)`: the single argument's str, the args tuple's repr, or empty.
    pub fn exception_str(&mut self, exc: Value) -> PyResult<String> {
        let args = self.exc_data(exc).map(|d| d.args).unwrap_or(Value::None);
        let items = self.tuple_items(args);
        match items.len() {
            0 => Ok(String::new()),
            1 => {
                if self.is_exception_kind(exc, crate::error::ExcKind::KeyError) {
                    return self.repr(items[0]);
                }
                if self.is_exception_kind(exc, crate::error::ExcKind::OSError) {
                    if let Value::Int(errno) = items[0] {
                        if let Some(name) = crate::errno_name(errno) {
                            return Ok(format!("[Errno {errno}] {name}"));
                        }
                    }
                }
                self.to_str(items[0])
            }
            _ => self.repr(args),
        }
    }

    fn repr_into(&mut self, v: Value, out: &mut String, seen: &mut Vec<ObjRef>) -> PyResult<()> {
        match v {
            Value::None | Value::Unbound => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => push_int(out, i),
            Value::Float(f) => out.push_str(&float_repr(f)),
            Value::Obj(r) => {
                if seen.len() > MAX_REPR_DEPTH {
                    return Err(self.recursion_error());
                }
                match self.heap.get(r) {
                    Object::Str(s) => out.push_str(&str_repr(&s.s)),
                    Object::Bytes(b) => out.push_str(&bytes_repr(b)),
                    Object::ByteArray(b) => {
                        out.push_str("bytearray(");
                        out.push_str(&bytes_repr(b));
                        out.push(')');
                    }
                    Object::BigInt(b) => out.push_str(&b.to_string()),
                    Object::Complex(re, im) => out.push_str(&complex_repr(*re, *im)),
                    Object::List(_) | Object::Tuple(_) => {
                        let is_list = matches!(self.heap.get(r), Object::List(_));
                        if seen.contains(&r) {
                            out.push_str(if is_list { "[...]" } else { "(...)" });
                            return Ok(());
                        }
                        let items = self.list_items(v);
                        out.push(if is_list { '[' } else { '(' });
                        seen.push(r);
                        for (i, item) in items.iter().enumerate() {
                            if i > 0 {
                                out.push_str(", ");
                            }
                            self.repr_into(*item, out, seen)?;
                        }
                        seen.pop();
                        if !is_list && items.len() == 1 {
                            out.push(',');
                        }
                        out.push(if is_list { ']' } else { ')' });
                    }
                    Object::Dict(_) => {
                        if seen.contains(&r) {
                            out.push_str("{...}");
                            return Ok(());
                        }
                        let items = self.dict_items(v);
                        out.push('{');
                        seen.push(r);
                        for (i, (k, val)) in items.iter().enumerate() {
                            if i > 0 {
                                out.push_str(", ");
                            }
                            self.repr_into(*k, out, seen)?;
                            out.push_str(": ");
                            self.repr_into(*val, out, seen)?;
                        }
                        seen.pop();
                        out.push('}');
                    }
                    Object::Set(d) | Object::FrozenSet(d) => {
                        let frozen = matches!(self.heap.get(r), Object::FrozenSet(_));
                        let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
                        if keys.is_empty() {
                            out.push_str(if frozen { "frozenset()" } else { "set()" });
                            return Ok(());
                        }
                        if frozen {
                            out.push_str("frozenset(");
                        }
                        out.push('{');
                        seen.push(r);
                        for (i, k) in keys.iter().enumerate() {
                            if i > 0 {
                                out.push_str(", ");
                            }
                            self.repr_into(*k, out, seen)?;
                        }
                        seen.pop();
                        out.push('}');
                        if frozen {
                            out.push(')');
                        }
                    }
                    Object::Range(rg) => {
                        if rg.step == 1 {
                            out.push_str(&format!("range({}, {})", rg.start, rg.stop));
                        } else {
                            out.push_str(&format!("range({}, {}, {})", rg.start, rg.stop, rg.step));
                        }
                    }
                    Object::Slice(a, b, c) => {
                        let (a, b, c) = (*a, *b, *c);
                        out.push_str("slice(");
                        self.repr_into(a, out, seen)?;
                        out.push_str(", ");
                        self.repr_into(b, out, seen)?;
                        out.push_str(", ");
                        self.repr_into(c, out, seen)?;
                        out.push(')');
                    }
                    Object::Function(f) => {
                        let name = self.name_str(f.name).to_string();
                        out.push_str(&format!("<function {name} at 0x{:x}>", addr(r)));
                    }
                    Object::Native(nf) => out.push_str(&format!("<function {}>", nf.name)),
                    Object::BoundMethod { func, receiver } => {
                        let (func, receiver) = (*func, *receiver);
                        let fname = self.callable_name(func);
                        let tn = self.type_name(receiver);
                        out.push_str(&format!("<bound_method {tn}.{fname}>"));
                    }
                    Object::Class(c) => {
                        let name = c.qualname.to_string();
                        let module = c.dict.get(self.n.__module__);
                        match module.and_then(|m| self.str_ref(m)).filter(|m| *m != "builtins") {
                            Some(m) => out.push_str(&format!("<class '{m}.{name}'>")),
                            None => out.push_str(&format!("<class '{name}'>")),
                        }
                    }
                    Object::Module(m) => {
                        let name = self.name_str(m.name).to_string();
                        out.push_str(&format!("<module '{name}'>"));
                    }
                    Object::Generator(g) => {
                        let name = self.name_str(g.name).to_string();
                        let kind = match g.kind {
                            crate::object::GenKind::Generator => "generator",
                            crate::object::GenKind::Coroutine => "coroutine",
                            crate::object::GenKind::AsyncGenerator => "async_generator",
                        };
                        out.push_str(&format!("<{kind} object '{name}' at 0x{:x}>", addr(r)));
                    }
                    Object::Instance(i) => {
                        let class = i.class;
                        let is_exc = i.exception.is_some();
                        if v.is(self.ellipsis) {
                            out.push_str("Ellipsis");
                            return Ok(());
                        }
                        if v.is(self.not_implemented) {
                            out.push_str("NotImplemented");
                            return Ok(());
                        }
                        let rn = self.n.__repr__;
                        if let Some(f) = self.class_lookup(class, rn) {
                            if f != self.object_repr_fn() {
                                self.repr_depth += 1;
                                if self.repr_depth > MAX_REPR_DEPTH {
                                    self.repr_depth -= 1;
                                    return Err(self.recursion_error());
                                }
                                let res = self.call(f, &[v]);
                                self.repr_depth -= 1;
                                let res = res?;
                                match self.str_ref(res) {
                                    Some(s) => out.push_str(s),
                                    None => return Err(self.type_error("__repr__ returned non-string")),
                                }
                                return Ok(());
                            }
                        }
                        if is_exc {
                            let name = self.class_name(class);
                            let args = self.exc_data(v).map(|d| d.args).unwrap_or(Value::None);
                            let items = self.tuple_items(args);
                            out.push_str(&name);
                            if items.len() == 1 {
                                out.push('(');
                                self.repr_into(items[0], out, seen)?;
                                out.push(')');
                            } else {
                                self.repr_into(args, out, seen)?;
                            }
                            return Ok(());
                        }
                        let base = self.builtin_base(v);
                        if !base.is(v) {
                            return self.repr_into(base, out, seen);
                        }
                        let name = self.class_qualname(class);
                        out.push_str(&format!("<{name} object at 0x{:x}>", addr(r)));
                    }
                    Object::Property { .. } => out.push_str(&format!("<property at 0x{:x}>", addr(r))),
                    Object::ClassMethod(_) => out.push_str(&format!("<classmethod at 0x{:x}>", addr(r))),
                    Object::StaticMethod(_) => out.push_str(&format!("<staticmethod at 0x{:x}>", addr(r))),
                    Object::Super { .. } => out.push_str("<super>"),
                    Object::Cell(_) => out.push_str(&format!("<cell at 0x{:x}>", addr(r))),
                    Object::Code(c) => {
                        let name = self.name_str(c.name).to_string();
                        out.push_str(&format!("<code object {name} at 0x{:x}>", addr(r)));
                    }
                    Object::Iterator(_) => out.push_str(&format!("<iterator object at 0x{:x}>", addr(r))),
                    Object::MemoryView { .. } => out.push_str(&format!("<memoryview at 0x{:x}>", addr(r))),
                    Object::DictView { dict, kind } => {
                        let (dict, kind) = (*dict, *kind);
                        let items = self.dict_items(dict);
                        let (label, vals): (&str, Vec<Value>) = match kind {
                            crate::object::ViewKind::Keys => ("dict_keys", items.iter().map(|(k, _)| *k).collect()),
                            crate::object::ViewKind::Values => ("dict_values", items.iter().map(|(_, v)| *v).collect()),
                            crate::object::ViewKind::Items => {
                                let mut v = Vec::new();
                                for (k, val) in &items {
                                    v.push(self.new_tuple(vec![*k, *val])?);
                                }
                                ("dict_items", v)
                            }
                        };
                        let l = self.new_list(vals)?;
                        out.push_str(label);
                        out.push('(');
                        self.repr_into(l, out, seen)?;
                        out.push(')');
                    }
                    Object::Data(d) => {
                        let class = d.class;
                        let rn = self.n.__repr__;
                        if let Some(f) = self.class_lookup(class, rn) {
                            if f != self.object_repr_fn() {
                                let res = self.call(f, &[v])?;
                                out.push_str(self.str_ref(res).unwrap_or(""));
                                return Ok(());
                            }
                        }
                        let name = self.class_qualname(class);
                        out.push_str(&format!("<{name} object at 0x{:x}>", addr(r)));
                    }
                    Object::Dead => out.push_str("<dead>"),
                }
            }
        }
        Ok(())
    }

    pub(crate) fn class_qualname(&self, class: ObjRef) -> String {
        match self.heap.get(class) {
            Object::Class(c) => c.qualname.to_string(),
            _ => "?".into(),
        }
    }

    pub(crate) fn callable_name(&self, f: Value) -> String {
        match f.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Function(func)) => self.name_str(func.name).to_string(),
            Some(Object::Native(nf)) => nf.name.to_string(),
            _ => "?".into(),
        }
    }

    /// `PrintExpr`: the REPL's echo of an expression statement.
    pub(crate) fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let s = self.repr(v)?;
        self.write_out(&s)?;
        self.write_out("\n")?;
        let underscore = self.n._underscore;
        let b = self.builtins;
        self.module_set(b, underscore, v);
        Ok(())
    }

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

fn addr(r: ObjRef) -> u64 {
    0x7f00_0000_0000 + (r.index as u64) * 32
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
        // A number conversion of an int/float subclass instance formats its value.
        let v = if matches!(conv, 's' | 'r' | 'a') { v } else { vm.builtin_base(v) };
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

/// Appends the decimal digits of `n`. Written out because `write!` goes through `core::fmt`,
/// several times the work for the small ints that `str(i)`, `%d`, `{}` and f-strings format.
pub(crate) fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_uint(out, n.unsigned_abs());
}

/// Appends the decimal digits of `m` (see `push_int`).
pub(crate) fn push_uint(out: &mut String, mut m: u64) {
    // u64::MAX has 20 digits.
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(d) = buf.get_mut(i) {
            *d = b'0' + (m % 10) as u8;
        }
        m /= 10;
        if m == 0 || i == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(buf.get(i..).unwrap_or(&[])).unwrap_or(""));
}
