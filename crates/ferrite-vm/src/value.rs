//! The runtime value: 16 bytes, `Copy`, no reference counting.
//!
//! Small ints and floats live inline, so arithmetic on them never touches the heap (MicroPython's
//! unix port allocates every float). Everything else is a handle into the VM's heap. Code outside
//! this file should prefer the constructors and predicates below to matching on the enum directly,
//! so that the representation can become NaN-boxed later if measurements say value traffic
//! dominates.

use crate::heap::ObjRef;

/// `repr(u64)`: an 8-byte tag and every payload at offset 8, so a copy is two aligned 8-byte
/// moves. With the default layout `Bool` sat at offset 1 and `ObjRef` at 4, and LLVM copied
/// values in overlapping pieces whose reloads missed store forwarding: that stall was the top
/// cost of the dispatch loop, and this layout made simple loops ~40% faster.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(u64)]
pub enum Value {
    /// Internal marker: an unbound local slot, or "no self" after `LoadMethod`. Never visible to
    /// Python code.
    Unbound,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// A copy of `*v` made by halves: for a value a callee just wrote to memory (a returned
/// `PyResult<Value>`), which a plain copy would reload with one stalling 16-byte load.
#[inline(always)]
pub fn reload(v: &Value) -> Value {
    // SAFETY: a reference points to a value.
    unsafe { read_value(v) }
}

/// Reads a value as two 8-byte halves (see `copy_value`).
///
/// # Safety
/// `src` must point to a value.
#[inline(always)]
pub unsafe fn read_value(src: *const Value) -> Value {
    let mut out = std::mem::MaybeUninit::<Value>::uninit();
    // SAFETY: `src` points to a value (caller); `out` is a value's worth of writable memory, and
    // holds a copy of a valid value afterwards.
    unsafe {
        copy_value(src, out.as_mut_ptr());
        out.assume_init()
    }
}

/// Copies a value in memory as two 8-byte halves. Results leave registers as two 8-byte stores
/// (tag, payload); a 16-byte load of such a slot, as a plain copy compiles to, cannot be
/// forwarded from the store buffer and stalls for ~12 cycles. Halves load from one store each.
///
/// # Safety
/// `src` must point to a value and `dst` to memory valid for writing a value; they may be equal.
#[inline(always)]
pub unsafe fn copy_value(src: *const Value, dst: *mut Value) {
    let s = src as *const std::mem::MaybeUninit<u64>;
    let d = dst as *mut std::mem::MaybeUninit<u64>;
    // SAFETY: both point to 16 readable/writable bytes (a `Value`), 8-aligned (`repr(u64)`);
    // `MaybeUninit` carries padding bytes without reading them as integers. The reads are
    // volatile only so that LLVM does not merge them back into one 16-byte load.
    unsafe {
        let (tag, payload) = (s.read_volatile(), s.add(1).read_volatile());
        d.write(tag);
        d.add(1).write(payload);
    }
}

impl Value {
    #[inline]
    pub fn int(i: i64) -> Value {
        Value::Int(i)
    }
    #[inline]
    pub fn float(f: f64) -> Value {
        Value::Float(f)
    }
    #[inline]
    pub fn bool(b: bool) -> Value {
        Value::Bool(b)
    }
    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn is_unbound(self) -> bool {
        matches!(self, Value::Unbound)
    }
    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }
    /// Identity, as Python's `is` sees it.
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (a, b) => a == b,
        }
    }
}

impl From<ObjRef> for Value {
    fn from(r: ObjRef) -> Value {
        Value::Obj(r)
    }
}
