//! `heapq` (docs: library/heapq.html): a binary min-heap kept in a plain list.
//!
//! MicroPython documents heappush, heappop and heapify; heapreplace, heappushpop, nlargest and
//! nsmallest are CPython's and cheap to add. Comparisons use `<` (`vm.less_than`), which may run
//! Python code that changes the list: the heap is re-read after every comparison and a change of
//! size raises RuntimeError, as CPython does. The sift loops swap items rather than leaving a
//! hole, so every item stays in the (rooted) list while user code runs.

use ferrite_vm::builtins::{check_args, check_kwargs, kwarg};
use ferrite_vm::object::Object;
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::add_functions;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "heapq", init };

/// The list behind a heap argument; TypeError for anything else.
fn heap_list(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match v.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::List(_)) => Ok(r),
        _ => Err(vm.type_error("heap must be a list")),
    }
}

fn list_len(vm: &Vm, r: ObjRef) -> usize {
    match vm.heap.get(r) {
        Object::List(l) => l.len(),
        _ => 0,
    }
}

fn item(vm: &mut Vm, r: ObjRef, i: usize) -> PyResult<Value> {
    match vm.heap.get(r) {
        Object::List(l) => match l.get(i) {
            Some(v) => Ok(*v),
            None => Err(vm.index_error("index out of range")),
        },
        _ => Err(vm.type_error("heap must be a list")),
    }
}

fn swap(vm: &mut Vm, r: ObjRef, i: usize, j: usize) {
    if let Object::List(l) = vm.heap.get_mut(r) {
        if i < l.len() && j < l.len() {
            l.swap(i, j);
        }
    }
}

fn store(vm: &mut Vm, r: ObjRef, i: usize, v: Value) {
    if let Object::List(l) = vm.heap.get_mut(r) {
        if let Some(slot) = l.get_mut(i) {
            *slot = v;
        }
    }
}

/// `heap[a] < heap[b]`, failing if the comparison changed the heap's size.
fn less(vm: &mut Vm, r: ObjRef, a: usize, b: usize) -> PyResult<bool> {
    let n = list_len(vm, r);
    let (x, y) = (item(vm, r, a)?, item(vm, r, b)?);
    let lt = vm.less_than(x, y)?;
    if list_len(vm, r) != n {
        return Err(vm.runtime_error("list changed size during iteration"));
    }
    Ok(lt)
}

/// Moves the item at `pos` towards the root while it is smaller than its parent (stopping at
/// `start`).
fn sift_down(vm: &mut Vm, r: ObjRef, start: usize, mut pos: usize) -> PyResult<()> {
    while pos > start {
        let parent = (pos - 1) / 2;
        if !less(vm, r, pos, parent)? {
            break;
        }
        swap(vm, r, pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the path of smaller children, then back up to
/// its place (the "bottom-up" variant CPython uses: fewer comparisons on average).
fn sift_up(vm: &mut Vm, r: ObjRef, mut pos: usize) -> PyResult<()> {
    let end = list_len(vm, r);
    let start = pos;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !less(vm, r, child, right)? {
            child = right;
        }
        swap(vm, r, pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    sift_down(vm, r, start, pos)
}

fn heappush(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "heappush", args, 2, 2)?;
    let r = heap_list(vm, args[0])?;
    vm.list_append(args[0], args[1])?;
    let n = list_len(vm, r);
    sift_down(vm, r, 0, n.saturating_sub(1))?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "heappop", args, 1, 1)?;
    let r = heap_list(vm, args[0])?;
    let last = match vm.heap.get_mut(r) {
        Object::List(l) => l.pop(),
        _ => None,
    };
    let Some(last) = last else { return Err(vm.index_error("empty heap")) };
    vm.heap.resize(r);
    if list_len(vm, r) == 0 {
        return Ok(last);
    }
    let top = item(vm, r, 0)?;
    store(vm, r, 0, last);
    let mark = vm.roots_mark();
    vm.root(top);
    let res = sift_up(vm, r, 0);
    vm.truncate_roots(mark);
    res.map(|_| top)
}

fn heapify(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "heapify", args, 1, 1)?;
    let r = heap_list(vm, args[0])?;
    let n = list_len(vm, r);
    for i in (0..n / 2).rev() {
        sift_up(vm, r, i)?;
    }
    Ok(Value::None)
}

/// Pops the smallest item and pushes `item` in one step (the heap must not be empty).
fn heapreplace(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "heapreplace", args, 2, 2)?;
    let r = heap_list(vm, args[0])?;
    if list_len(vm, r) == 0 {
        return Err(vm.index_error("empty heap"));
    }
    let top = item(vm, r, 0)?;
    store(vm, r, 0, args[1]);
    let mark = vm.roots_mark();
    vm.root(top);
    let res = sift_up(vm, r, 0);
    vm.truncate_roots(mark);
    res.map(|_| top)
}

/// Pushes `item` and pops the smallest in one step: returns `item` itself when it is not larger
/// than the heap's top.
fn heappushpop(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "heappushpop", args, 2, 2)?;
    let r = heap_list(vm, args[0])?;
    if list_len(vm, r) == 0 {
        return Ok(args[1]);
    }
    let top = item(vm, r, 0)?;
    if !vm.less_than(top, args[1])? {
        return Ok(args[1]);
    }
    if list_len(vm, r) == 0 {
        return Err(vm.runtime_error("list changed size during iteration"));
    }
    let top = item(vm, r, 0)?;
    store(vm, r, 0, args[1]);
    let mark = vm.roots_mark();
    vm.root(top);
    let res = sift_up(vm, r, 0);
    vm.truncate_roots(mark);
    res.map(|_| top)
}

/// The `n` largest (or smallest) items of an iterable, as `sorted(iterable, key=key,
/// reverse=largest)[:n]`: a sorted buffer of at most `n` entries, filled by binary insertion
/// (stable: of equal items the earlier comes first).
fn select(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)], largest: bool) -> PyResult<Value> {
    check_args(vm, if largest { "nlargest" } else { "nsmallest" }, args, 2, 2)?;
    check_kwargs(vm, kw, &["key"])?;
    let n = vm.index_value(args[0], "n")?;
    let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
    let items = vm.iterate_to_vec(args[1])?;
    let Ok(n) = usize::try_from(n) else { return vm.new_list(Vec::new()) };
    let mark = vm.roots_mark();
    for v in &items {
        vm.root(*v);
    }
    let res = select_rooted(vm, &items, key, n, largest);
    vm.truncate_roots(mark);
    let out = res?;
    vm.new_list(out)
}

fn select_rooted(vm: &mut Vm, items: &[Value], key: Option<Value>, n: usize, largest: bool) -> PyResult<Vec<Value>> {
    // (key, value) pairs, sorted so that the first is the most wanted.
    let mut best: Vec<(Value, Value)> = Vec::with_capacity(n.min(items.len()));
    if n == 0 {
        return Ok(Vec::new());
    }
    for &v in items {
        let k = match key {
            Some(f) => {
                let k = vm.call(f, &[v])?;
                vm.root(k);
                k
            }
            None => v,
        };
        // Find the first position whose entry the new one beats strictly.
        let (mut lo, mut hi) = (0, best.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let Some(&(mk, _)) = best.get(mid) else { break };
            let beats = if largest { vm.less_than(mk, k)? } else { vm.less_than(k, mk)? };
            if beats {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if lo < n {
            best.insert(lo, (k, v));
            best.truncate(n);
        }
    }
    Ok(best.into_iter().map(|(_, v)| v).collect())
}

fn nlargest(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    select(vm, args, kw, true)
}

fn nsmallest(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    select(vm, args, kw, false)
}

native!(HEAPPUSH, "heappush", heappush);
native!(HEAPPOP, "heappop", heappop);
native!(HEAPIFY, "heapify", heapify);
native!(HEAPREPLACE, "heapreplace", heapreplace);
native!(HEAPPUSHPOP, "heappushpop", heappushpop);
native!(NLARGEST, "nlargest", nlargest, kw);
native!(NSMALLEST, "nsmallest", nsmallest, kw);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&HEAPPUSH, &HEAPPOP, &HEAPIFY, &HEAPREPLACE, &HEAPPUSHPOP, &NLARGEST, &NSMALLEST])
}
