//! The three compile modes, and properties of the generated code that the VM relies on.

use ferrite_compiler::{compile_source, Code, Constant, Mode, Op};
use std::rc::Rc;

fn compile(src: &str, mode: Mode) -> Rc<Code> {
    compile_source(src.as_bytes(), "<test>", mode).unwrap_or_else(|e| panic!("{e}"))
}

fn nested<'a>(code: &'a Code, name: &str) -> &'a Code {
    code.consts
        .iter()
        .find_map(|c| match c {
            Constant::Code(c) if c.name == name => Some(&**c),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no nested code {name}"))
}

#[test]
fn single_mode_prints_expression_statements() {
    let code = compile("1 + x\nif x:\n    x\n", Mode::Single);
    assert_eq!(code.ops.iter().filter(|op| matches!(op, Op::PrintExpr)).count(), 2);
    assert!(code.flags.module);
    // A string at the REPL is printed, not dropped as a docstring.
    let code = compile("'hi'\n", Mode::Single);
    assert!(code.ops.contains(&Op::PrintExpr));
    // Functions defined at the REPL do not print.
    let code = compile("def f():\n    x\n", Mode::Single);
    assert!(!nested(&code, "f").ops.contains(&Op::PrintExpr));
}

#[test]
fn eval_mode_returns_the_value() {
    let code = compile("x + 1", Mode::Eval);
    assert_eq!(code.ops.last(), Some(&Op::Return));
    assert!(matches!(code.ops.first(), Some(Op::LoadGlobal(_))));
    assert_eq!(code.max_stack, 2);
}

#[test]
fn exec_mode_ends_with_return_none() {
    let code = compile("x = 1\n", Mode::Exec);
    let n = code.ops.len();
    assert_eq!(&code.ops[n - 2..], &[Op::LoadConst(1), Op::Return]);
    assert_eq!(code.consts[1], Constant::None);
}

#[test]
fn parameter_slots_come_first() {
    let code = compile("def f(a, /, b, *args, c, **kw):\n    d = 1\n", Mode::Exec);
    let f = nested(&code, "f");
    assert_eq!(f.slot_names, ["a", "b", "c", "args", "kw", "d"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 1));
    assert!(f.flags.varargs && f.flags.varkeywords);
}

#[test]
fn captured_parameter_is_a_cell() {
    let code = compile("def f(a):\n    return lambda: a\n", Mode::Exec);
    let f = nested(&code, "f");
    assert_eq!(f.cell_slots, [0]);
    let lam = nested(f, "<lambda>");
    assert_eq!((lam.free_start, lam.nfree), (0, 1));
    assert_eq!(lam.ops[0], Op::LoadDeref(0));
}

#[test]
fn walrus_in_comprehension_binds_in_function() {
    let code = compile("def f(xs):\n    [y := x for x in xs]\n    return y\n", Mode::Exec);
    let f = nested(&code, "f");
    let y = f.slot_names.iter().position(|n| n == "y").unwrap_or_else(|| panic!("no y slot")) as u32;
    assert!(f.cell_slots.contains(&y));
    let comp = nested(f, "<listcomp>");
    assert!(comp.ops.iter().any(|op| matches!(op, Op::StoreDeref(_))));
}

#[test]
fn async_comprehension_is_awaited() {
    let code = compile("async def f(y):\n    return [x async for x in y]\n", Mode::Exec);
    let f = nested(&code, "f");
    assert!(f.ops.contains(&Op::GetAiter));
    assert!(f.ops.contains(&Op::YieldFrom));
    assert!(nested(f, "<listcomp>").flags.coroutine);
}
