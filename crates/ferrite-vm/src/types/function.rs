//! Methods of generators and coroutines: `send`, `throw`, `close`, plus `__next__`/`__iter__` so
//! they can be driven by hand.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::generator::Step;
use crate::intern::Name;
use crate::native;
use crate::types::add_methods;
use crate::value::Value;
use crate::vm::Vm;

fn gen_ref(vm: &mut Vm, args: &[Value]) -> PyResult<crate::heap::ObjRef> {
    match args.first().copied() {
        Some(v) if vm.is_generator(v) => Ok(v.as_obj().unwrap_or(vm.types.object)),
        _ => Err(vm.type_error("expected a generator")),
    }
}

fn step_result(vm: &mut Vm, step: Step) -> PyResult<Value> {
    match step {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn gen_send(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_args(vm, "send", args, 2, 2)?;
    let g = gen_ref(vm, args)?;
    let step = vm.resume_generator(g, args[1], None)?;
    step_result(vm, step)
}

pub(crate) fn gen_next(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let g = gen_ref(vm, args)?;
    let step = vm.resume_generator(g, Value::None, None)?;
    step_result(vm, step)
}

fn gen_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::None))
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_args(vm, "throw", args, 2, 4)?;
    let g = gen_ref(vm, args)?;
    if let Some(step) = vm.throw_raw_to_delegate(g, &args[1..])? {
        return step_result(vm, step);
    }
    let exc = vm.exception_from_throw_args(&args[1..])?;
    let step = vm.resume_generator(g, Value::None, Some(PyErr(exc)))?;
    step_result(vm, step)
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let g = gen_ref(vm, args)?;
    vm.close_generator(g)?;
    Ok(Value::None)
}

fn coro_await(_vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::None))
}

/// Async generators: `__anext__` returns an awaitable that resumes the generator; here the
/// generator object itself serves, driven with send().
fn agen_anext(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let g = gen_ref(vm, args)?;
    let n = vm.intern("__asyncgen_step__");
    let _ = n;
    let wrapper = crate::generator::make_anext_awaitable(vm, g)?;
    Ok(wrapper)
}

native!(GEN_SEND, "send", gen_send);
native!(GEN_NEXT, "__next__", gen_next);
native!(GEN_ITER, "__iter__", gen_iter);
native!(GEN_THROW, "throw", gen_throw);
native!(GEN_CLOSE, "close", gen_close);
native!(CORO_AWAIT, "__await__", coro_await);
native!(AGEN_ANEXT, "__anext__", agen_anext);

fn agen_op(vm: &mut Vm, args: &[Value], arg: Value, throw: bool, closing: bool) -> PyResult<Value> {
    let g = gen_ref(vm, args)?;
    vm.new_iterator(crate::object::Iter::AsyncGenOp { gen: g, arg, throw, closing, started: false })
}
fn agen_asend(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_args(vm, "asend", args, 2, 2)?;
    agen_op(vm, args, args[1], false, false)
}
fn agen_athrow(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_args(vm, "athrow", args, 2, 4)?;
    let exc = vm.instantiate_exception(args[1])?;
    agen_op(vm, args, exc, true, false)
}
fn agen_aclose(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let exit = vm.new_exception(ExcKind::GeneratorExit, "");
    agen_op(vm, args, exit.0, true, true)
}
native!(AGEN_ASEND, "asend", agen_asend);
native!(AGEN_ATHROW, "athrow", agen_athrow);
native!(AGEN_ACLOSE, "aclose", agen_aclose);
native!(AGEN_AITER, "__aiter__", gen_iter);

pub fn install(vm: &mut Vm) {
    let g = vm.types.generator;
    add_methods(vm, g, &[&GEN_SEND, &GEN_NEXT, &GEN_ITER, &GEN_THROW, &GEN_CLOSE]);
    let c = vm.types.coroutine;
    add_methods(vm, c, &[&GEN_SEND, &GEN_THROW, &GEN_CLOSE, &CORO_AWAIT]);
    let a = vm.types.async_generator;
    add_methods(vm, a, &[&AGEN_ANEXT, &AGEN_AITER, &AGEN_ASEND, &AGEN_ATHROW, &AGEN_ACLOSE]);
    let _ = ExcKind::StopIteration;
}
