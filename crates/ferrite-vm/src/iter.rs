//! Iteration: `iter()` and `next()` for every iterable, with built-in sequences stepping by
//! index in a small iterator object and generators resumed directly.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::generator::Step;
use crate::heap::ObjRef;
use crate::object::{Iter, Object};
use crate::value::Value;
use crate::vm::Vm;

/// Built-in iterators drawing from one another (`enumerate(zip(filter(...)))`) at most this deep;
/// deeper raises RuntimeError (MicroPython's `recursive_iternext.py`) instead of exhausting the
/// Rust stack, which held ~700,000 levels of `enumerate` in a debug build. MicroPython's unix
/// port stops after a few hundred levels (its 80 KB stack limit); 10,000 keeps that test, which
/// deepens the chain ten levels at a time until it fails, at a few seconds.
const MAX_ITER_NESTING: usize = 10_000;

impl Vm {
    /// A dict or set that grew or shrank under its iterator (CPython's messages).
    #[cold]
    fn changed_size_error(&mut self, table: ObjRef) -> PyErr {
        let what = if matches!(self.heap.get(table), Object::Dict(_)) { "dictionary" } else { "Set" };
        self.runtime_error(format!("{what} changed size during iteration"))
    }

    pub fn new_iterator(&mut self, it: Iter) -> PyResult<Value> {
        self.alloc(Object::Iterator(Box::new(it)))
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(r) = v {
            let it = match self.heap.get(r) {
                Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_) => {
                    Iter::Seq { seq: v, index: 0 }
                }
                Object::Str(_) => Iter::Str { s: r, byte: 0 },
                Object::Range(rg) => Iter::Range { next: rg.start, stop: rg.stop, step: rg.step },
                Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => {
                    Iter::DictKeys { dict: r, index: 0, len: d.len() }
                }
                Object::Iterator(_) | Object::Generator(_) => return Ok(v),
                Object::DictView { dict, kind } => {
                    let (dict, kind) = (*dict, *kind);
                    return self.view_iter(dict, kind);
                }
                Object::MemoryView { .. } => {
                    let items = self.memoryview_items(v)?;
                    let seq = self.new_tuple(items)?;
                    Iter::Seq { seq, index: 0 }
                }
                Object::Instance(inst) => {
                    let base = inst.base;
                    let class = inst.class;
                    let iter_name = self.n.__iter__;
                    if self.class_lookup(class, iter_name).is_some() {
                        let it = self.call_special(v, iter_name, &[])?.unwrap_or(Value::None);
                        return Ok(it);
                    }
                    if !base.is_none() {
                        return self.get_iter(base);
                    }
                    let gi = self.n.__getitem__;
                    if self.class_lookup(class, gi).is_some() {
                        Iter::GetItem { obj: v, index: 0 }
                    } else {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!("'{tn}' object isn't iterable")));
                    }
                }
                Object::Data(d) => {
                    let class = d.class;
                    let iter_name = self.n.__iter__;
                    if self.class_lookup(class, iter_name).is_some() {
                        return Ok(self.call_special(v, iter_name, &[])?.unwrap_or(Value::None));
                    }
                    let next_name = self.n.__next__;
                    if self.class_lookup(class, next_name).is_some() {
                        return Ok(v);
                    }
                    let gi = self.n.__getitem__;
                    if self.class_lookup(class, gi).is_some() {
                        Iter::GetItem { obj: v, index: 0 }
                    } else {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!("'{tn}' object isn't iterable")));
                    }
                }
                _ => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("'{tn}' object isn't iterable")));
                }
            };
            return self.new_iterator(it);
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object isn't iterable")))
    }

    /// Counts one step of a loop run by native code (sum, all, list(range(...))) and raises
    /// KeyboardInterrupt there every 4096 steps if Ctrl-C arrived: such loops have no safe point.
    #[inline(always)]
    pub(crate) fn native_loop_tick(&mut self) -> PyResult<()> {
        self.tick = self.tick.wrapping_add(1);
        if self.tick & 0xfff == 0 {
            return self.native_loop_interrupt();
        }
        Ok(())
    }

    /// Ctrl-C in a native loop. A thread other than the main one raises it too (no thread
    /// switch happens inside native code, so the main thread could not run to raise it until
    /// the loop ended, if ever) and leaves it pending for the main thread.
    #[cold]
    #[inline(never)]
    fn native_loop_interrupt(&mut self) -> PyResult<()> {
        if self.interrupt.swap(false, std::sync::atomic::Ordering::Relaxed) || self.pending_interrupt {
            self.pending_interrupt = self.sched.current != 1;
            return Err(self.new_exception(ExcKind::KeyboardInterrupt, ""));
        }
        Ok(())
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match self.iter_next_raw(it) {
            Err(e) if self.is_exception_kind(e.0, ExcKind::StopIteration) => Ok(None),
            r => r,
        }
    }

    /// `iter_next`, except that a StopIteration raised by a `__next__` (directly or in an
    /// iterator this one draws from, as `map` and `zip` do) propagates with its value, as
    /// `next()` shows it.
    pub(crate) fn iter_next_raw(&mut self, it: Value) -> PyResult<Option<Value>> {
        self.native_loop_tick()?;
        let Value::Obj(r) = it else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{tn}' object isn't an iterator")));
        };
        match self.heap.get(r) {
            Object::Iterator(_) => {
                if self.iter_nesting >= MAX_ITER_NESTING {
                    return Err(self.recursion_error());
                }
                self.iter_nesting += 1;
                let item = self.builtin_iter_next(r);
                self.iter_nesting -= 1;
                item
            }
            Object::Generator(_) => match self.resume_generator(r, Value::None, None)? {
                crate::generator::Step::Yielded(v) => Ok(Some(v)),
                crate::generator::Step::Returned(_) => Ok(None),
            },
            Object::Instance(_) | Object::Data(_) => {
                let next = self.n.__next__;
                match self.call_special(it, next, &[]) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => {
                        let tn = self.type_name(it);
                        Err(self.type_error(format!("'{tn}' object isn't an iterator")))
                    }
                    Err(e) => Err(e),
                }
            }
            _ => {
                let tn = self.type_name(it);
                Err(self.type_error(format!("'{tn}' object isn't an iterator")))
            }
        }
    }

    /// The next item of each iterator (`zip`, `map` over several), or None as soon as one is
    /// exhausted. Items already taken stay rooted while the later iterators run, since those
    /// may run Python code that collects garbage.
    fn next_of_each(&mut self, iters: &[Value]) -> PyResult<Option<Vec<Value>>> {
        let mark = self.roots_mark();
        let mut items = Vec::with_capacity(iters.len());
        let mut result = Ok(true);
        for &it in iters {
            match self.iter_next_raw(it) {
                Ok(Some(v)) => {
                    items.push(v);
                    self.root(v);
                }
                Ok(None) => {
                    result = Ok(false);
                    break;
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.truncate_roots(mark);
        Ok(if result? { Some(items) } else { None })
    }

    fn builtin_iter_next(&mut self, r: crate::heap::ObjRef) -> PyResult<Option<Value>> {
        let Object::Iterator(state) = self.heap.get(r) else { return Ok(None) };
        match &**state {
            Iter::Seq { seq, index } => {
                let (seq, index) = (*seq, *index);
                let item = match seq.as_obj().map(|s| self.heap.get(s)) {
                    Some(Object::List(l)) => l.get(index).copied(),
                    Some(Object::Tuple(t)) => t.get(index).copied(),
                    Some(Object::Bytes(b)) | Some(Object::ByteArray(b)) => b.get(index).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                self.set_iter(r, |s| {
                    if let Iter::Seq { index, .. } = s {
                        *index += 1;
                    }
                });
                if item.is_none() {
                    self.set_iter(r, |s| *s = Iter::Done);
                }
                Ok(item)
            }
            Iter::Range { next, stop, step } => {
                let (n, stop, step) = (*next, *stop, *step);
                if (step > 0 && n < stop) || (step < 0 && n > stop) {
                    let after = n.checked_add(step).unwrap_or(stop);
                    self.set_iter(r, |s| {
                        if let Iter::Range { next, .. } = s {
                            *next = after;
                        }
                    });
                    Ok(Some(Value::Int(n)))
                } else {
                    Ok(None)
                }
            }
            Iter::Str { s, byte } => {
                let (s, byte) = (*s, *byte);
                let ch = match self.heap.get(s) {
                    Object::Str(st) => st.s.get(byte..).and_then(|rest| rest.chars().next()),
                    _ => None,
                };
                match ch {
                    Some(c) => {
                        self.set_iter(r, |st| {
                            if let Iter::Str { byte, .. } = st {
                                *byte += c.len_utf8();
                            }
                        });
                        let mut buf = [0u8; 4];
                        let v = self.new_str(c.encode_utf8(&mut buf))?;
                        Ok(Some(v))
                    }
                    None => Ok(None),
                }
            }
            Iter::DictKeys { dict, index, len }
            | Iter::DictValues { dict, index, len }
            | Iter::DictItems { dict, index, len } => {
                let (dict, mut index, len) = (*dict, *index, *len);
                let which = match &**state {
                    Iter::DictKeys { .. } => 0,
                    Iter::DictValues { .. } => 1,
                    _ => 2,
                };
                let found = loop {
                    let (Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d)) = self.heap.get(dict) else {
                        break None;
                    };
                    if d.len() != len {
                        return Err(self.changed_size_error(dict));
                    }
                    if index >= d.raw_len() {
                        break None;
                    }
                    let e = d.entry(index).copied();
                    index += 1;
                    if let Some(e) = e {
                        break Some(e);
                    }
                };
                self.set_iter(r, |st| match st {
                    Iter::DictKeys { index: i, .. }
                    | Iter::DictValues { index: i, .. }
                    | Iter::DictItems { index: i, .. } => *i = index,
                    _ => {}
                });
                match found {
                    None => Ok(None),
                    Some(e) => match which {
                        0 => Ok(Some(e.key)),
                        1 => Ok(Some(e.value)),
                        _ => self.new_tuple(vec![e.key, e.value]).map(Some),
                    },
                }
            }
            Iter::Enumerate { iter, count } => {
                let (iter, count) = (*iter, *count);
                match self.iter_next_raw(iter)? {
                    Some(v) => {
                        let next = self.binary_op(crate::ops::BinOp::Add, count, Value::Int(1))?;
                        self.set_iter(r, |st| {
                            if let Iter::Enumerate { count, .. } = st {
                                *count = next;
                            }
                        });
                        self.new_tuple(vec![count, v]).map(Some)
                    }
                    None => Ok(None),
                }
            }
            Iter::Zip { iters } => {
                let iters = iters.clone();
                if iters.is_empty() {
                    return Ok(None);
                }
                match self.next_of_each(&iters)? {
                    Some(items) => self.new_tuple(items).map(Some),
                    None => Ok(None),
                }
            }
            Iter::Map { func, iters } => {
                let (func, iters) = (*func, iters.clone());
                let Some(args) = self.next_of_each(&iters)? else { return Ok(None) };
                let mark = self.roots_mark();
                for &v in &args {
                    self.root(v);
                }
                let r = self.call(func, &args);
                self.truncate_roots(mark);
                r.map(Some)
            }
            Iter::Filter { func, iter } => {
                let (func, iter) = (*func, *iter);
                loop {
                    let Some(v) = self.iter_next_raw(iter)? else { return Ok(None) };
                    let keep = if func.is_none() {
                        self.truthy(v)?
                    } else {
                        self.root(v);
                        let res = self.call(func, &[v]);
                        self.temp_roots.pop();
                        let res = res?;
                        self.truthy(res)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            Iter::Reversed { seq, index } => {
                let (seq, index) = (*seq, *index);
                if index == 0 {
                    return Ok(None);
                }
                self.set_iter(r, |st| {
                    if let Iter::Reversed { index, .. } = st {
                        *index -= 1;
                    }
                });
                let v = self.get_item(seq, Value::Int(index as i64 - 1))?;
                Ok(Some(v))
            }
            Iter::Callable { func, sentinel } => {
                let (func, sentinel) = (*func, *sentinel);
                let v = self.call(func, &[])?;
                if v.is(sentinel) || self.eq(v, sentinel)? {
                    self.set_iter(r, |st| *st = Iter::Done);
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            Iter::GetItem { obj, index } => {
                let (obj, index) = (*obj, *index);
                match self.get_item(obj, Value::Int(index)) {
                    Ok(v) => {
                        self.set_iter(r, |st| {
                            if let Iter::GetItem { index, .. } = st {
                                *index += 1;
                            }
                        });
                        Ok(Some(v))
                    }
                    Err(e)
                        if self.is_exception_kind(e.0, ExcKind::IndexError)
                            || self.is_exception_kind(e.0, ExcKind::StopIteration) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            Iter::AsyncGenStep { gen } => {
                let gen = *gen;
                match self.async_gen_step(gen, Value::None)? {
                    Step::Yielded(v) => Ok(Some(v)),
                    Step::Returned(_) => Ok(None),
                }
            }
            Iter::AsyncGenOp { .. } => {
                let it = Value::Obj(r);
                match self.yield_from_step(it, Value::None)? {
                    Step::Yielded(v) => Ok(Some(v)),
                    Step::Returned(_) => Ok(None),
                }
            }
            Iter::Done => Ok(None),
        }
    }

    fn set_iter(&mut self, r: crate::heap::ObjRef, f: impl FnOnce(&mut Iter)) {
        if let Object::Iterator(state) = self.heap.get_mut(r) {
            f(state);
        }
    }
}
