//! Operators on sequences and sets: concatenation, repetition, `%` formatting, set algebra and
//! dict union.

use crate::dict::Dict;
use crate::error::PyResult;
use crate::object::Object;
use crate::ops::BinOp;
use crate::value::Value;
use crate::vm::Vm;

/// The repeat count for `seq * n`: negative counts give an empty result.
fn repeat_count(vm: &Vm, v: Value) -> Option<usize> {
    match v {
        Value::Int(i) => Some(i.max(0) as usize),
        Value::Bool(b) => Some(b as usize),
        Value::Obj(r) if matches!(vm.heap.get(r), Object::BigInt(_)) => {
            Some(if vm.to_f64(v).unwrap_or(0.0) < 0.0 { 0 } else { usize::MAX })
        }
        _ => None,
    }
}

/// The byte size of `n` repeats of `len` items of `item` bytes: OverflowError when it does not
/// fit a machine word (as MicroPython checks the allocation size), MemoryError past the heap.
#[cold]
fn repeat_size_error(vm: &mut Vm, len: usize, n: usize, item: usize) -> crate::error::PyErr {
    match len.checked_mul(n).and_then(|b| b.checked_mul(item)) {
        None => vm.overflow_error("repeated sequence is too long"),
        Some(_) => vm.memory_error(),
    }
}

pub(crate) fn sequence_binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(ra), rb) = (a.as_obj(), b.as_obj()) else {
        // int * sequence
        if op == BinOp::Mul {
            if let (Some(_), Some(_)) = (repeat_count(vm, a), b.as_obj()) {
                return sequence_binary(vm, op, b, a);
            }
        }
        return Ok(None);
    };
    // A user object on the right gets its reflected method (or, for a subclass of a built-in
    // type, its value) tried by the caller before the operation is refused.
    let user_rhs = matches!(rb.map(|r| vm.heap.get(r)), Some(Object::Instance(_) | Object::Data(_)));
    match (op, vm.heap.get(ra)) {
        (BinOp::Add, Object::Str(x)) => {
            let Some(Object::Str(y)) = rb.map(|r| vm.heap.get(r)) else {
                if user_rhs {
                    return Ok(None);
                }
                let tn = vm.type_name(b);
                return Err(vm.type_error(format!("can't convert '{tn}' object to str implicitly")));
            };
            let mut s = String::with_capacity(x.s.len() + y.s.len());
            s.push_str(&x.s);
            s.push_str(&y.s);
            let ascii = x.is_ascii() && y.is_ascii();
            crate::types::str::new_from_box(vm, s.into_boxed_str(), ascii).map(Some)
        }
        (BinOp::Mul, Object::Str(x)) => {
            let Some(n) = repeat_count(vm, b) else { return Ok(None) };
            let len = x.s.len();
            if len.saturating_mul(n) > vm.heap.limit || !vm.heap.can_fit(len.saturating_mul(n)) {
                return Err(repeat_size_error(vm, len, n, 1));
            }
            let s = x.s.repeat(n);
            vm.new_string(s).map(Some)
        }
        (BinOp::Mod, Object::Str(_)) => crate::format_spec::percent_format(vm, a, b).map(Some),
        (BinOp::Mod, Object::Bytes(_)) => crate::format_spec::percent_format_bytes(vm, a, b).map(Some),
        (BinOp::Add, xo @ (Object::List(_) | Object::Tuple(_))) => {
            // list + list, tuple + tuple: the same kind on both sides.
            fn items_of(o: &Object, list: bool) -> Option<&[Value]> {
                match o {
                    Object::List(v) if list => Some(v),
                    Object::Tuple(v) if !list => Some(v),
                    _ => None,
                }
            }
            let is_list = matches!(xo, Object::List(_));
            let x = items_of(xo, is_list).unwrap_or_default();
            let items = match rb.and_then(|r| items_of(vm.heap.get(r), is_list)) {
                Some(y) => {
                    let mut items = Vec::with_capacity(x.len() + y.len());
                    items.extend_from_slice(x);
                    items.extend_from_slice(y);
                    items
                }
                None if user_rhs => return Ok(None),
                None => {
                    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
                    return Err(vm.type_error(format!("unsupported types for +: '{ta}', '{tb}'")));
                }
            };
            if is_list {
                vm.new_list(items).map(Some)
            } else {
                vm.new_tuple(items).map(Some)
            }
        }
        (BinOp::Mul, Object::List(_) | Object::Tuple(_)) => {
            let is_list = matches!(vm.heap.get(ra), Object::List(_));
            let Some(n) = repeat_count(vm, b) else { return Ok(None) };
            let len = match vm.heap.get(ra) {
                Object::List(l) => l.len(),
                Object::Tuple(t) => t.len(),
                _ => 0,
            };
            if !vm.heap.can_fit(len.saturating_mul(n).saturating_mul(16)) {
                return Err(repeat_size_error(vm, len, n, 16));
            }
            let out = match vm.heap.get(ra) {
                Object::List(l) => l.repeat(n),
                Object::Tuple(t) => t.repeat(n),
                _ => Vec::new(),
            };
            if is_list {
                vm.new_list(out).map(Some)
            } else {
                vm.new_tuple(out).map(Some)
            }
        }
        (BinOp::Add, Object::Bytes(x) | Object::ByteArray(x)) => {
            let is_bytes = matches!(vm.heap.get(ra), Object::Bytes(_));
            let mut out = x.clone();
            let Some(y) = vm.bytes_like(b) else {
                let (ta, tb) = (vm.type_name(a), vm.type_name(b));
                return Err(vm.type_error(format!("unsupported types for +: '{ta}', '{tb}'")));
            };
            out.extend_from_slice(&y);
            if is_bytes {
                vm.new_bytes(out).map(Some)
            } else {
                vm.alloc(Object::ByteArray(out)).map(Some)
            }
        }
        (BinOp::Mul, Object::Bytes(x) | Object::ByteArray(x)) => {
            let is_bytes = matches!(vm.heap.get(ra), Object::Bytes(_));
            let Some(n) = repeat_count(vm, b) else { return Ok(None) };
            if !vm.heap.can_fit(x.len().saturating_mul(n)) {
                let len = x.len();
                return Err(repeat_size_error(vm, len, n, 1));
            }
            let out = x.repeat(n);
            if is_bytes {
                vm.new_bytes(out).map(Some)
            } else {
                vm.alloc(Object::ByteArray(out)).map(Some)
            }
        }
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Object::Set(_) | Object::FrozenSet(_)) => {
            if !vm.is_set_like(b) {
                return Ok(None);
            }
            let frozen = matches!(vm.heap.get(ra), Object::FrozenSet(_));
            let d = Box::new(set_from(set_algebra(vm, op, a, b)?));
            vm.alloc(if frozen { Object::FrozenSet(d) } else { Object::Set(d) }).map(Some)
        }
        (BinOp::BitOr, Object::Dict(_)) => {
            if !matches!(rb.map(|r| vm.heap.get(r)), Some(Object::Dict(_))) {
                return Ok(None);
            }
            let out = vm.new_dict()?;
            vm.root(out);
            vm.dict_update(out, a, false)?;
            vm.dict_update(out, b, false)?;
            vm.temp_roots.pop();
            Ok(Some(out))
        }
        _ => Ok(None),
    }
}

/// The members of `a op b` for sets with their hashes, in a deterministic order (a's order, then
/// b's). No two are equal: each comes from one set, and b's only when a has no equal member, so
/// they go into the result table without further lookups, and the stored hashes are reused.
fn set_algebra(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Vec<(Value, u64)>> {
    let ka = vm.set_entries(a);
    let mut out = Vec::new();
    match op {
        BinOp::BitOr => {
            let kb = vm.set_entries(b);
            out.reserve(ka.len() + kb.len());
            out.extend_from_slice(&ka);
            for (k, h) in kb {
                if vm.dict_find_hashed(a, k, h)?.is_none() {
                    out.push((k, h));
                }
            }
        }
        BinOp::BitAnd => {
            for (k, h) in ka {
                if vm.dict_find_hashed(b, k, h)?.is_some() {
                    out.push((k, h));
                }
            }
        }
        BinOp::Sub => {
            for (k, h) in ka {
                if vm.dict_find_hashed(b, k, h)?.is_none() {
                    out.push((k, h));
                }
            }
        }
        _ => {
            let kb = vm.set_entries(b);
            for (k, h) in ka {
                if vm.dict_find_hashed(b, k, h)?.is_none() {
                    out.push((k, h));
                }
            }
            for (k, h) in kb {
                if vm.dict_find_hashed(a, k, h)?.is_none() {
                    out.push((k, h));
                }
            }
        }
    }
    Ok(out)
}

/// A set table holding `members` (distinct, with their hashes).
fn set_from(members: Vec<(Value, u64)>) -> Dict {
    let mut d = Dict::with_capacity(members.len());
    for (k, h) in members {
        d.insert_new(h, k, Value::None);
    }
    d
}

/// `s |= t` and friends mutate `s` in place (also a frozenset the named methods made as their
/// result: `frozenset.intersection` copies its receiver, then narrows the copy here).
pub(crate) fn set_inplace(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if !vm.is_set_like(b) {
        let (ta, tb) = (vm.type_name(a), vm.type_name(b));
        return Err(
            vm.type_error(format!("unsupported types for {}=: '{ta}', '{tb}'", crate::ops::arith::op_symbol(op)))
        );
    }
    let result = set_from(set_algebra(vm, op, a, b)?);
    let Some(r) = a.as_obj() else { return Ok(a) };
    if let Object::Set(d) | Object::FrozenSet(d) = vm.heap.get_mut(r) {
        let version = d.version;
        **d = result;
        // Iterators over the set notice the change as they would after clear-and-add.
        d.version = version.wrapping_add(1);
    }
    if !vm.heap.resize(r) {
        return Err(vm.memory_error());
    }
    Ok(a)
}
