//! `list.sort` and `sorted` (docs: library/stdtypes.html#list.sort): a stable sort by `<` with
//! optional `key` and `reverse`.
//!
//! Keys that order natively, without running Python code and without possible errors (all small
//! ints, all strs, or tuples whose elements at each position are all ints or all strs), are
//! sorted by the standard library's stable sort on their Rust values. Everything else goes
//! through `merge_sort`, which asks the VM's `<` for every comparison and stops at the first
//! error. Both are stable and use the same order, so they give the same result; the native path
//! only avoids, per comparison, the generic `<` dispatch and the copies of both tuples that
//! `Vm::order` makes.

use std::cmp::Ordering;

use crate::builtins::{check_kwargs, kwarg};
use crate::error::PyResult;
use crate::heap::Heap;
use crate::intern::Name;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Sorts a list in place. The list is emptied during the sort (as CPython does) so a key
/// function or `__lt__` that mutates it cannot corrupt anything.
pub fn sort_list(vm: &mut Vm, list: Value, kw: &[(Name, Value)]) -> PyResult<()> {
    check_kwargs(vm, kw, &["key", "reverse"])?;
    let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let Some(r) = list.as_obj() else { return Ok(()) };
    let items = match vm.heap.get_mut(r) {
        Object::List(l) => std::mem::take(l),
        _ => return Ok(()),
    };
    let mark = vm.roots_mark();
    let result = sort_items(vm, &items, key, reverse);
    vm.truncate_roots(mark);
    let sorted = match &result {
        Ok(order) => order.iter().filter_map(|&i| items.get(i).copied()).collect(),
        Err(_) => items,
    };
    let mut modified = false;
    if let Object::List(l) = vm.heap.get_mut(r) {
        // Items a key or `__lt__` added meanwhile are dropped, as CPython drops them.
        modified = !l.is_empty();
        *l = sorted;
    }
    if modified && result.is_ok() {
        return Err(vm.value_error("list modified during sort"));
    }
    result.map(|_| ())
}

/// The sorted order of `items` as positions. Roots what it needs (the caller truncates them).
fn sort_items(vm: &mut Vm, items: &[Value], key: Option<Value>, reverse: bool) -> PyResult<Vec<usize>> {
    // The items are off the list while Python code (key calls, `__lt__`) runs: keep them alive.
    let holder = vm.new_list(items.to_vec())?;
    vm.root(holder);
    let keys = match key {
        Some(k) => {
            let keys_holder = vm.new_list(Vec::with_capacity(items.len()))?;
            vm.root(keys_holder);
            for &item in items {
                let kv = vm.call(k, &[item])?;
                vm.list_append(keys_holder, kv)?;
            }
            vm.list_items(keys_holder)
        }
        None => items.to_vec(),
    };
    let mut order: Vec<usize> = (0..keys.len()).collect();
    if native_sort(&vm.heap, &keys, &mut order, reverse) {
        return Ok(order);
    }
    let mut error = None;
    merge_sort(&mut order, &mut |a, b| {
        if error.is_some() {
            return false;
        }
        let (Some(&ka), Some(&kb)) = (keys.get(a), keys.get(b)) else { return false };
        let r = if reverse { vm.less_than(kb, ka) } else { vm.less_than(ka, kb) };
        r.unwrap_or_else(|e| {
            error = Some(e);
            false
        })
    });
    match error {
        Some(e) => Err(e),
        None => Ok(order),
    }
}

/// How one key position orders natively.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Str,
}

fn kind_of(heap: &Heap, v: Value) -> Option<Kind> {
    match v {
        Value::Int(_) => Some(Kind::Int),
        Value::Obj(r) if matches!(heap.get(r), Object::Str(_)) => Some(Kind::Str),
        _ => None,
    }
}

/// Sorts `order` by `keys` natively when every pair of keys orders without Python code and
/// without errors (see the file comment); false, leaving `order` alone, otherwise.
fn native_sort(heap: &Heap, keys: &[Value], order: &mut [usize], reverse: bool) -> bool {
    let Some(&first) = keys.first() else { return true };
    let dir = |o: Ordering| if reverse { o.reverse() } else { o };
    match first {
        Value::Int(_) => {
            let mut ints = Vec::with_capacity(keys.len());
            for (i, k) in keys.iter().enumerate() {
                let Value::Int(n) = k else { return false };
                ints.push((*n, i));
            }
            ints.sort_by(|a, b| dir(a.0.cmp(&b.0)));
            for (slot, (_, i)) in order.iter_mut().zip(ints) {
                *slot = i;
            }
            true
        }
        Value::Obj(r) => match heap.get(r) {
            Object::Str(_) => {
                let mut strs = Vec::with_capacity(keys.len());
                for (i, k) in keys.iter().enumerate() {
                    let Some(Object::Str(s)) = k.as_obj().map(|o| heap.get(o)) else { return false };
                    strs.push((&*s.s, i));
                }
                strs.sort_by(|a, b| dir(a.0.cmp(b.0)));
                for (slot, (_, i)) in order.iter_mut().zip(strs) {
                    *slot = i;
                }
                true
            }
            Object::Tuple(_) => {
                let Some(tuples) = native_tuples(heap, keys) else { return false };
                order.sort_by(|&a, &b| match (tuples.get(a), tuples.get(b)) {
                    (Some(x), Some(y)) => dir(cmp_tuples(heap, x, y)),
                    _ => Ordering::Equal,
                });
                true
            }
            _ => false,
        },
        _ => false,
    }
}

/// The keys' items, if all keys are tuples whose elements at each position are all ints or all
/// strs (so that comparing any two is total and runs no Python code).
fn native_tuples<'h>(heap: &'h Heap, keys: &[Value]) -> Option<Vec<&'h [Value]>> {
    let mut kinds: Vec<Kind> = Vec::new();
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let Object::Tuple(t) = heap.get(k.as_obj()?) else { return None };
        for (pos, &v) in t.iter().enumerate() {
            let kind = kind_of(heap, v)?;
            match kinds.get(pos) {
                Some(&known) if known != kind => return None,
                Some(_) => {}
                None => kinds.push(kind),
            }
        }
        out.push(&t[..]);
    }
    Some(out)
}

/// Lexicographic order of two tuples checked by `native_tuples`.
fn cmp_tuples(heap: &Heap, x: &[Value], y: &[Value]) -> Ordering {
    for (&p, &q) in x.iter().zip(y) {
        let o = match (p, q) {
            (Value::Int(a), Value::Int(b)) => a.cmp(&b),
            (Value::Obj(a), Value::Obj(b)) => match (heap.get(a), heap.get(b)) {
                (Object::Str(a), Object::Str(b)) => a.s.cmp(&b.s),
                _ => Ordering::Equal,
            },
            _ => Ordering::Equal,
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    x.len().cmp(&y.len())
}

/// Stable merge sort of positions with a "less than" that may have failed (the closure records
/// the error and answers false from then on). Not the standard library's sort: a user `__lt__`
/// need not be a total order, and that sort may panic on one.
fn merge_sort(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let mut scratch = Vec::with_capacity(v.len() / 2 + 1);
    merge_sort_with(v, less, &mut scratch);
}

fn merge_sort_with(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool, scratch: &mut Vec<usize>) {
    let n = v.len();
    if n < 2 {
        return;
    }
    // Insertion sort for short runs.
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort_with(&mut v[..mid], less, scratch);
    merge_sort_with(&mut v[mid..], less, scratch);
    if !less(v[mid], v[mid - 1]) {
        return;
    }
    // Merge: the left run is moved to the scratch buffer, then merged back into place.
    scratch.clear();
    scratch.extend_from_slice(&v[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < scratch.len() && j < n {
        if less(v[j], scratch[i]) {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = scratch[i];
            i += 1;
        }
        k += 1;
    }
    while i < scratch.len() {
        v[k] = scratch[i];
        i += 1;
        k += 1;
    }
}
