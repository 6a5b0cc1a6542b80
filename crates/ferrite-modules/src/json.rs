//! `json` (docs: library/json.html): dumps/dump/loads/load.
//!
//! Both directions walk nested data with an explicit stack, never Rust recursion, and stop at
//! `MAX_DEPTH` levels with RuntimeError (CPython raises RecursionError, a RuntimeError subclass,
//! at about the same depth), so neither a deep document nor a self-containing list can exhaust
//! the Rust stack. Neither direction calls Python code, so values held on the Rust side cannot
//! be collected meanwhile (collection runs only at interpreter safe points), except the
//! `default` function of `dumps`: while it is given, every value queued for writing is rooted.
//!
//! Output follows MicroPython, which differs from CPython's defaults: non-ASCII characters are
//! written as-is (CPython: `ensure_ascii`, `\uXXXX`); control characters other than `\n`, `\r`,
//! `\t` become `\u00XX` (CPython writes `\b` and `\f`); non-finite floats are written as Python
//! prints them (`nan`, `inf`; CPython: `NaN`, `Infinity`); `bytes` are written as a string of
//! their characters, as MicroPython does (CPython refuses them). `separators` and `default` are
//! the keywords accepted. Malformed input raises `ValueError: syntax error in JSON`.

use dashu_int::IBig;
use ferrite_vm::builtins::{check_args, check_kwargs, kwarg};
use ferrite_vm::object::Object;
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyErr, PyResult, Value, Vm};

use crate::util::add_functions;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "json", init };

/// Containers nested deeper than this are refused in both directions.
const MAX_DEPTH: usize = 1000;

fn depth_error(vm: &mut Vm) -> PyErr {
    vm.runtime_error("maximum recursion depth exceeded")
}

fn syntax_error(vm: &mut Vm) -> PyErr {
    vm.value_error("syntax error in JSON")
}

// ---- serialising

/// A container being written: its remaining entries.
enum Open {
    Seq { items: Vec<Value>, next: usize },
    Map { items: Vec<(Value, Value)>, next: usize },
}

struct Writer<'a> {
    out: String,
    stack: Vec<Open>,
    item_sep: &'a str,
    key_sep: &'a str,
    /// The `default` function called for a value JSON cannot write, if one was given.
    default: Option<Value>,
}

/// The built-in object behind a value: itself, or the built-in base of an instance of a
/// subclass of list, dict, str or int.
fn builtin_of(vm: &Vm, v: Value) -> Value {
    if let Some(Object::Instance(i)) = v.as_obj().map(|r| vm.heap.get(r)) {
        if !i.base.is_none() {
            return i.base;
        }
    }
    v
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The JSON text of a scalar, or `None` for a value that is not one.
fn scalar_text(vm: &Vm, v: Value) -> Option<String> {
    Some(match v {
        Value::None => "null".into(),
        Value::Bool(true) => "true".into(),
        Value::Bool(false) => "false".into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => ferrite_vm::format::float_repr(f),
        Value::Obj(r) => match vm.heap.get(r) {
            Object::BigInt(b) => b.to_string(),
            _ => return None,
        },
        Value::Unbound => return None,
    })
}

/// Whether the writer knows how to write `v` (a built-in value, after `builtin_of`).
fn writable(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) => matches!(
            vm.heap.get(r),
            Object::BigInt(_) | Object::Str(_) | Object::Bytes(_) | Object::List(_) | Object::Tuple(_) | Object::Dict(_)
        ),
        Value::Unbound => false,
        _ => true,
    }
}

impl Writer<'_> {
    /// Writes a scalar, or opens a container and pushes it.
    fn value(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let mut v = builtin_of(vm, v);
        let mut converted = 0;
        while self.default.is_some() && !writable(vm, v) {
            v = self.convert(vm, v, &mut converted)?;
        }
        if let Some(t) = scalar_text(vm, v) {
            self.out.push_str(&t);
            return Ok(());
        }
        let open = match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Str(s)) => {
                write_str(&mut self.out, &s.s);
                return Ok(());
            }
            Some(Object::Bytes(b)) => {
                write_str(&mut self.out, &String::from_utf8_lossy(b));
                return Ok(());
            }
            Some(Object::List(_) | Object::Tuple(_)) => {
                self.out.push('[');
                Open::Seq { items: vm.list_items(v), next: 0 }
            }
            Some(Object::Dict(_)) => {
                self.out.push('{');
                Open::Map { items: vm.dict_items(v), next: 0 }
            }
            _ => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("Object of type {tn} is not JSON serializable")));
            }
        };
        if self.stack.len() >= MAX_DEPTH {
            return Err(depth_error(vm));
        }
        if self.default.is_some() {
            // `default` runs Python code: keep the queued values alive even if it empties
            // the container they were copied from.
            match &open {
                Open::Seq { items, .. } => items.iter().for_each(|v| vm.root(*v)),
                Open::Map { items, .. } => items.iter().for_each(|(k, v)| {
                    vm.root(*k);
                    vm.root(*v);
                }),
            }
        }
        self.stack.push(open);
        Ok(())
    }

    /// `default(v)` for a value JSON cannot write, rooted; a chain of conversions counts
    /// against the depth limit (a `default` that returns its argument would never end).
    #[inline(never)]
    fn convert(&mut self, vm: &mut Vm, v: Value, converted: &mut usize) -> PyResult<Value> {
        *converted += 1;
        if *converted > MAX_DEPTH {
            return Err(depth_error(vm));
        }
        let f = self.default.unwrap_or(Value::None);
        let r = vm.call(f, &[v])?;
        vm.root(r);
        Ok(builtin_of(vm, r))
    }

    /// A dict key: strings as they are, numbers, booleans and None as their JSON text in
    /// quotes (as CPython and MicroPython both do).
    fn key(&mut self, vm: &mut Vm, k: Value) -> PyResult<()> {
        let k = builtin_of(vm, k);
        if let Some(s) = vm.str_ref(k) {
            write_str(&mut self.out, s);
            return Ok(());
        }
        match scalar_text(vm, k) {
            Some(t) => {
                write_str(&mut self.out, &t);
                Ok(())
            }
            None => {
                let tn = vm.type_name(k);
                Err(vm.type_error(format!("keys must be str, int, float, bool or None, not {tn}")))
            }
        }
    }

    fn run(&mut self, vm: &mut Vm, root: Value) -> PyResult<()> {
        self.value(vm, root)?;
        while let Some(top) = self.stack.last_mut() {
            match top {
                Open::Seq { items, next } => match items.get(*next).copied() {
                    Some(v) => {
                        if *next > 0 {
                            self.out.push_str(self.item_sep);
                        }
                        *next += 1;
                        self.value(vm, v)?;
                    }
                    None => {
                        self.out.push(']');
                        self.stack.pop();
                    }
                },
                Open::Map { items, next } => match items.get(*next).copied() {
                    Some((k, v)) => {
                        if *next > 0 {
                            self.out.push_str(self.item_sep);
                        }
                        *next += 1;
                        self.key(vm, k)?;
                        self.out.push_str(self.key_sep);
                        self.value(vm, v)?;
                    }
                    None => {
                        self.out.push('}');
                        self.stack.pop();
                    }
                },
            }
        }
        Ok(())
    }
}

/// The JSON text of `obj` with the `separators` and `default` keywords applied.
fn serialise(vm: &mut Vm, obj: Value, kw: &[(Name, Value)]) -> PyResult<String> {
    check_kwargs(vm, kw, &["separators", "default"])?;
    let (mut item_sep, mut key_sep) = (", ".to_string(), ": ".to_string());
    if let Some(seps) = kwarg(vm, kw, "separators").filter(|s| !s.is_none()) {
        let parts = match seps.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Tuple(_) | Object::List(_)) => vm.list_items(seps),
            _ => {
                let tn = vm.type_name(seps);
                return Err(vm.type_error(format!("object '{tn}' isn't a tuple or list")));
            }
        };
        if parts.len() != 2 {
            let n = parts.len();
            return Err(vm.value_error(format!("requested length 2 but object has length {n}")));
        }
        let texts: Vec<Option<String>> = parts.iter().map(|p| vm.str_ref(*p).map(str::to_string)).collect();
        match texts.as_slice() {
            [Some(i), Some(k)] => {
                item_sep = i.clone();
                key_sep = k.clone();
            }
            _ => return Err(vm.type_error("separators must be a (str, str) tuple")),
        }
    }
    let default = kwarg(vm, kw, "default").filter(|d| !d.is_none());
    let mark = vm.roots_mark();
    let mut w = Writer { out: String::new(), stack: Vec::new(), item_sep: &item_sep, key_sep: &key_sep, default };
    let r = w.run(vm, obj);
    vm.truncate_roots(mark);
    r?;
    Ok(w.out)
}

fn dumps(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "dumps", args, 1, 1)?;
    let s = serialise(vm, args[0], kw)?;
    vm.new_string(s)
}

fn dump(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "dump", args, 2, 2)?;
    let s = serialise(vm, args[0], kw)?;
    let s = vm.new_string(s)?;
    let write = vm.intern("write");
    vm.call_method(args[1], write, &[s])?;
    Ok(Value::None)
}

// ---- parsing

/// A container being read.
enum Building {
    List(Vec<Value>),
    /// The dict and the key whose value comes next.
    Dict(Value, Value),
}

struct Parser<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Consumes `c` (after whitespace) or fails.
    fn expect(&mut self, vm: &mut Vm, c: u8) -> PyResult<()> {
        self.skip_ws();
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(syntax_error(vm))
        }
    }

    fn literal(&mut self, vm: &mut Vm, word: &[u8], v: Value) -> PyResult<Value> {
        if self.text.get(self.pos..self.pos + word.len()) == Some(word) {
            self.pos += word.len();
            Ok(v)
        } else {
            Err(syntax_error(vm))
        }
    }

    fn hex4(&mut self, vm: &mut Vm) -> PyResult<u32> {
        let digits = self.text.get(self.pos..self.pos + 4).ok_or_else(|| syntax_error(vm))?;
        let mut n = 0u32;
        for &d in digits {
            let Some(x) = (d as char).to_digit(16) else { return Err(syntax_error(vm)) };
            n = n * 16 + x;
        }
        self.pos += 4;
        Ok(n)
    }

    /// A string, the opening quote already consumed.
    fn string(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(c) = self.peek() else { return Err(syntax_error(vm)) };
            self.pos += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let Some(e) = self.peek() else { return Err(syntax_error(vm)) };
                    self.pos += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut cp = self.hex4(vm)?;
                            // A high surrogate followed by an escaped low one is one character.
                            if (0xD800..0xDC00).contains(&cp) && self.text.get(self.pos..self.pos + 2) == Some(b"\\u") {
                                let save = self.pos;
                                self.pos += 2;
                                let lo = self.hex4(vm)?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                                } else {
                                    self.pos = save;
                                }
                            }
                            // A lone surrogate cannot be held in a str: it becomes U+FFFD.
                            char::from_u32(cp).unwrap_or('\u{fffd}')
                        }
                        _ => return Err(syntax_error(vm)),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(c),
            }
        }
        match String::from_utf8(out) {
            Ok(s) => vm.new_string(s),
            Err(_) => Err(syntax_error(vm)),
        }
    }

    fn number(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let digits = |p: &mut Self| {
            let s = p.pos;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.pos += 1;
            }
            p.pos - s
        };
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Err(syntax_error(vm)),
        }
        let mut is_float = false;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            is_float = true;
            if digits(self) == 0 {
                return Err(syntax_error(vm));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            is_float = true;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return Err(syntax_error(vm));
            }
        }
        let text = std::str::from_utf8(self.text.get(start..self.pos).unwrap_or(&[])).unwrap_or("");
        if is_float {
            return match text.parse::<f64>() {
                Ok(f) => Ok(Value::Float(f)),
                Err(_) => Err(syntax_error(vm)),
            };
        }
        if let Ok(i) = text.parse::<i64>() {
            return Ok(Value::Int(i));
        }
        match text.parse::<IBig>() {
            Ok(b) => vm.new_bigint(b),
            Err(_) => Err(syntax_error(vm)),
        }
    }

    /// The key of a dict entry and its colon.
    fn key(&mut self, vm: &mut Vm) -> PyResult<Value> {
        self.expect(vm, b'"')?;
        let k = self.string(vm)?;
        self.expect(vm, b':')?;
        Ok(k)
    }

    fn document(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let mut stack: Vec<Building> = Vec::new();
        loop {
            // Read a value: a scalar, or the start of a container (then read its first value).
            self.skip_ws();
            let Some(c) = self.peek() else { return Err(syntax_error(vm)) };
            let mut v = match c {
                b'[' | b'{' => {
                    if stack.len() >= MAX_DEPTH {
                        return Err(depth_error(vm));
                    }
                    self.pos += 1;
                    self.skip_ws();
                    if c == b'[' {
                        if self.peek() == Some(b']') {
                            self.pos += 1;
                            vm.new_list(Vec::new())?
                        } else {
                            stack.push(Building::List(Vec::new()));
                            continue;
                        }
                    } else {
                        let d = vm.new_dict()?;
                        if self.peek() == Some(b'}') {
                            self.pos += 1;
                            d
                        } else {
                            let k = self.key(vm)?;
                            stack.push(Building::Dict(d, k));
                            continue;
                        }
                    }
                }
                b'"' => {
                    self.pos += 1;
                    self.string(vm)?
                }
                b'n' => self.literal(vm, b"null", Value::None)?,
                b't' => self.literal(vm, b"true", Value::Bool(true))?,
                b'f' => self.literal(vm, b"false", Value::Bool(false))?,
                b'-' | b'0'..=b'9' => self.number(vm)?,
                _ => return Err(syntax_error(vm)),
            };
            // Put the value into its container; close containers that end here.
            loop {
                self.skip_ws();
                match stack.last_mut() {
                    None => {
                        if self.pos != self.text.len() {
                            return Err(syntax_error(vm));
                        }
                        return Ok(v);
                    }
                    Some(Building::List(items)) => {
                        items.push(v);
                        match self.peek() {
                            Some(b',') => {
                                self.pos += 1;
                                break;
                            }
                            Some(b']') => {
                                self.pos += 1;
                                let Some(Building::List(items)) = stack.pop() else { return Err(syntax_error(vm)) };
                                v = vm.new_list(items)?;
                            }
                            _ => return Err(syntax_error(vm)),
                        }
                    }
                    Some(Building::Dict(d, k)) => {
                        let (d, k) = (*d, *k);
                        vm.dict_set(d, k, v)?;
                        match self.peek() {
                            Some(b',') => {
                                self.pos += 1;
                                let k = self.key(vm)?;
                                if let Some(Building::Dict(_, slot)) = stack.last_mut() {
                                    *slot = k;
                                }
                                break;
                            }
                            Some(b'}') => {
                                self.pos += 1;
                                stack.pop();
                                v = d;
                            }
                            _ => return Err(syntax_error(vm)),
                        }
                    }
                }
            }
        }
    }
}

/// Parses a str or bytes value holding a JSON document.
fn parse_value(vm: &mut Vm, src: Value) -> PyResult<Value> {
    let text: Vec<u8> = match vm.str_ref(src) {
        Some(s) => s.as_bytes().to_vec(),
        None => match vm.bytes_like(src) {
            Some(b) => b,
            None => {
                let tn = vm.type_name(src);
                return Err(vm.type_error(format!("the JSON object must be str or bytes, not {tn}")));
            }
        },
    };
    let mut p = Parser { text: &text, pos: 0 };
    p.document(vm)
}

fn loads(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "loads", args, 1, 1)?;
    parse_value(vm, args[0])
}

fn load(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "load", args, 1, 1)?;
    let read = vm.intern("read");
    let text = vm.call_method(args[0], read, &[])?;
    let mark = vm.roots_mark();
    vm.root(text);
    let res = parse_value(vm, text);
    vm.truncate_roots(mark);
    res
}

native!(DUMPS, "dumps", dumps, kw);
native!(DUMP, "dump", dump, kw);
native!(LOADS, "loads", loads);
native!(LOAD, "load", load);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&DUMPS, &DUMP, &LOADS, &LOAD])
}
