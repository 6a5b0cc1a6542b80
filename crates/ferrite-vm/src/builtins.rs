//! The `builtins` module: MicroPython's built-in functions (docs: library/builtins.html).
//! Built-in types live in `types/`; their constructors are their `__new__`.

use crate::error::{ExcKind, PyResult};
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::native;
use crate::object::{Iter, Module, Object};
use crate::value::Value;
use crate::vm::Vm;
use dashu_int::ops::Abs;

/// Checks a native function's positional argument count.
#[inline]
pub fn check_args(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        return Err(arity_error(vm, name, args, min, max));
    }
    Ok(())
}

/// Out of line, so that the check inlined into every native function stays two compares.
#[cold]
#[inline(never)]
fn arity_error(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> crate::error::PyErr {
    {
        let msg = if min == max {
            format!("function takes {min} positional arguments but {} were given", args.len())
        } else if args.len() < min {
            format!("function missing {} required positional arguments", min - args.len())
        } else {
            format!("function expected at most {max} arguments, got {}", args.len())
        };
        let _ = name;
        vm.type_error(msg)
    }
}

/// Finds a keyword argument by name.
pub fn kwarg(vm: &Vm, kw: &[(Name, Value)], name: &str) -> Option<Value> {
    kw.iter().find(|(n, _)| vm.name_str(*n) == name).map(|(_, v)| *v)
}

/// Rejects keyword arguments other than those listed.
pub fn check_kwargs(vm: &mut Vm, kw: &[(Name, Value)], allowed: &[&str]) -> PyResult<()> {
    for (n, _) in kw {
        let s = vm.name_str(*n);
        if !allowed.contains(&s) {
            let s = s.to_string();
            return Err(vm.type_error(format!("unexpected keyword argument '{s}'")));
        }
    }
    Ok(())
}

fn print(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_kwargs(vm, kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(vm, kw, "sep") {
        Some(v) if !v.is_none() => vm.str_ref(v).unwrap_or(" ").to_string(),
        _ => " ".to_string(),
    };
    let end = match kwarg(vm, kw, "end") {
        Some(v) if !v.is_none() => vm.str_ref(v).unwrap_or("\n").to_string(),
        _ => "\n".to_string(),
    };
    if let Some(f) = kwarg(vm, kw, "file").filter(|f| !f.is_none()) {
        return print_to_file(vm, f, args, &sep, &end, kwarg(vm, kw, "flush"));
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.to_str(*a)?);
    }
    out.push_str(&end);
    vm.write_out(&out)?;
    Ok(Value::None)
}

/// `print(..., file=f)`: one `f.write()` per argument, separator and end, as CPython writes
/// them (a stream that counts or frames its writes sees the same calls); `flush=True` then
/// calls `f.flush()`.
#[inline(never)]
fn print_to_file(vm: &mut Vm, f: Value, args: &[Value], sep: &str, end: &str, flush: Option<Value>) -> PyResult<Value> {
    let w = vm.n.write;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            let s = vm.new_string(sep.to_string())?;
            vm.call_method(f, w, &[s])?;
        }
        let s = vm.to_str(*a)?;
        let s = vm.new_string(s)?;
        vm.call_method(f, w, &[s])?;
    }
    let s = vm.new_string(end.to_string())?;
    vm.call_method(f, w, &[s])?;
    if let Some(fl) = flush {
        if vm.truthy(fl)? {
            let name = vm.intern("flush");
            vm.call_method(f, name, &[])?;
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "len", args, 1, 1)?;
    vm.len(args[0]).map(|n| Value::Int(n as i64))
}

impl Vm {
    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Object::Str(s) => return Ok(s.chars as usize),
                Object::List(l) => return Ok(l.len()),
                Object::Tuple(t) => return Ok(t.len()),
                Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => return Ok(d.len()),
                Object::Bytes(b) | Object::ByteArray(b) => return Ok(b.len()),
                Object::Range(rg) => {
                    let rg = *rg;
                    let n = rg.len();
                    if n == i64::MAX
                        && (rg.stop as i128 - rg.start as i128).abs() / (rg.step as i128).abs() > i64::MAX as i128
                    {
                        return Err(self.overflow_error("range too large"));
                    }
                    return Ok(n as usize);
                }
                Object::MemoryView { .. } => return Ok(self.memoryview_len(r)),
                Object::DictView { dict, .. } => {
                    let d = *dict;
                    return Ok(self.dict_len(d));
                }
                Object::Instance(i) => {
                    let base = i.base;
                    let l = self.n.__len__;
                    if let Some(res) = self.call_special(v, l, &[])? {
                        return match res {
                            Value::Int(n) if n >= 0 => Ok(n as usize),
                            _ => Err(self.bad_len_result(res)),
                        };
                    }
                    if !base.is_none() {
                        return self.len(base);
                    }
                }
                Object::Data(_) => {
                    let l = self.n.__len__;
                    if let Some(res) = self.call_special(v, l, &[])? {
                        return match res {
                            Value::Int(n) if n >= 0 => Ok(n as usize),
                            _ => Err(self.bad_len_result(res)),
                        };
                    }
                }
                _ => {}
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("object of type '{tn}' has no len()")))
    }

    /// The error for a `__len__` result that is not a length: ValueError for a negative int (as
    /// CPython), TypeError for anything else.
    #[cold]
    fn bad_len_result(&mut self, res: Value) -> crate::error::PyErr {
        match res {
            Value::Int(_) => self.value_error("__len__() should return >= 0"),
            _ => self.type_error("__len__ should return a non-negative int"),
        }
    }
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "repr", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    vm.new_string(s)
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "ascii", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else if (c as u32) < 0x10000 {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    vm.new_string(out)
}

/// `abs(v)`, for `int.__abs__` and the like.
pub(crate) fn abs_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    abs(vm, &[v], &[])
}

fn abs(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "abs", args, 1, 1)?;
    let v = args[0];
    match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Ok(Value::Int(a)),
            None => vm.new_bigint(dashu_int::IBig::from(i).abs()),
        },
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        _ => {
            if let Some(Object::BigInt(b)) = v.as_obj().map(|r| vm.heap.get(r)) {
                let a = b.as_ref().clone().abs();
                return vm.new_bigint(a);
            }
            if let Some(Object::Complex(re, im)) = v.as_obj().map(|r| vm.heap.get(r)) {
                return Ok(Value::Float(re.hypot(*im)));
            }
            let a = vm.n.__abs__;
            match vm.call_special(v, a, &[])? {
                Some(r) => Ok(r),
                None if vm.subclass_base(v).is_some() => {
                    let base = vm.builtin_base(v);
                    abs(vm, &[base], &[])
                }
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("unsupported type for abs(): '{tn}'")))
                }
            }
        }
    }
}

fn all(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "all", args, 1, 1)?;
    let mut found = false;
    vm.for_each_in(args[0], |vm, v| {
        found = !vm.truthy(v)?;
        Ok(!found)
    })
    .map(|()| Value::Bool(!found))
}

fn any(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "any", args, 1, 1)?;
    let mut found = false;
    vm.for_each_in(args[0], |vm, v| {
        found = vm.truthy(v)?;
        Ok(!found)
    })
    .map(|()| Value::Bool(found))
}

fn int_to_radix(vm: &mut Vm, v: Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let v = if vm.is_int(v) {
        v
    } else {
        let n = vm.n.__index__;
        match vm.call_special(v, n, &[])? {
            Some(i) => i,
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
            }
        }
    };
    let Some(i) = vm.to_bigint(v) else { return Err(vm.type_error("expected int")) };
    let neg = i < dashu_int::IBig::ZERO;
    let mag = if neg { -i } else { i };
    let s = format!("{}{prefix}{}", if neg { "-" } else { "" }, mag.in_radix(radix));
    vm.new_string(s)
}

fn bin(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "bin", args, 1, 1)?;
    int_to_radix(vm, args[0], 2, "0b")
}
fn oct(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "oct", args, 1, 1)?;
    int_to_radix(vm, args[0], 8, "0o")
}
fn hex(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "hex", args, 1, 1)?;
    int_to_radix(vm, args[0], 16, "0x")
}

fn callable(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "callable", args, 1, 1)?;
    Ok(Value::Bool(vm.is_callable(args[0])))
}

impl Vm {
    pub fn is_callable(&mut self, v: Value) -> bool {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Function(_) | Object::Native(_) | Object::BoundMethod { .. } | Object::Class(_)) => true,
            Some(Object::Instance(i)) => {
                let c = i.class;
                let call = self.n.__call__;
                self.class_lookup(c, call).is_some()
            }
            _ => false,
        }
    }
}

fn chr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "chr", args, 1, 1)?;
    let i = vm.index_value(args[0], "chr")?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut b = [0u8; 4];
            vm.new_str(c.encode_utf8(&mut b))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "ord", args, 1, 1)?;
    if let Some(s) = vm.str_ref(args[0]) {
        let mut chars = s.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(Value::Int(c as i64));
        }
        let n = s.chars().count();
        return Err(vm.type_error(format!("ord() expected a character, but string of length {n} found")));
    }
    if let Some(b) = vm.bytes_like(args[0]) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(vm.type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    let tn = vm.type_name(args[0]);
    Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "divmod", args, 2, 2)?;
    if let Some(v) = divmod_dunder(vm, args[0], args[1])? {
        return Ok(v);
    }
    let q = vm.binary_op(crate::ops::BinOp::FloorDiv, args[0], args[1])?;
    let r = vm.binary_op(crate::ops::BinOp::Mod, args[0], args[1])?;
    vm.new_tuple(vec![q, r])
}

/// `divmod(a, b)` with a user object on either side: `a.__divmod__(b)`, then
/// `b.__rdivmod__(a)` (MicroPython calls `__divmod__`; `__rdivmod__` is CPython's too).
/// `None` when neither defines one: `//` and `%` then decide.
#[inline(never)]
fn divmod_dunder(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    let is_user = |vm: &Vm, v: Value| v.as_obj().is_some_and(|r| matches!(vm.heap.get(r), Object::Instance(_)));
    if is_user(vm, a) {
        let n = vm.n.__divmod__;
        if let Some(v) = vm.call_special(a, n, &[b])? {
            if !v.is(vm.not_implemented) {
                return Ok(Some(v));
            }
        }
    }
    if is_user(vm, b) {
        let n = vm.n.__rdivmod__;
        if let Some(v) = vm.call_special(b, n, &[a])? {
            if !v.is(vm.not_implemented) {
                return Ok(Some(v));
            }
        }
    }
    Ok(None)
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "getattr", args, 2, 3)?;
    let Some(name) = vm.str_ref(args[1]).map(|s| s.to_string()) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let n = vm.intern(&name);
    match vm.get_attr_opt(args[0], n) {
        Ok(Some(v)) => Ok(v),
        Ok(None) if args.len() == 3 => Ok(args[2]),
        Err(e) if args.len() == 3 && vm.is_exception_kind(e.0, ExcKind::AttributeError) => Ok(args[2]),
        Ok(None) => Err(vm.attribute_error(args[0], &name)),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "setattr", args, 3, 3)?;
    let Some(name) = vm.str_ref(args[1]).map(|s| s.to_string()) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let n = vm.intern(&name);
    vm.set_attr(args[0], n, args[2])?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "delattr", args, 2, 2)?;
    let Some(name) = vm.str_ref(args[1]).map(|s| s.to_string()) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let n = vm.intern(&name);
    vm.del_attr(args[0], n)?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "hasattr", args, 2, 2)?;
    let Some(name) = vm.str_ref(args[1]).map(|s| s.to_string()) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let n = vm.intern(&name);
    match vm.get_attr_opt(args[0], n) {
        Ok(v) => Ok(Value::Bool(v.is_some())),
        Err(e) if vm.is_exception_kind(e.0, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn hash(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "hash", args, 1, 1)?;
    let h = vm.hash(args[0])?;
    Ok(Value::Int(match h as i64 {
        -1 => -2,
        h => h,
    }))
}

fn id(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "id", args, 1, 1)?;
    Ok(Value::Int(match args[0] {
        Value::Obj(r) => 0x7f00_0000_0000 + (r.index as i64) * 32,
        Value::Int(i) => i.wrapping_mul(2).wrapping_add(1),
        Value::Float(f) => f.to_bits() as i64 >> 1,
        Value::Bool(b) => 0x10 + b as i64,
        _ => 0x8,
    }))
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "isinstance", args, 2, 2)?;
    let r = vm.check_class_or_tuple(args[1], &mut |vm, c| Ok(vm.isinstance(args[0], c)))?;
    Ok(Value::Bool(r))
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "issubclass", args, 2, 2)?;
    let Some(c) = args[0].as_obj().filter(|r| matches!(vm.heap.get(*r), Object::Class(_))) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let r = vm.check_class_or_tuple(args[1], &mut |vm, base| Ok(vm.is_subclass(c, base)))?;
    Ok(Value::Bool(r))
}

impl Vm {
    fn check_class_or_tuple(
        &mut self,
        spec: Value,
        test: &mut dyn FnMut(&mut Vm, ObjRef) -> PyResult<bool>,
    ) -> PyResult<bool> {
        match spec.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(_)) => test(self, spec.as_obj().unwrap_or(self.types.object)),
            Some(Object::Tuple(t)) => {
                let items = t.to_vec();
                for item in items {
                    if self.check_class_or_tuple(item, test)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("isinstance() arg 2 must be a class or tuple of classes")),
        }
    }
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        return vm.new_iterator(Iter::Callable { func: args[0], sentinel: args[1] });
    }
    vm.get_iter(args[0])
}

pub(crate) fn next(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "next", args, 1, 2)?;
    if let Some(g) = args[0].as_obj().filter(|_| vm.is_generator(args[0])) {
        return match vm.resume_generator(g, Value::None, None)? {
            crate::generator::Step::Yielded(v) => Ok(v),
            crate::generator::Step::Returned(_) if args.len() == 2 => Ok(args[1]),
            crate::generator::Step::Returned(v) => Err(vm.stop_iteration(v)),
        };
    }
    let item = match vm.iter_next_raw(args[0]) {
        Err(e) if args.len() == 2 && vm.is_exception_kind(e.0, crate::error::ExcKind::StopIteration) => Ok(None),
        r => r,
    };
    match item? {
        Some(v) => Ok(v),
        None if args.len() == 2 => Ok(args[1]),
        None => {
            // A generator's return value travels in StopIteration.
            Err(vm.stop_iteration(Value::None))
        }
    }
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    // Both parameters may be named: `enumerate(iterable=xs, start=1)`.
    let iterable = args.first().copied().or_else(|| kwarg(vm, kw, "iterable"));
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    check_args(vm, "enumerate", args, 0, 2)?;
    let start = args.get(1).copied().or_else(|| kwarg(vm, kw, "start")).unwrap_or(Value::Int(0));
    let it = vm.get_iter(iterable)?;
    vm.new_iterator(Iter::Enumerate { iter: it, count: start })
}

fn zip(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let mut iters = Vec::new();
    let mark = vm.roots_mark();
    for a in args {
        let it = vm.get_iter(*a)?;
        vm.root(it);
        iters.push(it);
    }
    vm.truncate_roots(mark);
    vm.new_iterator(Iter::Zip { iters })
}

fn map(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments"));
    }
    let mut iters = Vec::new();
    let mark = vm.roots_mark();
    for a in &args[1..] {
        let it = vm.get_iter(*a)?;
        vm.root(it);
        iters.push(it);
    }
    vm.truncate_roots(mark);
    vm.new_iterator(Iter::Map { func: args[0], iters })
}

fn filter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "filter", args, 2, 2)?;
    let it = vm.get_iter(args[1])?;
    vm.new_iterator(Iter::Filter { func: args[0], iter: it })
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "reversed", args, 1, 1)?;
    let v = args[0];
    let rn = vm.n.__reversed__;
    if let Some(r) = vm.call_special(v, rn, &[])? {
        return Ok(r);
    }
    if let Some(Object::Dict(_)) = v.as_obj().map(|r| vm.heap.get(r)) {
        let keys: Vec<Value> = vm.dict_items(v).into_iter().map(|(k, _)| k).rev().collect();
        let l = vm.new_list(keys)?;
        return vm.get_iter(l);
    }
    if let Some(Object::Set(_) | Object::FrozenSet(_)) = v.as_obj().map(|r| vm.heap.get(r)) {
        // Unordered: refused at once (as CPython), not at the first item.
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("'{tn}' object isn't reversible")));
    }
    let n = vm.len(v)?;
    vm.new_iterator(Iter::Reversed { seq: v, index: n })
}

/// `min`/`max`: one pass over the items keeping only the best so far (rooted in two fixed
/// slots), so an iterable is never copied and a long generator runs in constant memory.
fn minmax(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)], want_max: bool) -> PyResult<Value> {
    check_kwargs(vm, kw, &["key", "default"])?;
    let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
    let default = kwarg(vm, kw, "default");
    if args.is_empty() {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    }
    let mark = vm.roots_mark();
    vm.root(Value::None);
    vm.root(Value::None);
    let mut best: Option<(Value, Value)> = None;
    let mut consider = |vm: &mut Vm, item: Value| -> PyResult<bool> {
        let k = match key {
            Some(kf) => vm.call(kf, &[item])?,
            None => item,
        };
        let better = match best {
            None => true,
            Some((_, best_key)) if want_max => vm.less_than(best_key, k)?,
            Some((_, best_key)) => vm.less_than(k, best_key)?,
        };
        if better {
            best = Some((item, k));
            vm.set_root(mark, item);
            vm.set_root(mark + 1, k);
        }
        Ok(true)
    };
    let r = if args.len() == 1 {
        vm.for_each_in(args[0], &mut consider)
    } else {
        args.iter().try_for_each(|&item| consider(vm, item).map(|_| ()))
    };
    vm.truncate_roots(mark);
    r?;
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(if want_max {
            "max() arg is an empty sequence"
        } else {
            "min() arg is an empty sequence"
        })),
    }
}

fn max(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    minmax(vm, args, kw, true)
}
fn min(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    minmax(vm, args, kw, false)
}

fn sum(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "sum", args, 1, 2)?;
    let mut acc = args.get(1).copied().or_else(|| kwarg(vm, kw, "start")).unwrap_or(Value::Int(0));
    let mark = vm.roots_mark();
    vm.root(acc);
    let r = vm
        .for_each_in(args[0], |vm, v| {
            acc = match crate::ops::arith::fast_binary(crate::ops::BinOp::Add, acc, v) {
                Some(x) => x,
                None => vm.binary_op(crate::ops::BinOp::Add, acc, v)?,
            };
            vm.set_root(mark, acc);
            Ok(true)
        })
        .map(|()| acc);
    vm.truncate_roots(mark);
    r
}

fn sorted(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "sorted", args, 1, 1)?;
    let items = vm.iterate_to_vec(args[0])?;
    let list = vm.new_list(items)?;
    vm.root(list);
    let r = crate::types::list::sort_list(vm, list, kw);
    vm.temp_roots.pop();
    r.map(|_| list)
}

fn pow(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "pow", args, 2, 3)?;
    if args.len() == 3 && !args[2].is_none() {
        let (Some(b), Some(e), Some(m)) = (vm.to_bigint(args[0]), vm.to_bigint(args[1]), vm.to_bigint(args[2])) else {
            return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        };
        if m == dashu_int::IBig::ZERO {
            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
        }
        // Work modulo |m| so every intermediate is in [0, |m|); a negative modulus then moves the
        // result into (m, 0] (the sign of the result follows the modulus, as for `%`).
        let m_abs = if m < dashu_int::IBig::ZERO { -m.clone() } else { m.clone() };
        let mut result = dashu_int::IBig::ONE % &m_abs;
        let mut base = ((b % &m_abs) + &m_abs) % &m_abs;
        let mut e = e;
        // A negative exponent raises the modular inverse (CPython 3.8+: `pow(3, -1, 7)` is 5).
        if e < dashu_int::IBig::ZERO {
            let Some(inv) = mod_inverse(&base, &m_abs) else {
                return Err(vm.value_error("base is not invertible for the given modulus"));
            };
            base = inv;
            e = -e;
        }
        let two = dashu_int::IBig::from(2);
        while e > dashu_int::IBig::ZERO {
            if (&e % &two) == dashu_int::IBig::ONE {
                result = (result * &base) % &m_abs;
            }
            base = (&base * &base) % &m_abs;
            e /= &two;
        }
        if result != dashu_int::IBig::ZERO && (m < dashu_int::IBig::ZERO) {
            result += &m;
        }
        return vm.new_bigint(result);
    }
    vm.binary_op(crate::ops::BinOp::Pow, args[0], args[1])
}

/// The inverse of `a` modulo `m` (both non-negative, `m` > 0) by the extended Euclidean
/// algorithm; None when they share a factor.
fn mod_inverse(a: &dashu_int::IBig, m: &dashu_int::IBig) -> Option<dashu_int::IBig> {
    use dashu_int::IBig;
    let (mut r0, mut r1) = (m.clone(), a.clone());
    let (mut t0, mut t1) = (IBig::ZERO, IBig::ONE);
    while r1 != IBig::ZERO {
        let q = &r0 / &r1;
        let r2 = &r0 - &q * &r1;
        r0 = std::mem::replace(&mut r1, r2);
        let t2 = &t0 - &q * &t1;
        t0 = std::mem::replace(&mut t1, t2);
    }
    if r0 != IBig::ONE {
        return None;
    }
    Some(((t0 % m) + m) % m)
}

fn round(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "round", args, 1, 2)?;
    let ndigits = args.get(1).copied().or_else(|| kwarg(vm, kw, "ndigits")).unwrap_or(Value::None);
    let v = args[0];
    match v {
        Value::Float(f) => {
            if ndigits.is_none() {
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        vm.value_error("cannot convert float NaN to integer")
                    } else {
                        vm.overflow_error("cannot convert float infinity to integer")
                    });
                }
                let r = round_half_even(f);
                if r.abs() < 9.2e18 {
                    return Ok(Value::Int(r as i64));
                }
                let big = dashu_int::IBig::try_from(r).unwrap_or_default();
                return vm.new_bigint(big);
            }
            let n = vm.index_value(ndigits, "round")?;
            if n > 300 {
                return Ok(v);
            }
            // Round via the decimal text, as CPython does, so 2.675 -> 2.67 (binary value below).
            if n < -400 {
                return Ok(Value::Float(0.0f64.copysign(f)));
            }
            let s = if n >= 0 {
                format!("{:.*}", n as usize, f)
            } else {
                format!("{}", round_half_even(f / 10f64.powi(-n as i32)) * 10f64.powi(-n as i32))
            };
            Ok(Value::Float(s.parse().unwrap_or(f)))
        }
        Value::Int(i) => {
            if ndigits.is_none() {
                return Ok(v);
            }
            let n = vm.index_value(ndigits, "round")?;
            if n >= 0 {
                return Ok(v);
            }
            if n < -18 {
                return crate::types::int::round_big(vm, dashu_int::IBig::from(i), n);
            }
            let p = 10i128.pow((-n) as u32);
            let i = i as i128;
            let (mut q, r) = (i.div_euclid(p), i.rem_euclid(p));
            if r * 2 > p || (r * 2 == p && q % 2 != 0) {
                q += 1;
            }
            let out = q * p;
            match i64::try_from(out) {
                Ok(v) => Ok(Value::Int(v)),
                Err(_) => vm.new_bigint(dashu_int::IBig::from(out)),
            }
        }
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Obj(r) if matches!(vm.heap.get(r), Object::BigInt(_)) => {
            if ndigits.is_none() {
                return Ok(v);
            }
            let n = vm.index_value(ndigits, "round")?;
            let big = vm.to_bigint(v).unwrap_or_default();
            crate::types::int::round_big(vm, big, n)
        }
        _ => {
            let rn = vm.n.__round__;
            let extra: Vec<Value> = if ndigits.is_none() { vec![] } else { vec![ndigits] };
            match vm.call_special(v, rn, &extra)? {
                Some(r) => Ok(r),
                None if vm.is_int(v) => Ok(v),
                None if vm.subclass_base(v).is_some() => {
                    let base = vm.builtin_base(v);
                    let mut args = vec![base];
                    args.extend(extra);
                    round(vm, &args, &[])
                }
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
                }
            }
        }
    }
}

pub fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

fn dir(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "dir", args, 0, 1)?;
    let mut names: Vec<Name> = Vec::new();
    if args.is_empty() {
        if let Some(m) = vm.frames.last().map(|f| f.module) {
            if let Object::Module(m) = vm.heap.get(m) {
                names.extend(m.globals.iter().map(|(n, _)| n));
            }
        }
    } else {
        let v = args[0];
        // An instance whose class defines `__dir__` answers for itself (sorted, as CPython
        // does); the type's own `dir` never consults it.
        if let Some(Object::Instance(i)) = v.as_obj().map(|r| vm.heap.get(r)) {
            let (class, dname) = (i.class, vm.intern("__dir__"));
            let default = vm.class_lookup(vm.types.object, dname);
            if vm.class_lookup(class, dname).is_some_and(|f| Some(f) != default) {
                let listed = vm.call_special(v, dname, &[])?.unwrap_or(Value::None);
                let items = vm.iterate_to_vec(listed)?;
                let list = vm.new_list(items)?;
                vm.root(list);
                let r = crate::types::list::sort_list(vm, list, &[]);
                vm.temp_roots.pop();
                return r.map(|_| list);
            }
        }
        let mut classes = Vec::new();
        match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Module(m)) => names.extend(m.globals.iter().map(|(n, _)| n)),
            Some(Object::Class(c)) => classes.extend(c.mro.iter().copied()),
            Some(Object::Instance(i)) => {
                names.extend(i.attrs.iter().map(|(n, _)| n));
                let c = i.class;
                if let Object::Class(cc) = vm.heap.get(c) {
                    classes.extend(cc.mro.iter().copied());
                }
            }
            _ => {
                let c = vm.type_of(v);
                if let Object::Class(cc) = vm.heap.get(c) {
                    classes.extend(cc.mro.iter().copied());
                }
            }
        }
        for c in classes {
            if let Object::Class(cc) = vm.heap.get(c) {
                names.extend(cc.dict.iter().map(|(n, _)| n));
            }
        }
        if matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Class(_) | Object::Instance(_))) {
            names.push(vm.n.__class__);
        }
    }
    let mut strs: Vec<String> = names.iter().map(|n| vm.name_str(*n).to_string()).collect();
    strs.sort();
    strs.dedup();
    let mut out = Vec::with_capacity(strs.len());
    for s in strs {
        out.push(vm.new_string(s)?);
    }
    vm.new_list(out)
}

fn globals(vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    match vm.frames.last().map(|f| f.module) {
        Some(m) => vm.module_dict(m),
        None => vm.new_dict(),
    }
}

fn locals(vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let Some(frame) = vm.frames.last() else { return vm.new_dict() };
    if let Some(d) = frame.locals_dict() {
        return Ok(Value::Obj(d));
    }
    if frame.code.code.flags.module {
        let m = frame.module;
        return vm.module_dict(m);
    }
    let base = frame.base;
    let names = frame.code.slot_names.clone();
    let cells: Vec<u32> = frame.code.code.cell_slots.clone();
    let free_start = frame.code.code.free_start as usize;
    let nfree = frame.code.code.nfree as usize;
    let mut entries = Vec::new();
    for (i, n) in names.iter().enumerate() {
        let mut v = vm.stack.get(base + i).copied().unwrap_or(Value::Unbound);
        if cells.contains(&(i as u32)) || (i >= free_start && i < free_start + nfree) {
            v = vm.cell_get(v);
        }
        if !v.is_unbound() && !vm.name_str(*n).starts_with('.') {
            entries.push((*n, v));
        }
    }
    vm.namemap_to_dict(&entries)
}

fn build_class(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let body = args[0];
    let Some(name) = vm.str_ref(args[1]).map(|s| s.to_string()) else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let bases = args[2..].to_vec();
    let metaclass = vm.class_metaclass(kwarg(vm, kw, "metaclass"), &bases)?;
    let mark = vm.roots_mark();
    let ns = match metaclass {
        Some(meta) => vm.metaclass_prepare(meta, &name, &bases)?,
        None => vm.new_dict()?,
    };
    vm.root(ns);
    // Run the body with `ns` as its namespace.
    let Some(fref) = body.as_obj() else { return Err(vm.type_error("__build_class__: func must be a function")) };
    let pos = vm.stack.len();
    vm.stack.push(body);
    let called = vm.enter_function_with_locals(fref, pos, ns);
    vm.stack.truncate(pos);
    called?;
    // Keywords other than `metaclass` go to the metaclass, or to `__init_subclass__`.
    let metaclass_n = vm.intern("metaclass");
    let extra: Vec<(Name, Value)> = kw.iter().filter(|(n, _)| *n != metaclass_n).copied().collect();
    let r = match metaclass {
        Some(meta) => {
            let nv = vm.new_string(name)?;
            let bt = vm.new_tuple(bases)?;
            vm.call_kw(meta, &[nv, bt, ns], &extra)
        }
        _ => vm.make_class_kw(&name, &bases, ns, None, &extra),
    };
    vm.truncate_roots(mark);
    r
}

impl Vm {
    /// The metaclass a `class` statement calls: the `metaclass=` keyword or the bases' most
    /// derived one. None means plain `type`.
    fn class_metaclass(&mut self, explicit: Option<Value>, bases: &[Value]) -> PyResult<Option<Value>> {
        let is_class = |vm: &Vm, v: Value| v.as_obj().filter(|r| matches!(vm.heap.get(*r), Object::Class(_)));
        let asked = match explicit {
            Some(m) if is_class(self, m).is_none() => return Ok(Some(m)),
            Some(m) => is_class(self, m),
            None => None,
        };
        let base_refs: Vec<ObjRef> = bases.iter().filter_map(|b| is_class(self, *b)).collect();
        Ok(self.winning_metaclass(asked, &base_refs)?.map(Value::Obj))
    }

    /// The namespace for a class body: `meta.__prepare__(name, bases)` when the metaclass has
    /// one (PEP 3115), else a new dict.
    fn metaclass_prepare(&mut self, meta: Value, name: &str, bases: &[Value]) -> PyResult<Value> {
        let prepare = self.intern("__prepare__");
        let f = match meta.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(_)) => self.get_attr_opt(meta, prepare)?,
            _ => None,
        };
        let Some(f) = f else { return self.new_dict() };
        let nv = self.new_string(name.to_string())?;
        let bt = self.new_tuple(bases.to_vec())?;
        let ns = self.call(f, &[nv, bt])?;
        if !matches!(ns.as_obj().map(|r| self.heap.get(r)), Some(Object::Dict(_))) {
            return Err(self.type_error("__prepare__() must return a dict"));
        }
        Ok(ns)
    }

    /// Runs a class body function with a namespace dict as its locals.
    fn enter_function_with_locals(&mut self, fref: ObjRef, pos: usize, ns: Value) -> PyResult<Value> {
        let Some(ns) = ns.as_obj() else { return Err(self.internal_error("class namespace is not a dict")) };
        match self.enter_function(
            fref,
            pos + 1,
            0,
            Value::Unbound,
            pos,
            crate::frame::FrameKind::ClassBody(ns),
            false,
        )? {
            crate::interp::Called::Pushed => {
                if let Some(f) = self.frames.last_mut() {
                    f.entry = true;
                }
                self.run_entry_frame()
            }
            crate::interp::Called::Done(v) => Ok(v),
        }
    }

    pub(crate) fn builtin_build_class(&mut self) -> Value {
        let n = self.intern("__build_class__");
        self.module_get(self.builtins, n).unwrap_or(Value::None)
    }
}

fn super_(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    // The compiler supplies the class and first argument of a method; anywhere else there are
    // none to find (CPython's message).
    if args.is_empty() {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    check_args(vm, "super", args, 2, 2)?;
    let Some(class) = args[0].as_obj().filter(|r| matches!(vm.heap.get(*r), Object::Class(_))) else {
        return Err(vm.type_error("super() argument 1 must be type"));
    };
    vm.alloc(Object::Super { class, receiver: args[1] })
}

fn format(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => vm
            .str_ref(*s)
            .map(|s| s.to_string())
            .ok_or(())
            .map_err(|_| vm.type_error("format() argument 2 must be str"))?,
        None => String::new(),
    };
    let s = vm.format(args[0], &spec)?;
    vm.new_string(s)
}

fn const_(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "const", args, 1, 1)?;
    Ok(args[0])
}

fn eval(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    exec_or_eval(vm, args, ferrite_compiler::Mode::Eval)
}

fn exec(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    exec_or_eval(vm, args, ferrite_compiler::Mode::Exec)?;
    Ok(Value::None)
}

fn compile(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "compile", args, 3, 6)?;
    let src = match vm.str_ref(args[0]) {
        Some(s) => s.as_bytes().to_vec(),
        None => match vm.bytes_like(args[0]) {
            Some(b) => b,
            None => return Err(vm.type_error("compile() arg 1 must be a string")),
        },
    };
    let filename = vm.str_ref(args[1]).unwrap_or("<string>").to_string();
    let mode = match vm.str_ref(args[2]) {
        Some("exec") => ferrite_compiler::Mode::Exec,
        Some("eval") => ferrite_compiler::Mode::Eval,
        Some("single") => ferrite_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    vm.compile(&src, &filename, mode)
}

fn exec_or_eval(vm: &mut Vm, args: &[Value], mode: ferrite_compiler::Mode) -> PyResult<Value> {
    check_args(vm, "exec", args, 1, 3)?;
    // A code object from compile() runs as it is; text is compiled here in `mode`.
    let code = args[0].as_obj().filter(|r| matches!(vm.heap.get(*r), Object::Code(_))).map(|_| args[0]);
    let src = match code {
        Some(_) => Vec::new(),
        None => match vm.str_ref(args[0]) {
            Some(s) => s.as_bytes().to_vec(),
            None => match vm.bytes_like(args[0]) {
                Some(b) => b,
                None => return Err(vm.type_error("exec() arg 1 must be a string")),
            },
        },
    };
    let run = |vm: &mut Vm, module: ObjRef| -> PyResult<Value> {
        match code {
            Some(c) => {
                let r = vm.run_code_object(c, module)?;
                Ok(if mode == ferrite_compiler::Mode::Exec { Value::None } else { r })
            }
            None => vm.run_code_in(&src, "<string>", mode, module),
        }
    };
    let module = vm.frames.last().map(|f| f.module).or(vm.main_module);
    let Some(module) = module else { return Err(vm.runtime_error("no module")) };
    let globals = args.get(1).copied().filter(|g| !g.is_none());
    match globals {
        Some(g) => {
            // Run in a scratch module seeded from the dict, then copy names back.
            let scratch = vm.new_module("__exec__")?;
            let sm = scratch.as_obj().unwrap_or(module);
            vm.root(scratch);
            let mut seed = vm.dict_items(g);
            if let Some(l) = args.get(2).filter(|l| !l.is_none()) {
                seed.extend(vm.dict_items(*l));
            }
            for (k, v) in seed {
                if let Some(s) = vm.str_ref(k).map(|s| s.to_string()) {
                    let n = vm.intern(&s);
                    vm.module_set(sm, n, v);
                }
            }
            let r = run(vm, sm);
            let entries: Vec<(Name, Value)> = match vm.heap.get(sm) {
                Object::Module(m) => m.globals.iter().collect(),
                _ => Vec::new(),
            };
            for (n, v) in entries {
                let k = vm.name_value(n)?;
                vm.dict_set(g, k, v)?;
            }
            vm.temp_roots.pop();
            r
        }
        None => run(vm, module),
    }
}

/// Reads standard input lines on a helper OS thread, one line per request, so that a thread
/// waiting in `input()` lets the other threads run. The helper writes a byte to a socket pair
/// after each answer; the waiting fiber is parked on the other end (`Wait::Io`), so it wakes
/// as soon as the line is there, and the scheduler treats the wait as I/O (no deadlock report,
/// no virtual-time jump while the user types).
pub struct InputReader {
    request: std::sync::mpsc::Sender<()>,
    answer: std::sync::mpsc::Receiver<std::io::Result<String>>,
    /// Readable once an answer was sent (the helper owns the other end).
    ready: Option<std::os::unix::net::UnixStream>,
    /// A line has been asked for and not yet collected.
    outstanding: bool,
}

impl InputReader {
    fn start() -> InputReader {
        use std::io::Write;
        let (req_tx, req_rx) = std::sync::mpsc::channel::<()>();
        let (ans_tx, ans_rx) = std::sync::mpsc::channel();
        // Without a socket pair (out of descriptors) the fiber still works, by blocking the VM.
        let (signal, ready) = match std::os::unix::net::UnixStream::pair() {
            Ok((a, b)) if b.set_nonblocking(true).is_ok() => (Some(a), Some(b)),
            _ => (None, None),
        };
        std::thread::spawn(move || {
            while req_rx.recv().is_ok() {
                let mut line = String::new();
                let r = std::io::stdin().read_line(&mut line).map(|_| line);
                if ans_tx.send(r).is_err() {
                    break;
                }
                if let Some(mut s) = signal.as_ref() {
                    let _ = s.write(&[1]);
                }
            }
        });
        InputReader { request: req_tx, answer: ans_rx, ready, outstanding: false }
    }
}

fn line_result(vm: &mut Vm, r: std::io::Result<String>) -> PyResult<Value> {
    match r {
        Ok(line) if line.is_empty() => Err(vm.new_exception(ExcKind::EOFError, "")),
        Ok(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            vm.new_string(line)
        }
        Err(_) => Err(vm.os_error(5)),
    }
}

/// One attempt of `input()` (the builtin `input` is a small Python loop around this): a line,
/// or None after parking the thread until the helper has one.
fn input_step(vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    use std::io::Read;
    use std::os::fd::AsRawFd;
    vm.flush_out();
    let others = !vm.sched.threads.is_empty();
    if !others && vm.input_reader.as_ref().is_none_or(|r| !r.outstanding) {
        // Nobody else to run: read here.
        let mut line = String::new();
        let r = std::io::stdin().read_line(&mut line).map(|_| line);
        return line_result(vm, r);
    }
    let can_park = others && vm.can_defer_wait();
    let reader = vm.input_reader.get_or_insert_with(InputReader::start);
    let may_park = can_park && reader.ready.is_some();
    if !reader.outstanding {
        if reader.request.send(()).is_err() {
            return Err(vm.os_error(5));
        }
        reader.outstanding = true;
    }
    // Drain before looking for the answer: an answer sent after the look signals again.
    if let Some(mut ready) = reader.ready.as_ref() {
        let mut buf = [0u8; 16];
        while matches!(ready.read(&mut buf), Ok(n) if n > 0) {}
    }
    let got = if may_park { reader.answer.try_recv().ok() } else { reader.answer.recv().ok() };
    match got {
        Some(r) => {
            reader.outstanding = false;
            line_result(vm, r)
        }
        None => {
            let fd = reader.ready.as_ref().map_or(-1, |r| r.as_raw_fd());
            vm.defer_io_wait(&[(fd, libc::POLLIN)], None);
            Ok(Value::None)
        }
    }
}

/// Python source of `input`, compiled into the builtins module at start.
const INPUT_SOURCE: &str = "def input(prompt=None):\n    if prompt is not None:\n        print(prompt, end='')\n    while True:\n        line = __input_step__()\n        if line is not None:\n            return line\n";

fn import_(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__import__", args, 1, 5)?;
    let Some(name) = vm.str_ref(args[0]).map(|s| s.to_string()) else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let fromlist = args.get(3).copied().unwrap_or(Value::None);
    let level = args.get(4).copied().unwrap_or(Value::Int(0));
    let relative = match level {
        Value::Int(l) if l < 0 => return Err(vm.value_error("level must be >= 0")),
        Value::Int(l) => l > 0,
        _ => true,
    };
    if name.is_empty() && !relative {
        return Err(vm.value_error("Empty module name"));
    }
    let n = vm.intern(&name);
    vm.import_name(n, fromlist, level)
}

native!(PRINT, "print", print, kw);
native!(LEN, "len", len);
native!(REPR, "repr", repr);
native!(ASCII, "ascii", ascii);
native!(ABS, "abs", abs);
native!(ALL, "all", all);
native!(ANY, "any", any);
native!(BIN, "bin", bin);
native!(OCT, "oct", oct);
native!(HEX, "hex", hex);
native!(CALLABLE, "callable", callable);
native!(CHR, "chr", chr);
native!(ORD, "ord", ord);
native!(DIVMOD, "divmod", divmod);
native!(GETATTR, "getattr", getattr);
native!(SETATTR, "setattr", setattr);
native!(DELATTR, "delattr", delattr);
native!(HASATTR, "hasattr", hasattr);
native!(HASH, "hash", hash);
native!(ID, "id", id);
native!(ISINSTANCE, "isinstance", isinstance);
native!(ISSUBCLASS, "issubclass", issubclass);
native!(ITER, "iter", iter);
native!(NEXT, "next", next);
native!(ENUMERATE, "enumerate", enumerate, kw);
native!(ZIP, "zip", zip);
native!(MAP, "map", map);
native!(FILTER, "filter", filter);
native!(REVERSED, "reversed", reversed);

native!(MAX, "max", max, kw);
native!(MIN, "min", min, kw);
native!(SUM, "sum", sum, kw);
native!(SORTED, "sorted", sorted, kw);
native!(POW, "pow", pow);
native!(ROUND, "round", round, kw);
native!(DIR, "dir", dir);
native!(GLOBALS, "globals", globals);
native!(LOCALS, "locals", locals);
native!(BUILD_CLASS, "__build_class__", build_class, kw);
native!(SUPER, "super", super_);
native!(CONST, "const", const_);
native!(FORMAT, "format", format);
native!(COMPILE, "compile", compile);
native!(EVAL, "eval", eval);
native!(EXEC, "exec", exec);
native!(INPUT_STEP, "__input_step__", input_step);
native!(IMPORT, "__import__", import_);

static FUNCTIONS: &[&native::NativeFunction] = &[
    &PRINT,
    &LEN,
    &REPR,
    &ASCII,
    &ABS,
    &ALL,
    &ANY,
    &BIN,
    &OCT,
    &HEX,
    &CALLABLE,
    &CHR,
    &ORD,
    &DIVMOD,
    &GETATTR,
    &SETATTR,
    &DELATTR,
    &HASATTR,
    &HASH,
    &ID,
    &ISINSTANCE,
    &ISSUBCLASS,
    &ITER,
    &NEXT,
    &MAX,
    &MIN,
    &SUM,
    &SORTED,
    &POW,
    &ROUND,
    &DIR,
    &GLOBALS,
    &LOCALS,
    &BUILD_CLASS,
    &CONST,
    &FORMAT,
    &COMPILE,
    &EVAL,
    &EXEC,
    &INPUT_STEP,
    &IMPORT,
    &crate::help::HELP,
];

impl Vm {
    pub fn new_module(&mut self, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        let m = self.alloc(Object::Module(Box::new(Module { name: n, globals: Default::default(), mirror: None })))?;
        if let Some(r) = m.as_obj() {
            let nv = self.new_str(name)?;
            let key = self.n.__name__;
            self.module_set(r, key, nv);
        }
        Ok(m)
    }
}

/// Creates the builtins module and fills it.
pub fn install(vm: &mut Vm) {
    let Ok(Value::Obj(b)) = vm.new_module("builtins") else { return };
    vm.builtins = b;
    for f in FUNCTIONS {
        let name = vm.intern(f.name);
        if let Ok(v) = vm.alloc(Object::Native(f)) {
            vm.module_set(b, name, v);
        }
    }
    let t = &vm.types;
    let classes = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("tuple", t.tuple),
        ("list", t.list),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("classmethod", t.classmethod),
        ("staticmethod", t.staticmethod),
        ("super", t.super_),
        ("memoryview", t.memoryview),
        ("map", t.map),
        ("zip", t.zip),
        ("filter", t.filter),
        ("enumerate", t.enumerate),
        ("reversed", t.reversed),
    ];
    for (name, class) in classes {
        let n = vm.intern(name);
        vm.module_set(b, n, Value::Obj(class));
    }
    crate::types::iterator::install(vm);
    let excs = vm.types.exceptions.clone();
    for (kind, class) in ExcKind::ALL.iter().zip(excs) {
        if *kind == ExcKind::CancelledError {
            continue;
        }
        let n = vm.intern(kind.name());
        vm.module_set(b, n, Value::Obj(class));
    }
    let ioerr = vm.intern("IOError");
    let oserr = Value::Obj(vm.types.exc(ExcKind::OSError));
    vm.module_set(b, ioerr, oserr);
    let (e, ni) = (vm.ellipsis, vm.not_implemented);
    let en = vm.intern("Ellipsis");
    vm.module_set(b, en, e);
    let nn = vm.intern("NotImplemented");
    vm.module_set(b, nn, ni);
    vm.module_register("builtins", Value::Obj(b));
    if let Err(e) = vm.run_code_in(INPUT_SOURCE.as_bytes(), "<builtins>", ferrite_compiler::Mode::Exec, b) {
        let _ = e;
    }
}
