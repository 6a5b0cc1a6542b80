//! Text forms of values: `repr` and `str`. Nested containers are walked with a depth bound and a
//! guard against self-reference (`[...]`). The format-spec mini-language and `%` formatting are
//! in `format_spec.rs`.

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
                    if !base.is(v) {
                        // The built-in base prints itself unless the class overrides `__repr__`
                        // (in Python, or natively as an attrtuple does).
                        let repr_name = self.n.__repr__;
                        let own = self.class_lookup(class, repr_name);
                        let inherited = self.class_lookup(self.type_of(base), repr_name);
                        if own.is_none_or(|f| self.is_native(f) && Some(f) == inherited) {
                            return self.to_str(base);
                        }
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

    pub(crate) fn is_native(&self, f: Value) -> bool {
        matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::Native(_)))
    }

    /// `str(exc)`: the single argument's str, the args tuple's repr, or empty. An OSError
    /// whose first argument is a known errno prints as MicroPython's
    /// `[Errno 5] EIO` or, with a second argument, `[Errno 5] EIO: details`.
    pub fn exception_str(&mut self, exc: Value) -> PyResult<String> {
        let args = self.exc_data(exc).map(|d| d.args).unwrap_or(Value::None);
        let items = self.tuple_items(args);
        if let (1 | 2, Some(&Value::Int(errno))) = (items.len(), items.first()) {
            if self.is_exception_kind(exc, crate::error::ExcKind::OSError) {
                if let Some(name) = crate::errno_name(errno) {
                    let mut s = format!("[Errno {errno}] {name}");
                    if let Some(&detail) = items.get(1) {
                        s.push_str(": ");
                        s.push_str(&self.to_str(detail)?);
                    }
                    return Ok(s);
                }
            }
        }
        match items.len() {
            0 => Ok(String::new()),
            1 => {
                if self.is_exception_kind(exc, crate::error::ExcKind::KeyError) {
                    return self.repr(items[0]);
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
                    Object::Super { class, receiver } => {
                        // As CPython: the receiver is named by its type, or itself when a class.
                        let (class, receiver) = (*class, *receiver);
                        let of = match receiver.as_obj() {
                            Some(c) if matches!(self.heap.get(c), Object::Class(_)) => c,
                            _ => self.type_of(receiver),
                        };
                        let (cn, rn) = (self.class_name(class), self.class_name(of));
                        out.push_str(&format!("<super: <class '{cn}'>, <{rn} object>>"));
                    }
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
}

/// The address-like number object reprs show (`<X object at 0x...>`), for native types'
/// own reprs.
pub fn object_addr(v: Value) -> u64 {
    v.as_obj().map_or(0, addr)
}

fn addr(r: ObjRef) -> u64 {
    0x7f00_0000_0000 + (r.index as u64) * 32
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
