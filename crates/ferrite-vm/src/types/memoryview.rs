//! `memoryview` (docs: library/builtins.html#memoryview): a view of the items of a buffer
//! without copying it. The buffer is a bytes, a bytearray or a native object offering its bytes
//! (`NativeData::buffer`, as `array.array` does: the VM does not know the module, only the
//! hook). A view has the typecode of what it views (`B` for bytes, the array's typecode for an
//! array), so `list(memoryview(array('h', ...)))` gives the array's numbers; `start` and `len`
//! count bytes, indexes and slices count items. As MicroPython: slices with a step raise
//! NotImplementedError, and a store into a typed item truncates an int that does not fit.

use dashu_int::IBig;

use crate::builtins::check_args;
use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::native;
use crate::object::Object;
use crate::types::add_methods;
use crate::types::object::add_getter;
use crate::value::Value;
use crate::vm::Vm;

/// Bytes per item of a typecode (array's and struct's codes; 64-bit sizes for `l`, `q`).
pub fn item_size(code: u8) -> usize {
    match code {
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        _ => 1,
    }
}

/// The Python value of one item's native-endian bytes.
pub fn load_item(vm: &mut Vm, code: u8, raw: &[u8]) -> PyResult<Value> {
    let mut buf = [0u8; 8];
    for (slot, b) in buf.iter_mut().zip(raw) {
        *slot = *b;
    }
    let u = u64::from_le_bytes(buf);
    let size = raw.len().clamp(1, 8) as u32;
    Ok(match code {
        b'f' => Value::Float(f32::from_bits(u as u32) as f64),
        b'd' => Value::Float(f64::from_bits(u)),
        b'b' | b'h' | b'i' | b'l' | b'q' => {
            let shift = 64 - 8 * size;
            Value::Int(((u << shift) as i64) >> shift)
        }
        _ => match i64::try_from(u) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_bigint(IBig::from(u))?,
        },
    })
}

/// The native-endian bytes of one item (the first `item_size(code)` of the result): ints that
/// do not fit are truncated, as MicroPython stores them.
pub fn store_item(vm: &mut Vm, code: u8, v: Value) -> PyResult<[u8; 8]> {
    if code == b'f' || code == b'd' {
        let f = match v {
            Value::Float(f) => f,
            _ if vm.is_int(v) => vm.to_float(v)?,
            _ => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("can't convert {tn} to float")));
            }
        };
        let mut out = [0u8; 8];
        if code == b'f' {
            for (slot, b) in out.iter_mut().zip((f as f32).to_le_bytes()) {
                *slot = b;
            }
        } else {
            out = f.to_le_bytes();
        }
        return Ok(out);
    }
    let u = match v {
        Value::Int(i) => i as u64,
        Value::Bool(b) => b as u64,
        _ => match vm.to_bigint(v) {
            Some(b) => u64::try_from(b & IBig::from(u64::MAX)).unwrap_or(0),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("can't convert {tn} to int")));
            }
        },
    };
    Ok(u.to_le_bytes())
}

impl Vm {
    /// `(base, start, len, readonly, code)` of a memoryview object.
    fn view_parts(&self, r: ObjRef) -> Option<(Value, usize, usize, bool, u8)> {
        match self.heap.get(r) {
            Object::MemoryView { base, start, len, readonly, code } => Some((*base, *start, *len, *readonly, *code)),
            _ => None,
        }
    }

    /// `m[i]` and `m[a:b]` (a slice is a new view of the same buffer).
    #[inline(never)]
    pub(crate) fn memoryview_getitem(&mut self, r: ObjRef, index: Value) -> PyResult<Value> {
        let Some((base, start, len, readonly, code)) = self.view_parts(r) else {
            return Ok(Value::None);
        };
        let size = item_size(code);
        let count = len / size;
        if self.is_slice(index) {
            let s = self.slice_indices(index, count)?;
            if s.step != 1 {
                return Err(self.not_implemented_error("only slices with step=1 (aka None) are supported"));
            }
            let start = start + s.start as usize * size;
            return self.alloc(Object::MemoryView { base, start, len: s.len() * size, readonly, code });
        }
        let i = self.seq_index(index, count, "memoryview")?;
        let data = self.bytes_like(Value::Obj(r)).unwrap_or_default();
        match data.get(i * size..(i + 1) * size) {
            Some(raw) => load_item(self, code, raw),
            None => Err(self.index_error("memoryview index out of range")),
        }
    }

    /// `m[i] = v` and `m[a:b] = buffer` (the buffer must have exactly the slice's bytes).
    #[inline(never)]
    pub(crate) fn memoryview_setitem(&mut self, r: ObjRef, index: Value, v: Value) -> PyResult<()> {
        let Some((base, start, len, readonly, code)) = self.view_parts(r) else {
            return Ok(());
        };
        if readonly {
            return Err(self.type_error("memoryview is read-only"));
        }
        let size = item_size(code);
        if self.is_slice(index) {
            let s = self.slice_indices(index, len / size)?;
            if s.step != 1 {
                return Err(self.not_implemented_error("only slices with step=1 (aka None) are supported"));
            }
            let new = match self.bytes_like(v) {
                Some(b) => b,
                None => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("object with buffer protocol required, not {tn}")));
                }
            };
            if new.len() != s.len() * size {
                return Err(self.value_error("memoryview slice assignment has wrong length"));
            }
            self.write_buffer(base, start + s.start as usize * size, &new);
            return Ok(());
        }
        let i = self.seq_index(index, len / size, "memoryview")?;
        if code == b'B' {
            let byte = self.byte_value(v)?;
            self.write_buffer(base, start + i, &[byte]);
        } else {
            let raw = store_item(self, code, v)?;
            self.write_buffer(base, start + i * size, raw.get(..size).unwrap_or(&raw));
        }
        Ok(())
    }

    /// Copies `bytes` into a writable buffer at `offset` (silently clipped to its end: the
    /// buffer may have shrunk since the view was made).
    fn write_buffer(&mut self, base: Value, offset: usize, bytes: &[u8]) {
        let Some(br) = base.as_obj() else { return };
        let target: Option<&mut [u8]> = match self.heap.get_mut(br) {
            Object::ByteArray(b) => Some(b),
            Object::Data(d) => d.data.buffer_mut(),
            _ => None,
        };
        if let Some(buf) = target {
            for (k, &b) in bytes.iter().enumerate() {
                if let Some(slot) = buf.get_mut(offset + k) {
                    *slot = b;
                }
            }
        }
    }

    /// The items of a view as Python values (iteration, `tolist`).
    pub(crate) fn memoryview_items(&mut self, v: Value) -> PyResult<Vec<Value>> {
        let code = match v.as_obj().and_then(|r| self.view_parts(r)) {
            Some((.., code)) => code,
            None => b'B',
        };
        let data = self.bytes_like(v).unwrap_or_default();
        if code == b'B' {
            return Ok(data.iter().map(|&c| Value::Int(c as i64)).collect());
        }
        let mut out = Vec::with_capacity(data.len() / item_size(code));
        for raw in data.chunks_exact(item_size(code)) {
            let item = load_item(self, code, raw)?;
            out.push(item);
        }
        Ok(out)
    }

    /// The number of items of a view.
    pub(crate) fn memoryview_len(&self, r: ObjRef) -> usize {
        match self.view_parts(r) {
            Some((_, _, len, _, code)) => len / item_size(code),
            None => 0,
        }
    }
}

/// `memoryview(buf[, offset[, size]])`: MicroPython's extension takes a window of `size` items
/// from item `offset`, both clamped to the buffer.
fn memoryview_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "memoryview", args, 2, 4)?;
    let view = memoryview_whole(vm, args)?;
    if args.len() == 2 {
        return Ok(view);
    }
    let offset = vm.index_value(args[2], "memoryview")?;
    let size = match args.get(3) {
        Some(&s) => vm.index_value(s, "memoryview")?,
        None => i64::MAX,
    };
    let r = view.as_obj().ok_or_else(|| vm.internal_error("memoryview"))?;
    let Some((base, start, len, readonly, code)) = vm.view_parts(r) else { return Ok(view) };
    let item = item_size(code);
    let count = (len / item) as i64;
    let first = offset.clamp(0, count);
    let n = size.clamp(0, count - first);
    vm.alloc(Object::MemoryView { base, start: start + first as usize * item, len: n as usize * item, readonly, code })
}

fn memoryview_whole(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut base = args[1];
    if let Some(Object::Instance(i)) = base.as_obj().map(|r| vm.heap.get(r)) {
        if !i.base.is_none() {
            base = i.base;
        }
    }
    let (len, readonly, code) = match base.as_obj().map(|r| vm.heap.get_mut(r)) {
        Some(Object::Bytes(b)) => (b.len(), true, b'B'),
        Some(Object::ByteArray(b)) => (b.len(), false, b'B'),
        Some(Object::MemoryView { .. }) => return Ok(base),
        Some(Object::Data(d)) if d.data.buffer().is_some() => {
            let code = d.data.buffer_code();
            let len = d.data.buffer().map_or(0, <[u8]>::len);
            (len, d.data.buffer_mut().is_none(), code)
        }
        _ => return Err(vm.type_error("memoryview: a bytes-like object is required")),
    };
    vm.alloc(Object::MemoryView { base, start: 0, len, readonly, code })
}

fn view_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first().and_then(|v| v.as_obj()) {
        Some(r) if matches!(vm.heap.get(r), Object::MemoryView { .. }) => Ok(r),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'memoryview' object"))),
    }
}

fn mv_tobytes(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "tobytes", args, 1, 1)?;
    let r = view_arg(vm, args, "tobytes")?;
    let b = vm.bytes_like(Value::Obj(r)).unwrap_or_default();
    vm.new_bytes(b)
}

fn mv_hex(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let r = view_arg(vm, args, "hex")?;
    let b = vm.bytes_like(Value::Obj(r)).unwrap_or_default();
    crate::types::bytes::hex_impl(vm, &b, args, kw)
}

fn mv_tolist(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "tolist", args, 1, 1)?;
    let r = view_arg(vm, args, "tolist")?;
    let items = vm.memoryview_items(Value::Obj(r))?;
    vm.new_list(items)
}

fn mv_release(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "release", args, 1, 1)?;
    view_arg(vm, args, "release")?;
    Ok(Value::None)
}

fn mv_itemsize(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let r = view_arg(vm, args, "itemsize")?;
    let code = vm.view_parts(r).map_or(b'B', |p| p.4);
    Ok(Value::Int(item_size(code) as i64))
}

native!(MEMORYVIEW_NEW, "__new__", memoryview_new);
native!(MV_TOBYTES, "tobytes", mv_tobytes);
native!(MV_HEX, "hex", mv_hex, kw);
native!(MV_TOLIST, "tolist", mv_tolist);
native!(MV_RELEASE, "release", mv_release);
native!(MV_ITEMSIZE, "itemsize", mv_itemsize);

pub fn install(vm: &mut Vm) {
    let mv = vm.types.memoryview;
    add_methods(vm, mv, &[&MEMORYVIEW_NEW, &MV_TOBYTES, &MV_HEX, &MV_TOLIST, &MV_RELEASE]);
    add_getter(vm, mv, &MV_ITEMSIZE);
}
