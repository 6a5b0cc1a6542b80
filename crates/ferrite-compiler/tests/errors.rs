//! Compile-time errors: message (worded as MicroPython or CPython words it) and line.

use ferrite_compiler::{compile_source, Mode};

#[track_caller]
fn error_of(src: &str) -> (String, u32) {
    match compile_source(src.as_bytes(), "<test>", Mode::Exec) {
        Ok(_) => panic!("expected a compile error for:\n{src}"),
        Err(e) => (e.msg, e.line),
    }
}

#[track_caller]
fn assert_error(src: &str, msg: &str, line: u32) {
    let (got, got_line) = error_of(src);
    assert_eq!((got.as_str(), got_line), (msg, line), "source:\n{src}");
}

#[test]
fn control_flow_outside_its_construct() {
    assert_error("x = 1\nreturn x\n", "'return' outside function", 2);
    assert_error("class C:\n    return 1\n", "'return' outside function", 2);
    assert_error("break\n", "'break' outside loop", 1);
    assert_error("for x in y:\n    pass\ncontinue\n", "'continue' outside loop", 3);
    assert_error("def f():\n    break\n", "'break' outside loop", 2);
    assert_error("while x:\n    def f():\n        continue\n", "'continue' outside loop", 3);
}

#[test]
fn yield_and_await_placement() {
    assert_error("yield 1\n", "'yield' outside function", 1);
    assert_error("class C:\n    x = yield\n", "'yield' outside function", 2);
    assert_error("await x\n", "'await' outside function", 1);
    assert_error("def f():\n    await x\n", "'await' outside function", 2);
    assert_error("def f():\n    async for x in y:\n        pass\n", "'await' outside function", 2);
    assert_error("def f():\n    async with x:\n        pass\n", "'await' outside function", 2);
    assert_error("def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2);
}

#[test]
fn global_and_nonlocal() {
    assert_error("def f(x):\n    global x\n", "name 'x' is parameter and global", 2);
    assert_error("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2);
    assert_error("x = 1\ndef f():\n    def g():\n        nonlocal x\n", "no binding for nonlocal 'x' found", 4);
    assert_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1);
}

#[test]
fn assignment_targets() {
    assert_error("a, *b, *c = d\n", "multiple *x in assignment", 1);
    assert_error("def f():\n    from m import *\n", "import * not at module level", 2);
}

#[test]
fn valid_programs_compile() {
    for src in [
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
        "async def f():\n    return [x async for x in y]\n",
        "async def f():\n    return [await x for x in y]\n",
        "def f():\n    global g\n    g = 1\n",
        "class C:\n    def f(self):\n        return super().f()\n",
        "def f():\n    try:\n        return 1\n    finally:\n        pass\n",
        "while 1:\n    try:\n        break\n    except E:\n        continue\n",
    ] {
        if let Err(e) = compile_source(src.as_bytes(), "<test>", Mode::Exec) {
            panic!("{e} for:\n{src}");
        }
    }
}

#[test]
fn deeply_nested_code_compiles_without_overflowing() {
    // Near the parser's nesting bound, on a test thread's default 2 MiB stack.
    let depth = 190;
    let src = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
    assert!(compile_source(src.as_bytes(), "<test>", Mode::Exec).is_ok());
    let src = format!("x = {}1{}\n", "[".repeat(depth), "]".repeat(depth));
    assert!(compile_source(src.as_bytes(), "<test>", Mode::Exec).is_ok());
    let src = format!("x = {}1\n", "-".repeat(depth));
    assert!(compile_source(src.as_bytes(), "<test>", Mode::Exec).is_ok());
    let mut src = String::new();
    for i in 0..60 {
        src.push_str(&" ".repeat(i));
        src.push_str("def f():\n");
    }
    src.push_str(&" ".repeat(60));
    src.push_str("return [y for y in (lambda: x)()]\n");
    assert!(compile_source(src.as_bytes(), "<test>", Mode::Exec).is_ok());
}
