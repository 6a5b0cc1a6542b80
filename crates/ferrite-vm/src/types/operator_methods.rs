//! The operator special methods of the built-in types, callable by name: `(1).__add__(2)`,
//! `int.__mul__(a, b)`, `super().__lt__(other)` in a subclass of str, `(3).__neg__()`. The
//! interpreter never calls these for built-in values (its operators work on the values
//! directly); they exist for programs that name them.
//!
//! Each method applies the operator to the built-in values behind its arguments, so a subclass
//! that overrides `__add__` and calls `int.__add__(self, other)` does not recurse into its own
//! override. As in CPython, an operand the type cannot handle gives `NotImplemented` (so the
//! other operand's reflected method gets its turn) rather than a TypeError; the methods use
//! the VM's built-in-only operations (`builtin_binary`, `builtin_order`), which never look up
//! special methods, so they cannot find themselves again.
//!
//! `__eq__`, `__ne__`, `__hash__`, `__repr__`, `__str__` and `__format__` of built-in values
//! stay with `object`'s methods (`types/object.rs`): the hashing rules look for a class that
//! overrides `__eq__` to call it unhashable, which a built-in `__eq__` would trip for every
//! subclass.

use crate::builtins::check_args;
use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::native;
use crate::native::NativeFunction;
use crate::object::Object;
use crate::ops::BinOp;
use crate::value::Value;
use crate::vm::Vm;
use ferrite_compiler::bytecode::{CmpOp, UnaryOp};

/// A user object (not built on a built-in type) on the other side: the built-in method leaves
/// it to that object's reflected method.
fn is_user_object(vm: &Vm, v: Value) -> bool {
    vm.subclass_base(v).is_none() && matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Instance(_)))
}

fn binary(vm: &mut Vm, args: &[Value], name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    check_args(vm, name, args, 2, 2)?;
    if is_user_object(vm, args[1]) {
        return Ok(vm.not_implemented);
    }
    let (a, b) = (vm.builtin_base(args[0]), vm.builtin_base(args[1]));
    let r = if reflected { vm.builtin_binary(op, b, a)? } else { vm.builtin_binary(op, a, b)? };
    Ok(r.unwrap_or(vm.not_implemented))
}

fn compare(vm: &mut Vm, args: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    check_args(vm, name, args, 2, 2)?;
    if is_user_object(vm, args[1]) {
        return Ok(vm.not_implemented);
    }
    let (a, b) = (vm.builtin_base(args[0]), vm.builtin_base(args[1]));
    Ok(vm.builtin_order(op, a, b)?.map_or(vm.not_implemented, Value::Bool))
}

fn unary(vm: &mut Vm, args: &[Value], name: &str, op: UnaryOp) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let a = vm.builtin_base(args[0]);
    vm.unary_op(op, a)
}

/// Declares a method whose body is a non-capturing closure over `(vm, args)`.
macro_rules! method {
    ($id:ident, $name:literal, |$vm:ident, $args:ident| $body:expr) => {
        static $id: NativeFunction = NativeFunction {
            name: $name,
            func: |$vm: &mut Vm, $args: &[Value], _kw: &[(Name, Value)]| $body,
            kw: false,
        };
    };
}

/// Declares the forward and reflected method of one binary operator.
macro_rules! binary_methods {
    ($($op:ident: $fwd:ident $fname:literal, $refl:ident $rname:literal;)*) => {
        $(
            method!($fwd, $fname, |vm, args| binary(vm, args, $fname, BinOp::$op, false));
            method!($refl, $rname, |vm, args| binary(vm, args, $rname, BinOp::$op, true));
        )*
    };
}

binary_methods! {
    Add: ADD "__add__", RADD "__radd__";
    Sub: SUB "__sub__", RSUB "__rsub__";
    Mul: MUL "__mul__", RMUL "__rmul__";
    Div: TRUEDIV "__truediv__", RTRUEDIV "__rtruediv__";
    FloorDiv: FLOORDIV "__floordiv__", RFLOORDIV "__rfloordiv__";
    Mod: MOD "__mod__", RMOD "__rmod__";
    Pow: POW "__pow__", RPOW "__rpow__";
    LShift: LSHIFT "__lshift__", RLSHIFT "__rlshift__";
    RShift: RSHIFT "__rshift__", RRSHIFT "__rrshift__";
    BitAnd: AND "__and__", RAND "__rand__";
    BitOr: OR "__or__", ROR "__ror__";
    BitXor: XOR "__xor__", RXOR "__rxor__";
}

method!(LT, "__lt__", |vm, args| compare(vm, args, "__lt__", CmpOp::Lt));
method!(LE, "__le__", |vm, args| compare(vm, args, "__le__", CmpOp::LtE));
method!(GT, "__gt__", |vm, args| compare(vm, args, "__gt__", CmpOp::Gt));
method!(GE, "__ge__", |vm, args| compare(vm, args, "__ge__", CmpOp::GtE));
method!(NEG, "__neg__", |vm, args| unary(vm, args, "__neg__", UnaryOp::Neg));
method!(POS, "__pos__", |vm, args| unary(vm, args, "__pos__", UnaryOp::Pos));
method!(INVERT, "__invert__", |vm, args| unary(vm, args, "__invert__", UnaryOp::Invert));

fn dunder_abs(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__abs__", args, 1, 1)?;
    let a = vm.builtin_base(args[0]);
    crate::builtins::abs_value(vm, a)
}
native!(ABS, "__abs__", dunder_abs);

type Methods = &'static [&'static NativeFunction];

const ORDER: Methods = &[&LT, &LE, &GT, &GE];
const INT_OPS: Methods = &[
    &ADD, &RADD, &SUB, &RSUB, &MUL, &RMUL, &TRUEDIV, &RTRUEDIV, &FLOORDIV, &RFLOORDIV, &MOD, &RMOD, &POW, &RPOW,
    &LSHIFT, &RLSHIFT, &RSHIFT, &RRSHIFT, &AND, &RAND, &OR, &ROR, &XOR, &RXOR, &NEG, &POS, &INVERT, &ABS,
];
const FLOAT_OPS: Methods = &[
    &ADD, &RADD, &SUB, &RSUB, &MUL, &RMUL, &TRUEDIV, &RTRUEDIV, &FLOORDIV, &RFLOORDIV, &MOD, &RMOD, &POW, &RPOW, &NEG,
    &POS, &ABS,
];
const COMPLEX_OPS: Methods =
    &[&ADD, &RADD, &SUB, &RSUB, &MUL, &RMUL, &TRUEDIV, &RTRUEDIV, &POW, &RPOW, &NEG, &POS, &ABS];
const SEQ_OPS: Methods = &[&ADD, &MUL, &RMUL];
const TEXT_OPS: Methods = &[&ADD, &MUL, &RMUL, &MOD];
const SET_OPS: Methods = &[&AND, &RAND, &OR, &ROR, &SUB, &RSUB, &XOR, &RXOR];
const DICT_OPS: Methods = &[&OR, &ROR];

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let plan: [(ObjRef, Methods, bool); 12] = [
        (t.int, INT_OPS, true),
        (t.float, FLOAT_OPS, true),
        (t.complex, COMPLEX_OPS, false),
        (t.str_, TEXT_OPS, true),
        (t.bytes, TEXT_OPS, true),
        (t.bytearray, TEXT_OPS, true),
        (t.tuple, SEQ_OPS, true),
        (t.list, SEQ_OPS, true),
        (t.set, SET_OPS, true),
        (t.frozenset, SET_OPS, true),
        (t.dict, DICT_OPS, false),
        (t.range, &[], false),
    ];
    for (class, ops, ordered) in plan {
        crate::types::add_missing_methods(vm, class, ops);
        if ordered {
            crate::types::add_missing_methods(vm, class, ORDER);
        }
    }
}
