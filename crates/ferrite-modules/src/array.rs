//! `array` (docs: library/array.html): compact arrays of numbers of one C type.
//!
//! An array is a native object holding its items as raw native-endian bytes, as MicroPython
//! stores them, so that a buffer view of it is the bytes themselves. Typecodes b B h H i I l L
//! q Q f d (sizes of 64-bit Linux: `l` is 8 bytes). Methods as MicroPython: append, extend,
//! indexing and slicing (slices are new arrays; slice assignment takes an array of the same
//! typecode), len, iteration, `in`, `==`, `+`, `+=`, repr `array('i', [1, 2])`.
//! Divergences, as MicroPython: an integer that does not fit its item is truncated, not an
//! OverflowError.

// One item's bytes and back: the VM's memoryview reads and writes an array's items the same
// way, so both use its codec.
use ferrite_vm::types::memoryview::{item_size, load_item as load};
use ferrite_vm::builtins::check_args;
use ferrite_vm::object::{NativeData, Object};
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::set;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "array", init };

const TYPECODES: &str = "bBhHiIlLqQfd";

pub struct Array {
    code: u8,
    data: Vec<u8>,
}

impl NativeData for Array {
    fn approx_size(&self) -> usize {
        self.data.capacity()
    }
    fn buffer(&self) -> Option<&[u8]> {
        Some(&self.data)
    }
    fn buffer_mut(&mut self) -> Option<&mut [u8]> {
        Some(&mut self.data)
    }
    fn buffer_code(&self) -> u8 {
        self.code
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// The bytes of one item from a Python value (ints that do not fit are truncated).
fn store(vm: &mut Vm, code: u8, v: Value) -> PyResult<Vec<u8>> {
    let bytes = ferrite_vm::types::memoryview::store_item(vm, code, v)?;
    Ok(bytes.get(..item_size(code)).unwrap_or(&bytes).to_vec())
}

/// Typecode and a copy of the bytes of an array argument.
fn parts(vm: &mut Vm, v: Value) -> PyResult<(u8, Vec<u8>)> {
    match vm.data::<Array>(v) {
        Some(a) => Ok((a.code, a.data.clone())),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("expected an array, not '{tn}'")))
        }
    }
}

fn values_of(vm: &mut Vm, code: u8, data: &[u8]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(data.len() / item_size(code));
    for chunk in data.chunks_exact(item_size(code)) {
        out.push(load(vm, code, chunk)?);
    }
    Ok(out)
}

/// The class of `self`, to make results of the same class.
fn class_of(vm: &Vm, v: Value) -> ObjRef {
    vm.type_of(v)
}

fn new_array(vm: &mut Vm, class: ObjRef, code: u8, data: Vec<u8>) -> PyResult<Value> {
    vm.new_data(class, Box::new(Array { code, data }))
}

/// Appends to the array's bytes and updates the heap's accounting.
fn grow(vm: &mut Vm, v: Value, extra: &[u8]) -> PyResult<()> {
    if !vm.heap.can_fit(extra.len()) {
        return Err(vm.memory_error());
    }
    if let Some(a) = vm.data_mut::<Array>(v) {
        a.data.extend_from_slice(extra);
    }
    if let Some(r) = v.as_obj() {
        vm.heap.resize(r);
    }
    Ok(())
}

/// Bytes of every item of an iterable (an array of any typecode is read by value).
fn encode_iterable(vm: &mut Vm, code: u8, src: Value) -> PyResult<Vec<u8>> {
    let items = match vm.data::<Array>(src) {
        Some(a) => {
            let (c, d) = (a.code, a.data.clone());
            values_of(vm, c, &d)?
        }
        None => vm.iterate_to_vec(src)?,
    };
    let mut out = Vec::with_capacity(items.len() * item_size(code));
    for it in items {
        out.extend(store(vm, code, it)?);
    }
    Ok(out)
}

fn array_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "array", args, 2, 3)?;
    let Some(class) = args[0].as_obj() else { return Err(vm.type_error("array")) };
    let code = match vm.str_ref(args[1]) {
        Some(s) if s.len() == 1 && TYPECODES.contains(s) => s.as_bytes().first().copied().unwrap_or(b'b'),
        _ => return Err(vm.value_error("bad typecode")),
    };
    let data = match args.get(2) {
        None => Vec::new(),
        Some(&init) => match init.as_obj().map(|r| vm.heap.get(r)) {
            // Bytes are taken as the items' raw bytes (CPython's frombytes).
            Some(Object::Bytes(b) | Object::ByteArray(b)) => {
                let b = b.clone();
                if b.len() % item_size(code) != 0 {
                    return Err(vm.value_error("bytes length not a multiple of item size"));
                }
                b
            }
            _ => encode_iterable(vm, code, init)?,
        },
    };
    new_array(vm, class, code, data)
}

fn array_repr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let (code, data) = parts(vm, args[0])?;
    let mut s = format!("array('{}'", code as char);
    if !data.is_empty() {
        s.push_str(", [");
        for (i, v) in values_of(vm, code, &data)?.into_iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&vm.repr(v)?);
        }
        s.push(']');
    }
    s.push(')');
    vm.new_string(s)
}

fn array_len(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__len__", args, 1, 1)?;
    let (code, data) = parts(vm, args[0])?;
    Ok(Value::Int((data.len() / item_size(code)) as i64))
}

fn is_slice(vm: &Vm, v: Value) -> bool {
    matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Slice(..)))
}

fn array_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__getitem__", args, 2, 2)?;
    let (code, data) = parts(vm, args[0])?;
    let size = item_size(code);
    let n = data.len() / size;
    if is_slice(vm, args[1]) {
        let s = vm.slice_indices(args[1], n)?;
        let mut out = Vec::with_capacity(s.len() * size);
        for i in s.indices() {
            out.extend_from_slice(data.get(i * size..(i + 1) * size).unwrap_or(&[]));
        }
        let class = class_of(vm, args[0]);
        return new_array(vm, class, code, out);
    }
    let i = vm.seq_index(args[1], n, "array")?;
    load(vm, code, data.get(i * size..(i + 1) * size).unwrap_or(&[]))
}

fn array_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__setitem__", args, 3, 3)?;
    let (code, data) = parts(vm, args[0])?;
    let size = item_size(code);
    let n = data.len() / size;
    if is_slice(vm, args[1]) {
        let s = vm.slice_indices(args[1], n)?;
        let (src_code, src) = parts(vm, args[2])?;
        if src_code != code {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let mut new = data.clone();
        if s.step == 1 {
            // Contiguous: the slice may change the array's length.
            let start = (s.start.max(0) as usize).min(n);
            let stop = (s.stop.max(s.start).max(0) as usize).min(n);
            new.splice(start * size..stop * size, src.iter().copied());
        } else {
            if src.len() / size != s.len() {
                return Err(vm.value_error("attempt to assign array of different size to extended slice"));
            }
            for (k, i) in s.indices().enumerate() {
                if let (Some(dst), Some(from)) =
                    (new.get_mut(i * size..(i + 1) * size), src.get(k * size..(k + 1) * size))
                {
                    dst.copy_from_slice(from);
                }
            }
        }
        if let Some(a) = vm.data_mut::<Array>(args[0]) {
            a.data = new;
        }
        if let Some(r) = args[0].as_obj() {
            vm.heap.resize(r);
        }
        return Ok(Value::None);
    }
    let i = vm.seq_index(args[1], n, "array")?;
    let bytes = store(vm, code, args[2])?;
    if let Some(dst) = vm.data_mut::<Array>(args[0]).and_then(|a| a.data.get_mut(i * size..(i + 1) * size)) {
        dst.copy_from_slice(&bytes);
    }
    Ok(Value::None)
}

/// A snapshot iterator over the items (MicroPython's iterator is live; a snapshot cannot
/// run off the end when the array shrinks).
fn array_iter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__iter__", args, 1, 1)?;
    let (code, data) = parts(vm, args[0])?;
    let items = values_of(vm, code, &data)?;
    let list = vm.new_list(items)?;
    vm.get_iter(list)
}

fn array_contains(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__contains__", args, 2, 2)?;
    let (code, data) = parts(vm, args[0])?;
    for v in values_of(vm, code, &data)? {
        if vm.eq(v, args[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn array_eq(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__eq__", args, 2, 2)?;
    let (code, data) = parts(vm, args[0])?;
    let Some((ocode, odata)) = vm.data::<Array>(args[1]).map(|a| (a.code, a.data.clone())) else {
        return Ok(vm.not_implemented);
    };
    let (a, b) = (values_of(vm, code, &data)?, values_of(vm, ocode, &odata)?);
    if a.len() != b.len() {
        return Ok(Value::Bool(false));
    }
    for (x, y) in a.into_iter().zip(b) {
        if !vm.eq(x, y)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn array_ne(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    match array_eq(vm, args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn array_add(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__add__", args, 2, 2)?;
    let (code, mut data) = parts(vm, args[0])?;
    let Some((ocode, odata)) = vm.data::<Array>(args[1]).map(|a| (a.code, a.data.clone())) else {
        return Ok(vm.not_implemented);
    };
    if ocode != code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    data.extend_from_slice(&odata);
    let class = class_of(vm, args[0]);
    new_array(vm, class, code, data)
}

fn array_iadd(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__iadd__", args, 2, 2)?;
    let (code, _) = parts(vm, args[0])?;
    match vm.data::<Array>(args[1]).map(|a| a.code) {
        Some(c) if c == code => {}
        Some(_) => return Err(vm.type_error("bad argument type for built-in operation")),
        None => return Ok(vm.not_implemented),
    }
    array_extend(vm, args, kw)?;
    Ok(args[0])
}

/// The count of `array * n` (negative counts as 0), or None when `n` is not an int.
fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<usize>> {
    if !vm.is_int(n) {
        return Ok(None);
    }
    let n = vm.index_value(n, "__mul__")?;
    Ok(Some(usize::try_from(n).unwrap_or(0)))
}

/// The array's bytes repeated `n` times, refused with MemoryError past the heap limit.
fn repeated(vm: &mut Vm, data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    match data.len().checked_mul(n) {
        Some(len) if vm.heap.can_fit(len) => Ok(data.repeat(n)),
        _ => Err(vm.memory_error()),
    }
}

/// `array * n` and `n * array` (CPython's sequence repetition; CircuitPython has it too).
fn array_mul(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__mul__", args, 2, 2)?;
    let (code, data) = parts(vm, args[0])?;
    let Some(n) = repeat_count(vm, args[1])? else { return Ok(vm.not_implemented) };
    let data = repeated(vm, &data, n)?;
    let class = class_of(vm, args[0]);
    new_array(vm, class, code, data)
}

fn array_imul(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__imul__", args, 2, 2)?;
    let (_, data) = parts(vm, args[0])?;
    let Some(n) = repeat_count(vm, args[1])? else { return Ok(vm.not_implemented) };
    let data = repeated(vm, &data, n)?;
    if let Some(a) = vm.data_mut::<Array>(args[0]) {
        a.data = data;
    }
    if let Some(r) = args[0].as_obj() {
        vm.heap.resize(r);
    }
    Ok(args[0])
}

fn array_append(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "append", args, 2, 2)?;
    let (code, _) = parts(vm, args[0])?;
    let bytes = store(vm, code, args[1])?;
    grow(vm, args[0], &bytes)?;
    Ok(Value::None)
}

fn array_extend(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "extend", args, 2, 2)?;
    let (code, _) = parts(vm, args[0])?;
    let bytes = encode_iterable(vm, code, args[1])?;
    grow(vm, args[0], &bytes)?;
    Ok(Value::None)
}

native!(NEW, "__new__", array_new);
native!(REPR, "__repr__", array_repr);
native!(LEN, "__len__", array_len);
native!(GETITEM, "__getitem__", array_getitem);
native!(SETITEM, "__setitem__", array_setitem);
native!(ITER, "__iter__", array_iter);
native!(CONTAINS, "__contains__", array_contains);
native!(EQ, "__eq__", array_eq);
native!(NE, "__ne__", array_ne, kw);
native!(ADD, "__add__", array_add);
native!(IADD, "__iadd__", array_iadd, kw);
native!(MUL, "__mul__", array_mul);
native!(RMUL, "__rmul__", array_mul);
native!(IMUL, "__imul__", array_imul);
native!(APPEND, "append", array_append);
native!(EXTEND, "extend", array_extend);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let cls = vm.new_native_class(
        "array",
        &[],
        &[
            &NEW, &REPR, &LEN, &GETITEM, &SETITEM, &ITER, &CONTAINS, &EQ, &NE, &ADD, &IADD, &MUL, &RMUL, &IMUL, &APPEND,
            &EXTEND,
        ],
    )?;
    set(vm, m, "array", Value::Obj(cls));
    Ok(())
}
