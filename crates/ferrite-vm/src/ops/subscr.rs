//! Subscription: `x[i]`, `x[a:b:c]`, item assignment and deletion for the built-in sequences
//! and mappings, and `__getitem__`/`__setitem__`/`__delitem__` for user classes.

use crate::error::{ExcKind, PyResult};
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Resolved slice bounds for a sequence of a given length.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SliceIndices {
    pub fn len(&self) -> usize {
        if self.step > 0 && self.start < self.stop {
            ((self.stop - self.start - 1) / self.step + 1) as usize
        } else if self.step < 0 && self.start > self.stop {
            ((self.start - self.stop - 1) / (-self.step) + 1) as usize
        } else {
            0
        }
    }
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let s = *self;
        (0..s.len()).map(move |k| (s.start + k as i64 * s.step) as usize)
    }
}

impl SliceIndices {
    /// Is position `k` one of the slice's positions?
    fn contains(&self, k: i64) -> bool {
        if self.step > 0 {
            k >= self.start && k < self.stop && (k - self.start) % self.step == 0
        } else {
            k <= self.start && k > self.stop && (self.start - k) % -self.step == 0
        }
    }
}

/// `slice.indices` for bounds that are small ints or None and a non-zero step (nearly every
/// slice), without the general path's `__index__` handling; `None` for anything else.
#[inline]
fn plain_slice(a: Value, b: Value, c: Value, n: i64) -> Option<SliceIndices> {
    let step = match c {
        Value::None => 1,
        Value::Int(0) => return None,
        // -2**63 cannot be negated; any step past the length behaves the same.
        Value::Int(st) => st.max(-i64::MAX),
        _ => return None,
    };
    let bound = |v: Value, default: i64, lo: i64, hi: i64| match v {
        Value::None => Some(default),
        Value::Int(i) => Some((if i < 0 { i.saturating_add(n) } else { i }).clamp(lo, hi)),
        _ => None,
    };
    let (start, stop) = if step > 0 {
        (bound(a, 0, 0, n)?, bound(b, n, 0, n)?)
    } else {
        (bound(a, n - 1, -1, n - 1)?, bound(b, -1, -1, n - 1)?)
    };
    Some(SliceIndices { start, stop, step })
}

/// The items of `items[s]` in one allocation: a plain copy for step 1, a reversed copy for -1
/// (`p[k::-1]`), a gather otherwise.
pub fn slice_values(items: &[Value], s: SliceIndices) -> Vec<Value> {
    let n = s.len();
    if n == 0 {
        return Vec::new();
    }
    match s.step {
        1 => items.get(s.start as usize..s.stop as usize).map_or_else(Vec::new, <[Value]>::to_vec),
        -1 => items.get((s.stop + 1) as usize..(s.start + 1) as usize).map_or_else(Vec::new, |part| {
            let mut out = part.to_vec();
            out.reverse();
            out
        }),
        _ => s.indices().filter_map(|i| items.get(i).copied()).collect(),
    }
}

/// `dest[s] = src`. A step-1 slice replaced by as many items is overwritten in place; other
/// step-1 assignments splice. An extended slice needs exactly as many items: `Err` carries the
/// two sizes for the error message.
fn assign_slice(dest: &mut Vec<Value>, s: SliceIndices, src: &[Value]) -> Result<(), (usize, usize)> {
    if s.step == 1 {
        let start = (s.start.max(0) as usize).min(dest.len());
        let stop = (s.stop.max(0) as usize).clamp(start, dest.len());
        match dest.get_mut(start..stop) {
            Some(part) if part.len() == src.len() => part.copy_from_slice(src),
            _ => {
                dest.splice(start..stop, src.iter().copied());
            }
        }
        return Ok(());
    }
    if src.len() != s.len() {
        return Err((src.len(), s.len()));
    }
    for (i, item) in s.indices().zip(src) {
        // The list may have shrunk while the new items were collected.
        if let Some(slot) = dest.get_mut(i) {
            *slot = *item;
        }
    }
    Ok(())
}

/// Removes the positions of slice `s` from `items` in one pass.
fn delete_slice<T>(items: &mut Vec<T>, s: SliceIndices) {
    if s.len() == 0 {
        return;
    }
    if s.step == 1 {
        let start = (s.start.max(0) as usize).min(items.len());
        let stop = (s.stop.max(0) as usize).clamp(start, items.len());
        items.drain(start..stop);
        return;
    }
    let mut k = 0i64;
    items.retain(|_| {
        let keep = !s.contains(k);
        k += 1;
        keep
    });
}

impl Vm {
    /// `C[x]` on a class: `C.__class_getitem__(x)` when the class defines it (implicitly a
    /// classmethod, as in CPython); otherwise the class itself, so `list[int]`-style generic
    /// aliases in annotations and `isinstance` targets keep working.
    #[inline(never)]
    fn class_getitem(&mut self, class: Value, index: Value) -> PyResult<Value> {
        let Some(cr) = class.as_obj() else { return Ok(class) };
        let name = self.intern("__class_getitem__");
        let Some(f) = self.class_lookup(cr, name) else { return Ok(class) };
        let f = match f.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::ClassMethod(inner)) => *inner,
            Some(Object::StaticMethod(inner)) => return self.call(*inner, &[index]),
            _ => f,
        };
        self.call(f, &[class, index])
    }

    /// A sequence index, normalised against `len`; IndexError when out of range.
    pub fn seq_index(&mut self, index: Value, len: usize, what: &str) -> PyResult<usize> {
        let i = self.index_value(index, what)?;
        let n = len as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// An integer index from an int, bool or object with `__index__`.
    pub fn index_value(&mut self, index: Value, what: &str) -> PyResult<i64> {
        match index {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(_) => Ok(i64::MAX),
                Object::Instance(_) => {
                    let n = self.n.__index__;
                    match self.call_special(index, n, &[])? {
                        Some(Value::Int(i)) => Ok(i),
                        _ => {
                            let tn = self.type_name(index);
                            Err(self.type_error(format!("{what} indices must be integers, not {tn}")))
                        }
                    }
                }
                _ => {
                    let tn = self.type_name(index);
                    Err(self.type_error(format!("{what} indices must be integers, not {tn}")))
                }
            },
            _ => {
                let tn = self.type_name(index);
                Err(self.type_error(format!("{what} indices must be integers, not {tn}")))
            }
        }
    }

    /// Resolves a slice object against a sequence length, as Python's `slice.indices`.
    pub fn slice_indices(&mut self, slice: Value, len: usize) -> PyResult<SliceIndices> {
        let Some(Object::Slice(a, b, c)) = slice.as_obj().map(|r| self.heap.get(r)) else {
            return Err(self.type_error("expected slice"));
        };
        let (a, b, c) = (*a, *b, *c);
        let n = len as i64;
        if let Some(s) = plain_slice(a, b, c, n) {
            return Ok(s);
        }
        let step = if c.is_none() { 1 } else { self.index_value(c, "slice")? };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        // -2**63 cannot be negated; any step past the length behaves the same.
        let step = step.max(-i64::MAX);
        let clamp = |vm: &mut Vm, v: Value, default: i64, lo: i64, hi: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            let i = match v {
                Value::Obj(r) if matches!(vm.heap.get(r), Object::BigInt(_)) => {
                    let neg = vm.to_f64(v).unwrap_or(0.0) < 0.0;
                    if neg {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
                _ => vm.index_value(v, "slice")?,
            };
            let i = if i < 0 { i + n } else { i };
            Ok(i.clamp(lo, hi))
        };
        let (start, stop) = if step > 0 {
            (clamp(self, a, 0, 0, n)?, clamp(self, b, n, 0, n)?)
        } else {
            (clamp(self, a, n - 1, -1, n - 1)?, clamp(self, b, -1, -1, n - 1)?)
        };
        Ok(SliceIndices { start, stop, step })
    }

    pub(crate) fn is_slice(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Object::Slice(..)))
    }

    /// `container[index]`. Indexing a list with a small int in range is answered before the
    /// dispatch over every container kind in `get_item_slow`. (Marking this `#[inline]` made
    /// `bench/pystone.py` 2.5% slower, from the interpreter loop's layout, not its instructions.)
    /// The in-range `list[int]`/`tuple[int]` case is inlined into callers (the interpreter's
    /// `BinarySubscr` above all); everything else is in `get_item_slow`.
    #[inline(always)]
    pub fn get_item(&mut self, container: Value, index: Value) -> PyResult<Value> {
        if let (Value::Obj(r), Value::Int(i)) = (container, index) {
            let items: Option<&[Value]> = match self.heap.get(r) {
                Object::List(l) => Some(l),
                Object::Tuple(t) => Some(t),
                _ => None,
            };
            if let Some(items) = items {
                let j = if i < 0 { i.wrapping_add(items.len() as i64) } else { i };
                if let Some(&v) = usize::try_from(j).ok().and_then(|j| items.get(j)) {
                    return Ok(v);
                }
            }
        }
        self.get_item_slow(container, index)
    }

    /// `c[lo:hi]` of an exact str (ASCII), list or tuple with small-int or None bounds, taken
    /// without the slice object: the interpreter fuses `BuildSlice(2)` with the `BinarySubscr`
    /// after it and calls this first, saving an allocation and the generic subscript dispatch
    /// per slice (`w[:4]`, `s[50:]`). None: not such a case; build the slice and go the usual way.
    pub(crate) fn slice_direct(&mut self, c: Value, lo: Value, hi: Value) -> Option<PyResult<Value>> {
        let Value::Obj(r) = c else { return None };
        match self.heap.get(r) {
            Object::Str(ps) if ps.is_ascii() => {
                let s = plain_slice(lo, hi, Value::None, ps.s.len() as i64)?;
                let (a, z) = (s.start as usize, s.stop.max(s.start) as usize);
                Some(crate::types::str::substr(self, r, a, z))
            }
            Object::List(l) => {
                let out = slice_values(l, plain_slice(lo, hi, Value::None, l.len() as i64)?);
                Some(self.new_list(out))
            }
            Object::Tuple(t) => {
                let out = slice_values(t, plain_slice(lo, hi, Value::None, t.len() as i64)?);
                Some(self.new_tuple(out))
            }
            _ => None,
        }
    }

    fn get_item_slow(&mut self, container: Value, index: Value) -> PyResult<Value> {
        let Value::Obj(r) = container else {
            let tn = self.type_name(container);
            return Err(self.type_error(format!("'{tn}' object isn't subscriptable")));
        };
        match self.heap.get(r) {
            Object::List(l) => {
                if let Value::Int(i) = index {
                    let n = l.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j >= 0 && j < n {
                        return Ok(l[j as usize]);
                    }
                    return Err(self.index_error("list index out of range"));
                }
                let len = l.len();
                if self.is_slice(index) {
                    let s = self.slice_indices(index, len)?;
                    let out = match self.heap.get(r) {
                        Object::List(l) => slice_values(l, s),
                        _ => Vec::new(),
                    };
                    return self.new_list(out);
                }
                let i = self.seq_index(index, len, "list")?;
                match self.heap.get(r) {
                    Object::List(l) if i < l.len() => Ok(l[i]),
                    _ => Err(self.index_error("list index out of range")),
                }
            }
            Object::Tuple(t) => {
                if let Value::Int(i) = index {
                    let n = t.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j >= 0 && j < n {
                        return Ok(t[j as usize]);
                    }
                    return Err(self.index_error("tuple index out of range"));
                }
                let len = t.len();
                if self.is_slice(index) {
                    let s = self.slice_indices(index, len)?;
                    let out = match self.heap.get(r) {
                        Object::Tuple(t) => slice_values(t, s),
                        _ => Vec::new(),
                    };
                    return self.new_tuple(out);
                }
                let i = self.seq_index(index, len, "tuple")?;
                match self.heap.get(r) {
                    Object::Tuple(t) if i < t.len() => Ok(t[i]),
                    _ => Err(self.index_error("tuple index out of range")),
                }
            }
            Object::Str(_) => crate::types::str::str_getitem(self, container, index),
            Object::Bytes(b) | Object::ByteArray(b) => {
                let is_bytes = matches!(self.heap.get(r), Object::Bytes(_));
                let data = b.clone();
                if self.is_slice(index) {
                    let s = self.slice_indices(index, data.len())?;
                    let out: Vec<u8> = s.indices().filter_map(|i| data.get(i).copied()).collect();
                    return if is_bytes { self.new_bytes(out) } else { self.alloc(Object::ByteArray(out)) };
                }
                let what = if is_bytes { "bytes" } else { "bytearray" };
                let i = self.seq_index(index, data.len(), what)?;
                Ok(Value::Int(data[i] as i64))
            }
            Object::Dict(_) => match self.dict_get(container, index) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(self.key_error(index)),
                Err(e) => Err(self.dict_load_error(e, index)),
            },
            Object::Range(rg) => {
                let rg = *rg;
                let len = rg.len() as usize;
                if self.is_slice(index) {
                    let s = self.slice_indices(index, len)?;
                    let start = rg.start as i128 + s.start as i128 * rg.step as i128;
                    let step = rg.step as i128 * s.step as i128;
                    // From the resolved slice stop, not start + len * step: `range(4)[1::2]` is
                    // `range(1, 4, 2)` (CPython's repr), not `range(1, 5, 2)`.
                    let stop = rg.start as i128 + s.stop as i128 * rg.step as i128;
                    let (Ok(start), Ok(stop), Ok(step)) =
                        (i64::try_from(start), i64::try_from(stop), i64::try_from(step))
                    else {
                        return Err(self.overflow_error("range too large"));
                    };
                    return self.alloc(Object::Range(crate::object::Range { start, stop, step }));
                }
                let i = self.seq_index(index, len, "range")?;
                match i64::try_from(rg.start as i128 + i as i128 * rg.step as i128) {
                    Ok(v) => Ok(Value::Int(v)),
                    Err(_) => Err(self.overflow_error("range element too large")),
                }
            }
            Object::MemoryView { .. } => self.memoryview_getitem(r, index),
            Object::Instance(inst) => {
                let base = inst.base;
                let gi = self.n.__getitem__;
                let class = inst.class;
                let found = match self.call_special(container, gi, &[index]) {
                    Err(e) if !base.is_none() && self.is_exception_kind(e.0, ExcKind::KeyError) => {
                        let missing = self.intern("__missing__");
                        match self.class_lookup(class, missing) {
                            Some(f) => return self.call(f, &[container, index]),
                            None => return Err(e),
                        }
                    }
                    r => r?,
                };
                match found {
                    Some(v) => Ok(v),
                    None if !base.is_none() => match self.get_item(base, index) {
                        Err(e) if self.is_exception_kind(e.0, ExcKind::KeyError) => {
                            let missing = self.intern("__missing__");
                            match self.class_lookup(class, missing) {
                                Some(f) => self.call(f, &[container, index]),
                                None => Err(e),
                            }
                        }
                        r => r,
                    },
                    None => {
                        let tn = self.type_name(container);
                        Err(self.type_error(format!("'{tn}' object isn't subscriptable")))
                    }
                }
            }
            Object::Class(_) => self.class_getitem(container, index),
            Object::Data(_) => {
                let gi = self.n.__getitem__;
                match self.call_special(container, gi, &[index])? {
                    Some(v) => Ok(v),
                    None => {
                        let tn = self.type_name(container);
                        Err(self.type_error(format!("'{tn}' object isn't subscriptable")))
                    }
                }
            }
            _ => {
                let tn = self.type_name(container);
                Err(self.type_error(format!("'{tn}' object isn't subscriptable")))
            }
        }
    }

    /// `container[index] = v`, with the list-and-small-int case first as in `get_item`.
    #[inline(always)]
    pub fn set_item(&mut self, container: Value, index: Value, v: Value) -> PyResult<()> {
        if let (Value::Obj(r), Value::Int(i)) = (container, index) {
            if let Object::List(l) = self.heap.get_mut(r) {
                let j = if i < 0 { i.wrapping_add(l.len() as i64) } else { i };
                if let Some(slot) = usize::try_from(j).ok().and_then(|j| l.get_mut(j)) {
                    *slot = v;
                    return Ok(());
                }
            }
        }
        self.set_item_slow(container, index, v)
    }

    fn set_item_slow(&mut self, container: Value, index: Value, v: Value) -> PyResult<()> {
        let Value::Obj(r) = container else {
            let tn = self.type_name(container);
            return Err(self.type_error(format!("'{tn}' object doesn't support item assignment")));
        };
        match self.heap.get(r) {
            Object::List(l) => {
                let len = l.len();
                if self.is_slice(index) {
                    let s = self.slice_indices(index, len)?;
                    return self.list_assign_slice(r, s, v);
                }
                let i = self.seq_index(index, len, "list")?;
                if let Object::List(l) = self.heap.get_mut(r) {
                    if let Some(slot) = l.get_mut(i) {
                        *slot = v;
                    }
                }
                Ok(())
            }
            Object::ByteArray(b) => {
                let len = b.len();
                if self.is_slice(index) {
                    let s = self.slice_indices(index, len)?;
                    let new = match self.bytes_like(v) {
                        Some(b) => b,
                        None => {
                            let items = self.iterate_to_vec(v)?;
                            let mut out = Vec::new();
                            for it in items {
                                out.push(self.byte_value(it)?);
                            }
                            out
                        }
                    };
                    if s.step != 1 {
                        if new.len() != s.len() {
                            let msg = format!(
                                "attempt to assign bytes of size {} to extended slice of size {}",
                                new.len(),
                                s.len()
                            );
                            return Err(self.value_error(msg));
                        }
                        if let Object::ByteArray(b) = self.heap.get_mut(r) {
                            for (i, byte) in s.indices().zip(new) {
                                if let Some(slot) = b.get_mut(i) {
                                    *slot = byte;
                                }
                            }
                        }
                        return Ok(());
                    }
                    if let Object::ByteArray(b) = self.heap.get_mut(r) {
                        let start = (s.start.max(0) as usize).min(b.len());
                        let stop = (s.stop.max(0) as usize).clamp(start, b.len());
                        b.splice(start..stop, new);
                    }
                    return Ok(());
                }
                let i = self.seq_index(index, len, "bytearray")?;
                let byte = self.byte_value(v)?;
                if let Object::ByteArray(b) = self.heap.get_mut(r) {
                    b[i] = byte;
                }
                Ok(())
            }
            Object::Dict(_) => self.dict_set(container, index, v),
            Object::MemoryView { .. } => self.memoryview_setitem(r, index, v),
            Object::Instance(inst) => {
                let base = inst.base;
                let si = self.n.__setitem__;
                match self.call_special(container, si, &[index, v])? {
                    Some(_) => Ok(()),
                    None if !base.is_none() => self.set_item(base, index, v),
                    None => {
                        let tn = self.type_name(container);
                        Err(self.type_error(format!("'{tn}' object doesn't support item assignment")))
                    }
                }
            }
            Object::Data(_) => {
                let si = self.n.__setitem__;
                match self.call_special(container, si, &[index, v])? {
                    Some(_) => Ok(()),
                    None => {
                        let tn = self.type_name(container);
                        Err(self.type_error(format!("'{tn}' object doesn't support item assignment")))
                    }
                }
            }
            _ => {
                let tn = self.type_name(container);
                Err(self.type_error(format!("'{tn}' object doesn't support item assignment")))
            }
        }
    }

    /// `list[s] = v`. A list or tuple source other than the list itself is read in place while the
    /// target's items are moved out of the heap for the write, so nothing is copied twice.
    fn list_assign_slice(&mut self, r: crate::heap::ObjRef, s: SliceIndices, v: Value) -> PyResult<()> {
        let direct = v
            .as_obj()
            .filter(|&o| o != r)
            .is_some_and(|o| matches!(self.heap.get(o), Object::List(_) | Object::Tuple(_)));
        let result = if direct {
            let mut dest = match self.heap.get_mut(r) {
                Object::List(l) => std::mem::take(l),
                _ => return Ok(()),
            };
            let src: &[Value] = match v.as_obj().map(|o| self.heap.get(o)) {
                Some(Object::List(l)) => l,
                Some(Object::Tuple(t)) => t,
                _ => &[],
            };
            let result = assign_slice(&mut dest, s, src);
            if let Object::List(l) = self.heap.get_mut(r) {
                *l = dest;
            }
            result
        } else {
            let new_items = self.iterate_to_vec(v)?;
            match self.heap.get_mut(r) {
                Object::List(l) => assign_slice(l, s, &new_items),
                _ => return Ok(()),
            }
        };
        if let Err((got, want)) = result {
            let msg = format!("attempt to assign sequence of size {got} to extended slice of size {want}");
            return Err(self.value_error(msg));
        }
        self.heap.resize(r);
        Ok(())
    }

    /// A failed `d[key]` lookup: a slice key (unhashable, so never stored) is a KeyError
    /// carrying it, as MicroPython reports `d[:]`; other errors (unhashable list...) stay.
    #[cold]
    fn dict_load_error(&mut self, e: crate::error::PyErr, key: Value) -> crate::error::PyErr {
        if self.is_slice(key) {
            return self.key_error(key);
        }
        e
    }

    pub fn byte_value(&mut self, v: Value) -> PyResult<u8> {
        match v {
            Value::Int(i) if (0..256).contains(&i) => Ok(i as u8),
            Value::Int(_) => Err(self.value_error("bytes value out of range")),
            Value::Bool(b) => Ok(b as u8),
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    pub fn del_item(&mut self, container: Value, index: Value) -> PyResult<()> {
        let Value::Obj(r) = container else {
            let tn = self.type_name(container);
            return Err(self.type_error(format!("'{tn}' object doesn't support item deletion")));
        };
        match self.heap.get(r) {
            Object::List(l) => {
                let len = l.len();
                if self.is_slice(index) {
                    let s = self.slice_indices(index, len)?;
                    if let Object::List(l) = self.heap.get_mut(r) {
                        delete_slice(l, s);
                    }
                    return Ok(());
                }
                let i = self.seq_index(index, len, "list")?;
                if let Object::List(l) = self.heap.get_mut(r) {
                    l.remove(i);
                }
                Ok(())
            }
            Object::ByteArray(b) => {
                let len = b.len();
                if self.is_slice(index) {
                    let s = self.slice_indices(index, len)?;
                    if let Object::ByteArray(b) = self.heap.get_mut(r) {
                        delete_slice(b, s);
                    }
                    return Ok(());
                }
                let i = self.seq_index(index, len, "bytearray")?;
                if let Object::ByteArray(b) = self.heap.get_mut(r) {
                    b.remove(i);
                }
                Ok(())
            }
            Object::Dict(_) => match self.dict_remove(container, index)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(index)),
            },
            Object::Instance(inst) => {
                let base = inst.base;
                let di = self.n.__delitem__;
                match self.call_special(container, di, &[index])? {
                    Some(_) => Ok(()),
                    None if !base.is_none() => self.del_item(base, index),
                    None => {
                        let tn = self.type_name(container);
                        Err(self.type_error(format!("'{tn}' object doesn't support item deletion")))
                    }
                }
            }
            Object::Data(_) => {
                let di = self.n.__delitem__;
                match self.call_special(container, di, &[index])? {
                    Some(_) => Ok(()),
                    None => {
                        let tn = self.type_name(container);
                        Err(self.type_error(format!("'{tn}' object doesn't support item deletion")))
                    }
                }
            }
            _ => {
                let tn = self.type_name(container);
                Err(self.new_exception(ExcKind::TypeError, &format!("'{tn}' object doesn't support item deletion")))
            }
        }
    }
}
