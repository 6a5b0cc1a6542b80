//! Comparison, equality, hashing, truth and membership.
//!
//! Equality and ordering of nested containers walk them with an explicit depth bound, so a
//! deeply nested list raises RuntimeError rather than overflowing the Rust stack.

use std::cmp::Ordering;

use dashu_int::IBig;

use crate::error::PyResult;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;
use ferrite_compiler::bytecode::CmpOp;

/// How deep `==`/`<`/`hash` descend into nested containers before giving up.
const MAX_COMPARE_DEPTH: usize = 1000;

#[inline(always)]
pub fn fast_compare(op: CmpOp, a: Value, b: Value) -> Option<Value> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(&y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y)?,
        (Value::Int(x), Value::Float(y)) => (x as f64).partial_cmp(&y)?,
        (Value::Float(x), Value::Int(y)) => x.partial_cmp(&(y as f64))?,
        _ => {
            return match op {
                CmpOp::Is => Some(Value::Bool(a.is(b))),
                CmpOp::IsNot => Some(Value::Bool(!a.is(b))),
                _ => None,
            }
        }
    };
    Some(Value::Bool(match op {
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::NotEq => ord != Ordering::Equal,
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::LtE => ord != Ordering::Greater,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::GtE => ord != Ordering::Less,
        CmpOp::Is => a.is(b),
        CmpOp::IsNot => !a.is(b),
        CmpOp::In | CmpOp::NotIn => return None,
    }))
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        _ => "?",
    }
}

impl Vm {
    pub fn compare_op(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        Ok(Value::Bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Eq => return self.rich_eq(a, b, false),
            CmpOp::NotEq => return self.rich_eq(a, b, true),
            _ => return self.rich_order(op, a, b),
        }))
    }

    /// After `a.__cmp__(b)` returned NotImplemented: the reflected method of `b`, then the
    /// default (identity for `==`/`!=`, TypeError for ordering).
    pub(crate) fn compare_fallback(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        let rname = match op {
            CmpOp::Eq => self.n.__eq__,
            CmpOp::NotEq => self.n.__ne__,
            CmpOp::Lt => self.n.__gt__,
            CmpOp::LtE => self.n.__ge__,
            CmpOp::Gt => self.n.__lt__,
            _ => self.n.__le__,
        };
        if let Some(v) = self.call_special(b, rname, &[a])? {
            if !v.is(self.not_implemented) {
                return Ok(v);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!("unsupported types for {}: '{ta}', '{tb}'", cmp_symbol(op))))
            }
        }
    }

    /// `==` / `!=` with user `__eq__`/`__ne__` results passed through unchanged.
    fn rich_eq(&mut self, a: Value, b: Value, negate: bool) -> PyResult<Value> {
        let user = |vm: &Vm, v: Value| {
            matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Instance(_) | Object::Data(_)))
        };
        if user(self, a) || user(self, b) {
            let (name, rname) = if negate { (self.n.__ne__, self.n.__ne__) } else { (self.n.__eq__, self.n.__eq__) };
            if let Some(v) = self.call_special(a, name, &[b])? {
                if !v.is(self.not_implemented) {
                    return Ok(v);
                }
            }
            if let Some(v) = self.call_special(b, rname, &[a])? {
                if !v.is(self.not_implemented) {
                    return Ok(v);
                }
            }
            if negate {
                // Default __ne__ inverts __eq__.
                let eq = self.n.__eq__;
                if let Some(v) = self.call_special(a, eq, &[b])? {
                    if !v.is(self.not_implemented) {
                        return Ok(Value::Bool(!self.truthy(v)?));
                    }
                }
            }
            let (ba, bb) = (self.builtin_base(a), self.builtin_base(b));
            if !ba.is(a) || !bb.is(b) {
                return Ok(Value::Bool(self.eq(ba, bb)? != negate));
            }
            return Ok(Value::Bool(a.is(b) != negate));
        }
        Ok(Value::Bool(self.eq(a, b)? != negate))
    }

    /// Python `==` as a Rust bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        self.eq_depth(a, b, self.cmp_nesting)
    }

    pub(crate) fn eq_depth(&mut self, a: Value, b: Value, depth: usize) -> PyResult<bool> {
        if depth > MAX_COMPARE_DEPTH {
            return Err(self.recursion_error());
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Float(x), Value::Float(y)) => return Ok(x == y),
            (Value::None, Value::None) => return Ok(true),
            (Value::Bool(x), Value::Bool(y)) => return Ok(x == y),
            _ => {}
        }
        if let (Some(x), Some(y)) = (self.num_key(a), self.num_key(b)) {
            return Ok(x.partial_cmp(&y) == Some(Ordering::Equal));
        }
        if a.is(b) {
            // A complex holding a NaN is not equal to itself.
            return Ok(
                !matches!(a.as_obj().map(|r| self.heap.get(r)), Some(Object::Complex(re, im)) if re.is_nan() || im.is_nan()),
            );
        }
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
            let is_inst = |vm: &Vm, v: Value| {
                matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Instance(_) | Object::Data(_)))
            };
            if is_inst(self, a) || is_inst(self, b) {
                return self.user_eq(a, b);
            }
            return Ok(self.complex_eq(a, b));
        };
        match (self.heap.get(ra), self.heap.get(rb)) {
            (Object::Str(x), Object::Str(y)) => Ok(x.s == y.s),
            (Object::Bytes(x) | Object::ByteArray(x), Object::Bytes(y) | Object::ByteArray(y)) => Ok(x == y),
            (Object::BigInt(x), Object::BigInt(y)) => Ok(x == y),
            (Object::MemoryView { .. }, Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView { .. })
            | (Object::Bytes(_) | Object::ByteArray(_), Object::MemoryView { .. }) => {
                Ok(self.bytes_like(a).is_some_and(|x| self.bytes_like(b).is_some_and(|y| x == y)))
            }
            (Object::Tuple(x), Object::Tuple(y)) if x.len() != y.len() => Ok(false),
            (Object::List(x), Object::List(y)) if x.len() != y.len() => Ok(false),
            (Object::Tuple(_), Object::Tuple(_)) | (Object::List(_), Object::List(_)) => self.seq_eq(ra, rb, depth),
            (Object::Dict(_), Object::Dict(_)) => self.dict_eq(a, b, depth),
            (Object::Set(x) | Object::FrozenSet(x), Object::Set(y) | Object::FrozenSet(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                let keys: Vec<Value> = x.iter().map(|e| e.key).collect();
                // Membership compares with `eq`, which starts from this depth.
                let saved = std::mem::replace(&mut self.cmp_nesting, depth + 1);
                let mut result = Ok(true);
                for k in keys {
                    match self.set_contains(b, k) {
                        Ok(true) => {}
                        Ok(false) => {
                            result = Ok(false);
                            break;
                        }
                        Err(e) => {
                            result = Err(e);
                            break;
                        }
                    }
                }
                self.cmp_nesting = saved;
                result
            }
            (Object::Range(x), Object::Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                Ok(lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step))))
            }
            (Object::Complex(ar, ai), Object::Complex(br, bi)) => Ok(ar == br && ai == bi),
            // Slices compare as the tuples (start, stop, step).
            (Object::Slice(a1, b1, c1), Object::Slice(a2, b2, c2)) => {
                let pairs = [(*a1, *a2), (*b1, *b2), (*c1, *c2)];
                for (p, q) in pairs {
                    if !self.eq_depth(p, q, depth + 1)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (Object::BoundMethod { func: f1, receiver: r1 }, Object::BoundMethod { func: f2, receiver: r2 }) => {
                Ok(f1.is(*f2) && r1.is(*r2))
            }
            (Object::Instance(_) | Object::Data(_), _) | (_, Object::Instance(_) | Object::Data(_)) => {
                self.user_eq(a, b)
            }
            (Object::Complex(..), _) | (_, Object::Complex(..)) => Ok(self.complex_eq(a, b)),
            _ => Ok(false),
        }
    }

    /// `==` between a complex and another number (`0j == False`, `(1+0j) == 1`); false when
    /// neither is a complex or the other is not a number.
    #[inline(never)]
    fn complex_eq(&self, a: Value, b: Value) -> bool {
        let is_complex = |v: Value| matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Object::Complex(..)));
        if !is_complex(a) && !is_complex(b) {
            return false;
        }
        match (self.as_complex(a), self.as_complex(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    fn user_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let v = self.rich_eq(a, b, false)?;
        self.truthy(v)
    }

    /// Item-by-item equality of two tuples or lists of equal length, read in place.
    fn seq_eq(&mut self, x: crate::heap::ObjRef, y: crate::heap::ObjRef, depth: usize) -> PyResult<bool> {
        let mut i = 0;
        loop {
            match (self.seq_item(x, i), self.seq_item(y, i)) {
                (Some(p), Some(q)) => {
                    if !p.is(q) && !self.eq_depth(p, q, depth + 1)? {
                        return Ok(false);
                    }
                }
                // A list shrunk by an `__eq__` along the way compares by what is left.
                (None, None) => return Ok(true),
                _ => return Ok(false),
            }
            i += 1;
        }
    }

    /// Numbers compare across int, bool, big int and float; this gives a common key when both
    /// sides are numbers (`None` otherwise).
    fn num_key(&self, v: Value) -> Option<NumKey> {
        match v {
            Value::Int(i) => Some(NumKey::Int(IBig::from(i))),
            Value::Bool(b) => Some(NumKey::Int(IBig::from(b as i64))),
            Value::Float(f) => Some(NumKey::Float(f)),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => Some(NumKey::Int((**b).clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// `a op b` for an ordering `op` when the built-in types of the operands define it, without
    /// looking at special methods (so `int.__lt__` can use it without finding itself).
    pub(crate) fn builtin_order(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        if let Some(ord) = self.order(a, b, 0)? {
            return Ok(Some(match op {
                CmpOp::Lt => ord == Ordering::Less,
                CmpOp::LtE => ord != Ordering::Greater,
                CmpOp::Gt => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            }));
        }
        // Not natively ordered: NaN, sets (subset order) or user classes.
        if let Some(v) = self.set_order(op, a, b)? {
            return Ok(Some(v));
        }
        if let (Some(x), Some(y)) = (self.to_f64(a), self.to_f64(b)) {
            if x.is_nan() || y.is_nan() {
                return Ok(Some(false));
            }
        }
        Ok(None)
    }

    fn rich_order(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        match self.builtin_order(op, a, b) {
            Ok(Some(r)) => Ok(Value::Bool(r)),
            Ok(None) => {
                let (name, rname) = match op {
                    CmpOp::Lt => (self.n.__lt__, self.n.__gt__),
                    CmpOp::LtE => (self.n.__le__, self.n.__ge__),
                    CmpOp::Gt => (self.n.__gt__, self.n.__lt__),
                    _ => (self.n.__ge__, self.n.__le__),
                };
                if let Some(v) = self.call_special(a, name, &[b])? {
                    if !v.is(self.not_implemented) {
                        return Ok(v);
                    }
                }
                if let Some(v) = self.call_special(b, rname, &[a])? {
                    if !v.is(self.not_implemented) {
                        return Ok(v);
                    }
                }
                if let Some((ba, bb)) = self.operand_bases(a, b) {
                    return self.rich_order(op, ba, bb);
                }
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!("unsupported types for {}: '{ta}', '{tb}'", cmp_symbol(op))))
            }
            Err(e) => Err(e),
        }
    }

    /// Python `<` as a Rust bool (sorting, min/max).
    pub fn less_than(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(Value::Bool(r)) = fast_compare(CmpOp::Lt, a, b) {
            return Ok(r);
        }
        let v = self.rich_order(CmpOp::Lt, a, b)?;
        self.truthy(v)
    }

    /// Native ordering for numbers, strings, bytes, tuples and lists; `None` when the types do
    /// not order natively (the caller tries special methods).
    fn order(&mut self, a: Value, b: Value, depth: usize) -> PyResult<Option<Ordering>> {
        if depth > MAX_COMPARE_DEPTH {
            return Err(self.recursion_error());
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Some(x.cmp(&y))),
            (Value::Float(x), Value::Float(y)) => return Ok(x.partial_cmp(&y)),
            _ => {}
        }
        if let (Some(x), Some(y)) = (self.num_key(a), self.num_key(b)) {
            return Ok(x.partial_cmp(&y));
        }
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else { return Ok(None) };
        match (self.heap.get(ra), self.heap.get(rb)) {
            (Object::Str(x), Object::Str(y)) => Ok(Some(x.s.cmp(&y.s))),
            (Object::Bytes(x) | Object::ByteArray(x), Object::Bytes(y) | Object::ByteArray(y)) => Ok(Some(x.cmp(y))),
            (Object::Tuple(_), Object::Tuple(_)) | (Object::List(_), Object::List(_)) => self.seq_order(ra, rb, depth),
            _ => Ok(None),
        }
    }

    /// Item `i` of a tuple or list, read afresh (a comparison's `__eq__` may change a list).
    #[inline]
    fn seq_item(&self, r: crate::heap::ObjRef, i: usize) -> Option<Value> {
        match self.heap.get(r) {
            Object::Tuple(t) => t.get(i).copied(),
            Object::List(l) => l.get(i).copied(),
            _ => None,
        }
    }

    /// Lexicographic order of two tuples or lists, compared item by item in place (sorting
    /// tuples compares them millions of times: no copies).
    fn seq_order(
        &mut self,
        x: crate::heap::ObjRef,
        y: crate::heap::ObjRef,
        depth: usize,
    ) -> PyResult<Option<Ordering>> {
        let mut i = 0;
        while let (Some(p), Some(q)) = (self.seq_item(x, i), self.seq_item(y, i)) {
            i += 1;
            if p.is(q) || self.eq_depth(p, q, depth + 1)? {
                continue;
            }
            return match self.order(p, q, depth + 1)? {
                Some(o) => Ok(Some(o)),
                None => {
                    let lt = self.rich_order(CmpOp::Lt, p, q)?;
                    if self.truthy(lt)? {
                        Ok(Some(Ordering::Less))
                    } else {
                        Ok(Some(Ordering::Greater))
                    }
                }
            };
        }
        let len = |vm: &Vm, r| match vm.heap.get(r) {
            Object::Tuple(t) => t.len(),
            Object::List(l) => l.len(),
            _ => 0,
        };
        Ok(Some(len(self, x).cmp(&len(self, y))))
    }

    /// Truth value: `bool(v)`.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => b,
            Value::None | Value::Unbound => false,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => !s.s.is_empty(),
                Object::List(l) => !l.is_empty(),
                Object::Tuple(t) => !t.is_empty(),
                Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => !d.is_empty(),
                Object::Bytes(b) | Object::ByteArray(b) => !b.is_empty(),
                Object::BigInt(_) => true,
                Object::Range(rg) => rg.len() != 0,
                Object::Complex(re, im) => *re != 0.0 || *im != 0.0,
                Object::Instance(_) => {
                    let b = self.n.__bool__;
                    if let Some(res) = self.call_special(v, b, &[])? {
                        return match res {
                            Value::Bool(b) => Ok(b),
                            _ => Err(self.type_error("__bool__ should return bool")),
                        };
                    }
                    let l = self.n.__len__;
                    if let Some(res) = self.call_special(v, l, &[])? {
                        return self.truthy(res);
                    }
                    if let Object::Instance(i) = self.heap.get(r) {
                        if !i.base.is_none() {
                            let base = i.base;
                            return self.truthy(base);
                        }
                    }
                    true
                }
                Object::Data(_) => {
                    let b = self.n.__bool__;
                    if let Some(res) = self.call_special(v, b, &[])? {
                        return self.truthy(res);
                    }
                    let l = self.n.__len__;
                    if let Some(res) = self.call_special(v, l, &[])? {
                        return self.truthy(res);
                    }
                    true
                }
                _ => true,
            },
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Object::Str(s) => {
                    let Some(needle) = self.str_ref(item) else {
                        let tn = self.type_name(item);
                        return Err(self.type_error(format!("can't convert '{tn}' object to str implicitly")));
                    };
                    return Ok(s.s.contains(needle));
                }
                Object::Bytes(b) | Object::ByteArray(b) => {
                    if let Value::Int(i) = item {
                        return Ok(b.contains(&(i as u8)) && (0..256).contains(&i));
                    }
                    let hay = b.clone();
                    let Some(needle) = self.bytes_like(item) else {
                        return Err(self.type_error("a bytes-like object is required"));
                    };
                    return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()));
                }
                Object::List(l) => {
                    let items = l.clone();
                    return self.seq_contains(&items, item);
                }
                Object::Tuple(t) => {
                    let items = t.to_vec();
                    return self.seq_contains(&items, item);
                }
                Object::Dict(_) => return Ok(self.dict_get(container, item)?.is_some()),
                Object::DictView { dict, kind: crate::object::ViewKind::Keys } => {
                    let d = *dict;
                    return Ok(self.dict_get(d, item)?.is_some());
                }
                Object::Set(_) | Object::FrozenSet(_) => return self.set_contains(container, item),
                Object::Range(rg) => {
                    let rg = *rg;
                    if let Value::Int(i) = item {
                        let inside =
                            if rg.step > 0 { i >= rg.start && i < rg.stop } else { i <= rg.start && i > rg.stop };
                        return Ok(inside && (i - rg.start) % rg.step == 0);
                    }
                }
                Object::Instance(_) | Object::Data(_) => {
                    let c = self.n.__contains__;
                    if let Some(res) = self.call_special(container, c, &[item])? {
                        return self.truthy(res);
                    }
                    if let Some(base) = self.subclass_base(container) {
                        return self.contains(base, item);
                    }
                }
                _ => {}
            }
        }
        // Fall back to iteration.
        let it = self.get_iter(container)?;
        let mark = self.roots_mark();
        self.root(it);
        let result = loop {
            match self.iter_next(it) {
                Ok(Some(v)) => {
                    if v.is(item) || self.eq(v, item)? {
                        break Ok(true);
                    }
                }
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        self.truncate_roots(mark);
        result
    }

    fn seq_contains(&mut self, items: &[Value], item: Value) -> PyResult<bool> {
        for v in items {
            if v.is(item) || self.eq(*v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Python `hash()`; consistent with `==` across int, float and bool.
    pub fn hash(&mut self, v: Value) -> PyResult<u64> {
        self.hash_depth(v, 0)
    }

    fn hash_depth(&mut self, v: Value, depth: usize) -> PyResult<u64> {
        if depth > MAX_COMPARE_DEPTH {
            return Err(self.recursion_error());
        }
        Ok(match v {
            Value::Int(i) => hash_int(i),
            Value::Bool(b) => b as u64,
            Value::None | Value::Unbound => 0x9e37_79b9,
            Value::Float(f) => hash_float(f),
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => {
                    let h = s.hash.get();
                    if h != 0 {
                        return Ok(h);
                    }
                    let h = hash_bytes(s.s.as_bytes());
                    s.hash.set(h);
                    h
                }
                Object::Bytes(b) => hash_bytes(b),
                Object::BigInt(b) => hash_bytes(b.to_string().as_bytes()),
                Object::Tuple(t) => {
                    let items = t.to_vec();
                    let mut h: u64 = 0x345678;
                    for item in items {
                        let ih = self.hash_depth(item, depth + 1)?;
                        h = (h ^ ih).wrapping_mul(1_000_003).rotate_left(7);
                    }
                    h
                }
                Object::FrozenSet(d) => hash_set_items(d),
                Object::Complex(re, im) => hash_float(*re) ^ hash_float(*im).wrapping_mul(1_000_003),
                // Keys and items views are set-like (so unhashable, as in CPython); a values
                // view hashes by identity. Slices are unhashable, as in MicroPython and CPython
                // before 3.12.
                Object::List(_)
                | Object::Slice(..)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::ByteArray(_)
                | Object::DictView { kind: crate::object::ViewKind::Keys | crate::object::ViewKind::Items, .. } => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("unhashable type: '{tn}'")));
                }
                Object::Instance(inst) => {
                    let class = inst.class;
                    let hname = self.n.__hash__;
                    match self.class_lookup(class, hname) {
                        Some(Value::None) => {
                            let tn = self.type_name(v);
                            return Err(self.type_error(format!("unhashable type: '{tn}'")));
                        }
                        Some(f) if f != self.object_hash => {
                            let res = self.call(f, &[v])?;
                            return match res {
                                Value::Int(i) => Ok(hash_int(i)),
                                Value::Bool(b) => Ok(b as u64),
                                _ if self.is_int(res) => self.hash_depth(res, depth + 1),
                                _ => Err(self.type_error("__hash__ should return an int")),
                            };
                        }
                        _ => {
                            let base = inst.base;
                            let eq = self.n.__eq__;
                            if self.class_lookup(class, eq).is_some_and(|f| f != self.object_eq) {
                                let tn = self.type_name(v);
                                return Err(self.type_error(format!("unhashable type: '{tn}'")));
                            }
                            if !base.is_none() {
                                // A subclass of a built-in type hashes as its value; a mutable
                                // one is unhashable under its own name.
                                let mutable = matches!(
                                    base.as_obj().map(|b| self.heap.get(b)),
                                    Some(Object::List(_) | Object::Dict(_) | Object::Set(_) | Object::ByteArray(_))
                                );
                                if mutable {
                                    let tn = self.type_name(v);
                                    return Err(self.type_error(format!("unhashable type: '{tn}'")));
                                }
                                return self.hash_depth(base, depth + 1);
                            }
                            identity_hash(r)
                        }
                    }
                }
                Object::Data(d) => {
                    let class = d.class;
                    let hname = self.n.__hash__;
                    match self.class_lookup(class, hname) {
                        Some(Value::None) => {
                            let tn = self.type_name(v);
                            return Err(self.type_error(format!("unhashable type: '{tn}'")));
                        }
                        Some(f) if f != self.object_hash => {
                            let res = self.call(f, &[v])?;
                            return self.hash_depth(res, depth + 1);
                        }
                        _ => identity_hash(r),
                    }
                }
                _ => identity_hash(r),
            },
        })
    }

    /// Does exception `exc` match the class or tuple of classes `ty`?
    pub fn exception_matches(&mut self, exc: Value, ty: Value) -> PyResult<bool> {
        let Some(r) = ty.as_obj() else {
            return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
        };
        match self.heap.get(r) {
            Object::Class(_) => Ok(self.isinstance(exc, r)),
            Object::Tuple(t) => {
                let items = t.to_vec();
                for item in items {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }
}

enum NumKey {
    Int(IBig),
    Float(f64),
}

impl NumKey {
    fn partial_cmp(&self, other: &NumKey) -> Option<Ordering> {
        match (self, other) {
            (NumKey::Int(a), NumKey::Int(b)) => Some(a.cmp(b)),
            (NumKey::Float(a), NumKey::Float(b)) => a.partial_cmp(b),
            (NumKey::Int(a), NumKey::Float(b)) => int_float_cmp(a, *b),
            (NumKey::Float(a), NumKey::Int(b)) => int_float_cmp(b, *a).map(Ordering::reverse),
        }
    }
}

fn int_float_cmp(a: &IBig, b: f64) -> Option<Ordering> {
    if b.is_nan() {
        return None;
    }
    if b.is_infinite() {
        return Some(if b > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = b.floor();
    let fi = IBig::try_from(fl).ok()?;
    match a.cmp(&fi) {
        Ordering::Equal if b > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

pub fn hash_int(i: i64) -> u64 {
    i as u64
}

pub fn hash_float(f: f64) -> u64 {
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_int(f as i64);
    }
    f.to_bits().wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// FNV-1a: simple, fast for short keys, deterministic across runs (MicroPython's string hashes
/// are deterministic too).
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    if h == 0 {
        1
    } else {
        h
    }
}

/// A frozenset's hash, from its members' stored hashes (so independent of their order). A set
/// looked up in a set hashes the same way (`Vm::set_find_set_key`).
pub(crate) fn hash_set_items(d: &crate::dict::Dict) -> u64 {
    let mut h: u64 = 0;
    for e in d.iter() {
        h ^= e.hash.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    h
}

fn identity_hash(r: crate::heap::ObjRef) -> u64 {
    ((r.index as u64) << 4) ^ (r.generation as u64)
}
