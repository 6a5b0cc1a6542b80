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
