//! The AST shape of tricky constructs, and errors for invalid programs.
#![expect(clippy::unwrap_used, reason = "tests may panic")]

mod common;

use common::{st, sx};
use ferrite_syntax::ast::{Constant, ExprKind, StmtKind};
use ferrite_syntax::{parse_expression, parse_module, SyntaxError, SyntaxErrorKind};

fn e(src: &str) -> String {
    match parse_expression(src.as_bytes()) {
        Ok(x) => sx(&x),
        Err(err) => panic!("{src:?}: {err}"),
    }
}

fn m(src: &str) -> String {
    match parse_module(src.as_bytes()) {
        Ok(x) => x.body.iter().map(st).collect::<Vec<_>>().join(" | "),
        Err(err) => panic!("{src:?}: {err}"),
    }
}

fn err(src: &str) -> SyntaxError {
    match parse_module(src.as_bytes()) {
        Ok(x) => panic!("{src:?} parsed: {x:?}"),
        Err(e) => e,
    }
}

fn err_msg(src: &str) -> String {
    err(src).msg
}

// ----- precedence -----

#[test]
fn arithmetic_precedence() {
    assert_eq!(e("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(e("1 - 2 - 3"), "(- (- 1 2) 3)");
    assert_eq!(e("a | b ^ c & d << e + f * g"), "(| a (^ b (& c (<< d (+ e (* f g))))))");
    assert_eq!(e("a * b | c"), "(| (* a b) c)");
    assert_eq!(e("a // b % c @ d / e"), "(/ (@ (% (// a b) c) d) e)");
    assert_eq!(e("a << b >> c"), "(>> (<< a b) c)");
}

#[test]
fn power_and_unary() {
    assert_eq!(e("-2**2"), "(neg (** 2 2))");
    assert_eq!(e("2**-1"), "(** 2 (neg 1))");
    assert_eq!(e("a**b**c"), "(** a (** b c))");
    assert_eq!(e("-a**-b**c"), "(neg (** a (neg (** b c))))");
    assert_eq!(e("~-+x"), "(inv (neg (pos x)))");
    assert_eq!(e("-x * y"), "(* (neg x) y)");
    assert_eq!(e("await x ** 2"), "(** (await x) 2)");
    assert_eq!(e("await f(x).y"), "(await (. (call f x) y))");
}

#[test]
fn boolean_and_comparison_precedence() {
    assert_eq!(e("not a == b"), "(not (cmp a == b))");
    assert_eq!(e("a or b and not c"), "(or a (and b (not c)))");
    assert_eq!(e("a and b and c or d"), "(or (and a b c) d)");
    assert_eq!(e("a < b <= c != d"), "(cmp a < b <= c != d)");
    assert_eq!(e("a not in b is not c in d is e"), "(cmp a not-in b is-not c in d is e)");
    assert_eq!(e("a | b < c"), "(cmp (| a b) < c)");
    assert_eq!(e("not not x"), "(not (not x))");
}

#[test]
fn conditional_lambda_walrus() {
    assert_eq!(e("a if b else c if d else e"), "(if b a (if d c e))");
    assert_eq!(e("a or b if c and d else e"), "(if (and c d) (or a b) e)");
    assert_eq!(e("lambda: 0"), "(lambda () 0)");
    assert_eq!(e("lambda x, y=1, *a, z, w=2, **k: x"), "(lambda (x y=1 *a z w=2 **k) x)");
    assert_eq!(e("lambda a, /, b, *, c: a"), "(lambda (a / b * c) a)");
    assert_eq!(e("lambda *, k: k"), "(lambda (* k) k)");
    assert_eq!(e("lambda x: lambda y: x if y else 0"), "(lambda (x) (lambda (y) (if y x 0)))");
    assert_eq!(e("(x := 1 + 2)"), "(:= x (+ 1 2))");
    assert_eq!(e("f(y := 3, z)"), "(call f (:= y 3) z)");
    assert_eq!(m("if (n := len(a)) > 10: pass"), "(if (cmp (:= n (call len a)) > 10) [pass] [])");
    assert_eq!(m("while chunk := read(): pass"), "(while (:= chunk (call read)) [pass] [])");
}

// ----- atoms, displays, trailers -----

#[test]
fn displays_and_comprehensions() {
    assert_eq!(e("()"), "(tuple )");
    assert_eq!(e("(1,)"), "(tuple 1)");
    assert_eq!(e("(1)"), "1");
    assert_eq!(e("1, 2,"), "(tuple 1 2)");
    assert_eq!(e("[1, *a, 2]"), "[1 *a 2]");
    assert_eq!(e("{}"), "{dict }");
    assert_eq!(e("{1: 2, **m, 3: 4,}"), "{dict 1:2 **m 3:4}");
    assert_eq!(e("{**a}"), "{dict **a}");
    assert_eq!(e("{1, *s}"), "{set 1 *s}");
    assert_eq!(
        e("[x * y for x in a if x if x > 1 for y in b]"),
        "(listcomp (* x y) (for x in a if x if (cmp x > 1)) (for y in b))"
    );
    assert_eq!(e("{k: v for k, v in d}"), "(dictcomp k:v (for (tuple k v) in d))");
    assert_eq!(e("{x for x in s}"), "(setcomp x (for x in s))");
    assert_eq!(e("(x async for x in a)"), "(genexp x (async-for x in a))");
}

#[test]
fn calls_and_arguments() {
    assert_eq!(e("f()"), "(call f)");
    assert_eq!(e("f(a, *b, c, k=1, *d, **e, z=2)"), "(call f a *b c *d k=1 **e z=2)");
    assert_eq!(e("f(x for x in y)"), "(call f (genexp x (for x in y)))");
    assert_eq!(e("f(a,)"), "(call f a)");
    assert_eq!(e("a.b(c)[d].e"), "(. ([] (call (. a b) c) d) e)");
    assert_eq!(e("f(a)(b)"), "(call (call f a) b)");
}

#[test]
fn subscripts_and_slices() {
    assert_eq!(e("a[1]"), "([] a 1)");
    assert_eq!(e("a[1:2]"), "([] a (slice 1 2 _))");
    assert_eq!(e("a[::2]"), "([] a (slice _ _ 2))");
    assert_eq!(e("a[:]"), "([] a (slice _ _ _))");
    assert_eq!(e("a[1:]"), "([] a (slice 1 _ _))");
    assert_eq!(e("a[:-1:]"), "([] a (slice _ (neg 1) _))");
    assert_eq!(e("a[1:2, ::3, 4]"), "([] a (tuple (slice 1 2 _) (slice _ _ 3) 4))");
    assert_eq!(e("a[1,]"), "([] a (tuple 1))");
    assert_eq!(e("a[b, c]"), "([] a (tuple b c))");
    assert_eq!(e("a[...]"), "([] a ...)");
    assert_eq!(e("a[*b]"), "([] a (tuple *b))");
}

#[test]
fn yield_and_await() {
    assert_eq!(
        m("def g():\n x = yield\n y = yield 1, 2\n yield from z\n z = (yield)"),
        "(def g () [(= x (yield _)) (= y (yield (tuple 1 2))) (yield-from z) (= z (yield _))])"
    );
    assert_eq!(
        m("def g():\n f((yield x))\n x += yield\n return (yield)"),
        "(def g () [(call f (yield x)) (+= x (yield _)) (return (yield _))])"
    );
    assert_eq!(
        m("async def f():\n await x\n async for a in b: pass\n async with c as d, e: pass"),
        "(async-def f () [(await x) (async-for a b [pass] []) (async-with c as d, e [pass])])"
    );
    assert_eq!(
        m("async def f(): return [x async for x in y]"),
        "(async-def f () [(return (listcomp x (async-for x in y)))])"
    );
}

// ----- literals -----

#[test]
fn numbers() {
    assert_eq!(e("0"), "0");
    assert_eq!(e("00"), "0");
    assert_eq!(e("1_000_000"), "1000000");
    assert_eq!(e("0xff"), "255");
    assert_eq!(e("0XFF_FF"), "65535");
    assert_eq!(e("0o17"), "15");
    assert_eq!(e("0b1010"), "10");
    assert_eq!(e("0x_1"), "1");
    assert_eq!(e("9223372036854775807"), "9223372036854775807");
    assert_eq!(e("9223372036854775808"), "big:9223372036854775808");
    assert_eq!(e("0x10000000000000000"), "big:18446744073709551616");
    assert_eq!(e("0b1" /* small */), "1");
    assert_eq!(
        e("0xffffffffffffffffffffffffffffffffffffffff"),
        "big:1461501637330902918203684832716283019655932542975"
    );
    assert_eq!(e("0b1_0000000000000000000000000000000000000000000000000000000000000000"), "big:18446744073709551616");
    assert_eq!(e("0o1_000000000000000000000000"), "big:4722366482869645213696");
    assert_eq!(e("0o7777777777777777777777"), "big:73786976294838206463");
    assert_eq!(e("123456789012345678901234567890"), "big:123456789012345678901234567890");
    assert_eq!(e("1.5"), "1.5f");
    assert_eq!(e("1."), "1.0f");
    assert_eq!(e(".5"), "0.5f");
    assert_eq!(e("1e3"), "1000.0f");
    assert_eq!(e("1E-3"), "0.001f");
    assert_eq!(e("1_000.5"), "1000.5f");
    assert_eq!(e("1e1_0"), "10000000000.0f");
    assert_eq!(e("2j"), "2.0j");
    assert_eq!(e("1.5J"), "1.5j");
    assert_eq!(e("1e400"), "inf f".replace(' ', ""));
    assert_eq!(e("1 if x else 2"), "(if x 1 2)");
    assert_eq!(e("-1"), "(neg 1)");
    assert_eq!(e("1 .real"), "(. 1 real)");
}

#[test]
fn strings_and_escapes() {
    assert_eq!(e(r#"'a\nb\t\\\'\"'"#), r#""a\nb\t\\'\"""#);
    assert_eq!(e(r"'\x41\u00e9\U0001F600\101\0\7'"), "\"Aé😀A\\0\\u{7}\"");
    assert_eq!(e(r"'\a\b\f\v'"), r#""\u{7}\u{8}\u{c}\u{b}""#);
    assert_eq!(e(r"'\q'"), r#""\\q""#);
    assert_eq!(e("'a\\\nb'"), r#""ab""#);
    assert_eq!(e(r"r'\n\''"), r#""\\n\\'""#);
    assert_eq!(e(r"R'\d'"), r#""\\d""#);
    assert_eq!(e("u'x'"), r#""x""#);
    assert_eq!(e(r"b'\x00\xff\n\u1234a'"), r#"b"\x00\xff\n\\u1234a""#);
    assert_eq!(e(r"rb'\n'"), r#"b"\\n""#);
    assert_eq!(e(r"Br'\n'"), r#"b"\\n""#);
    assert_eq!(e("'''a\n'b'\"\"c'''"), r#""a\n'b'\"\"c""#);
    assert_eq!(e("\"\"\"x\"\"\""), r#""x""#);
    assert_eq!(e("'a' 'b' \"c\""), r#""abc""#);
    assert_eq!(e("b'a' b'b'"), r#"b"ab""#);
    assert_eq!(e("('a'\n 'b')"), r#""ab""#);
    assert_eq!(e("'é'"), r#""é""#);
    assert_eq!(e("''"), r#""""#);
}

#[test]
fn fstrings() {
    assert_eq!(e("f'a{x}b'"), r#"(f "a" {x} "b")"#);
    assert_eq!(e("f'{x!r:>{width}.3}'"), r#"(f {x!r:">" {width} ".3"})"#);
    assert_eq!(e("f'{x!s}{y!a}'"), "(f {x!s} {y!a})");
    assert_eq!(e("f'{{}}{{x}}'"), r#"(f "{}{x}")"#);
    assert_eq!(e(r#"f"{d['k']}""#), r#"(f {([] d "k")})"#);
    assert_eq!(e("f'{x=}'"), r#"(f {x ="x="})"#);
    assert_eq!(e("f'{x + 1 = !r:5}'"), r#"(f {(+ x 1)!r:"5" ="x + 1 = "})"#);
    assert_eq!(e("f'{a == b}{a != b}{a <= b}'"), "(f {(cmp a == b)} {(cmp a != b)} {(cmp a <= b)})");
    assert_eq!(e("f'{x:{{}}}'"), "(f {x:{{dict }}})");
    assert_eq!(e("'a' f'b{c}' 'd'"), r#"(f "ab" {c} "d")"#);
    assert_eq!(e("f'\\n{x}\\t'"), r#"(f "\n" {x} "\t")"#);
    assert_eq!(e("rf'\\n{x}'"), r#"(f "\\n" {x})"#);
    assert_eq!(e("F'{ x }'"), "(f {x})");
    assert_eq!(e("f'{a, b}'"), "(f {(tuple a b)})");
    assert_eq!(e("f'{(lambda: 1)()}'"), "(f {(call (lambda () 1))})");
    assert_eq!(e("f'''{\nx\n}'''"), "(f {x})");
    assert_eq!(e(r#"f'{f"{x}"}'"#), "(f {(f {x})})");
    assert_eq!(e("f''"), "(f )");
    assert_eq!(e("f'{x:%H:%M}'"), r#"(f {x:"%H:%M"})"#);
}

#[test]
fn implicit_concatenation_mixing_is_an_error() {
    assert!(parse_expression(b"'a' b'b'").is_err());
    assert!(parse_expression(b"b'a' 'b'").is_err());
    assert!(parse_expression(b"b'a' f'b'").is_err());
}

// ----- statements -----

#[test]
fn assignments() {
    assert_eq!(m("a = b = 1"), "(= a b 1)");
    assert_eq!(m("a, *b = c"), "(= (tuple a *b) c)");
    assert_eq!(m("[a, (b, c)] = x, y"), "(= [a (tuple b c)] (tuple x y))");
    assert_eq!(m("a.b[c] = d"), "(= ([] (. a b) c) d)");
    assert_eq!(
        m("x += 1; y //= 2; z **= 3; w @= 4; v >>= 5; u <<= 6"),
        "(+= x 1) | (//= y 2) | (**= z 3) | (@= w 4) | (>>= v 5) | (<<= u 6)"
    );
    assert_eq!(m("x: int"), "(ann x int _)");
    assert_eq!(m("x.y: List[int] = []"), "(ann (. x y) ([] List int) [])");
    assert_eq!(m("x = *a, *b"), "(= x (tuple *a *b))");
    assert_eq!(m("for x, in y: pass"), "(for (tuple x) y [pass] [])");
}

#[test]
fn simple_statements() {
    assert_eq!(m("pass; break; continue"), "pass | break | continue");
    assert_eq!(m("del a, b[0], c.d"), "(del a ([] b 0) (. c d))");
    assert_eq!(m("del (a, b), [c]"), "(del (tuple a b) [c])");
    assert_eq!(m("global a, b\nnonlocal c"), "(global a b) | (nonlocal c)");
    assert_eq!(m("assert x, 'msg'"), r#"(assert x "msg")"#);
    assert_eq!(m("raise\nraise E\nraise E from c"), "(raise _ _) | (raise E _) | (raise E c)");
    assert_eq!(m("return"), "(return _)");
    assert_eq!(m("return 1, *a"), "(return (tuple 1 *a))");
}

#[test]
fn imports() {
    assert_eq!(m("import a.b.c as d, e"), "(import a.b.c as d, e)");
    assert_eq!(m("from . import x"), "(from . import x)");
    assert_eq!(m("from ...a.b import (c as d, e,)"), "(from ...a.b import c as d, e)");
    assert_eq!(m("from .... import x"), "(from .... import x)");
    assert_eq!(m("from m import *"), "(from m import *)");
}

#[test]
fn compound_statements() {
    assert_eq!(m("if a: b\nelif c: d\nelif e: f\nelse: g"), "(if a [b] [(if c [d] [(if e [f] [g])])])");
    assert_eq!(m("while x:\n  pass\nelse:\n  y"), "(while x [pass] [y])");
    assert_eq!(m("for i in 1, 2: pass\nelse: x"), "(for i (tuple 1 2) [pass] [x])");
    assert_eq!(
        m("try:\n a\nexcept E as e:\n b\nexcept (A, B):\n c\nexcept:\n d\nelse:\n e\nfinally:\n f"),
        "(try [a] (except E e [b]) (except (tuple A B) _ [c]) (except _ _ [d]) [e] [f])"
    );
    assert_eq!(m("try: a\nfinally: b"), "(try [a]  [] [b])");
    assert_eq!(m("with a as b, c as (d, e): pass"), "(with a as b, c as (tuple d e) [pass])");
    assert_eq!(m("with (a as b, c,): pass"), "(with a as b, c [pass])");
    assert_eq!(m("with (a, b) as c: pass"), "(with (tuple a b) as c [pass])");
    assert_eq!(m("with (a): pass"), "(with a [pass])");
    assert_eq!(m("with (yield): pass"), "(with (yield _) [pass])");
    assert_eq!(m("if x: a; b\nc"), "(if x [a b] []) | c");
}

#[test]
fn definitions() {
    assert_eq!(
        m("@d1\n@d2.x(1)\ndef f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> None:\n  pass"),
        "(@d1 @(call (. d2 x) 1) def f (a b:int=1 / c=2 *args:str d e=3 **kw) -> None [pass])"
    );
    assert_eq!(m("def f(*, a): pass"), "(def f (* a) [pass])");
    assert_eq!(m("def f(a,): pass"), "(def f (a) [pass])");
    assert_eq!(m("@dec\nasync def f(): pass"), "(@dec async-def f () [pass])");
    assert_eq!(m("class A: pass"), "(class A () [pass])");
    assert_eq!(m("class A(B, *c, metaclass=M, **k): x = 1"), "(class A (B *c metaclass=M **k) [(= x 1)])");
    assert_eq!(m("@a[0]\nclass C(): pass"), "(@([] a 0) class C () [pass])");
}

#[test]
fn layout() {
    assert_eq!(m("x = (1,\n 2)\ny = [\n3]\n"), "(= x (tuple 1 2)) | (= y [3])");
    assert_eq!(m("x = 1 + \\\n  2"), "(= x (+ 1 2))");
    assert_eq!(m("# c\n\n  # indented comment\nx = 1  # trailing\n"), "(= x 1)");
    assert_eq!(m("if a:\n\tb\n\tif c:\n\t\td\n        e"), "(if a [b (if c [d] []) e] [])");
    assert_eq!(m("if a:\r\n  b\r\nc\r\n"), "(if a [b] []) | c");
    assert_eq!(m("if a:\n  b"), "(if a [b] [])");
    assert_eq!(m("x = '''a\r\nb'''"), r#"(= x "a\nb")"#);
    assert_eq!(m(""), "");
    assert_eq!(m("\n\n   \n"), "");
    assert_eq!(m("\u{feff}x"), "x");
    assert_eq!(m("if a:\n  if b:\n    c\nd"), "(if a [(if b [c] [])] []) | d");
    assert_eq!(m("def f():\n  '''doc'''\n  return 1"), r#"(def f () ["doc" (return 1)])"#);
}

#[test]
fn line_numbers() {
    let src = "x = 1\n\ndef f(a,\n      b):\n    return (a +\n        b)\n@dec\nclass C:\n  '''doc\n  '''\n  y = 2\nz = [1,\n 2]\n";
    let module = parse_module(src.as_bytes()).unwrap();
    let lines: Vec<u32> = module.body.iter().map(|s| s.line).collect();
    assert_eq!(lines, vec![1, 3, 8, 12]);
    let StmtKind::FunctionDef(f) = &module.body[1].kind else { panic!() };
    assert_eq!(f.body[0].line, 5);
    let StmtKind::Return(Some(ret)) = &f.body[0].kind else { panic!() };
    assert_eq!(ret.line, 5);
    let ExprKind::BinOp { right, .. } = &ret.kind else { panic!() };
    assert_eq!(right.line, 6);
    let StmtKind::ClassDef(c) = &module.body[2].kind else { panic!() };
    assert_eq!((c.line, c.body[0].line, c.body[1].line), (8, 9, 11));
    let m2 = parse_module(b"if a:\n  pass\nelif b:\n  pass\nelse:\n  pass\ntry:\n  pass\nexcept E:\n  pass\n").unwrap();
    let StmtKind::If { orelse, .. } = &m2.body[0].kind else { panic!() };
    assert_eq!(orelse[0].line, 3);
    let StmtKind::Try { handlers, .. } = &m2.body[1].kind else { panic!() };
    assert_eq!(handlers[0].line, 9);
    let fs = parse_module(b"x = 1\ny = f'''\n{a}\n{b}'''").unwrap();
    let StmtKind::Assign { value, .. } = &fs.body[1].kind else { panic!() };
    let ExprKind::FString(parts) = &value.kind else { panic!() };
    let lines: Vec<u32> = parts
        .iter()
        .filter_map(|p| match p {
            ferrite_syntax::ast::FStringPart::Value { expr, .. } => Some(expr.line),
            _ => None,
        })
        .collect();
    assert_eq!(lines, vec![3, 4]);
    let ex = parse_expression(b"\n\n  x + 1\n").unwrap();
    assert_eq!(ex.line, 3);
}

#[test]
fn constants_are_decoded() {
    let x = parse_expression(b"None").unwrap();
    assert_eq!(x.kind, ExprKind::Constant(Constant::None));
    let x = parse_expression(b"  (True, False, ...)  \n\n").unwrap();
    assert_eq!(sx(&x), "(tuple True False ...)");
}

// ----- errors -----

#[test]
fn invalid_syntax_errors() {
    for src in [
        "x = ",
        "(",
        ")",
        "[1, 2",
        "{1: }",
        "a b",
        "1 +",
        "if x",
        "if x:",
        "def f(:",
        "f(**a, b)",
        "lambda x",
        "x = yield = 1 +",
        "a[]",
        "a.1",
        "del",
        "import",
        "from import x",
        "from . import",
        "from x import (a",
        "for x in : pass",
        "class",
        "@d\nx = 1",
        "x := 1",
        "else: pass",
        "try:\n pass\n",
        "try:\n pass\nelse:\n pass",
        "def f(*): pass",
        "def f(**k, a): pass",
        "def f(a, /, /): pass",
        "def f(/): pass",
        "def f(*a, *b): pass",
        "print 'x'",
        "x = 1 2",
        "f(x for x in y, 1)",
        "f(1, x for x in y)",
        "[x for x in a if b else c]",
        "a if b",
        "not",
        "x.",
        "x = $",
        "x = a ? b : c",
        "`x`",
        "return return",
        "async x",
        "await",
        "(*a)",
        "{*a: 1}",
        "yield x = 1",
        "x = [*]",
        "with: pass",
        "while True pass",
        "f(a=1, b)",
        "def f(a=1, b): pass",
        "lambda a=1, b: 0",
        "f'{'",
        "f'}'",
        "f'{}'",
        "f'{x!z}'",
        "f'{x'",
        "f'{#}'",
        "f'{a)}'",
        "0x",
        "0b2",
        "0o8",
        "1__0",
        "1_",
        "012",
        "0x_",
        "1e",
        "'abc",
        "'''abc",
        "\"abc\ndef\"",
        "'\\x4'",
        "'\\u12'",
        "b'\\x'",
        "b'é'",
        "x = \\ 1",
        "x = 1\\",
        "if x:\npass",
        "def f():\nreturn",
        "except: pass",
        "finally: pass",
        "x = (1,\n",
        "try:\n a\nexcept:\n b\nexcept E:\n c",
        "a, b += 1",
        "import a.",
        "from .a import b.c",
        "nonlocal",
        "global 1",
        "x: int, y: int = 1, 2",
        "a = b = ",
        "f(**)",
        "f(*)",
        "\\",
    ] {
        let r = parse_module(src.as_bytes());
        assert!(r.is_err(), "{src:?} should not parse: {r:?}");
    }
}

#[test]
fn assignment_target_errors() {
    assert_eq!(err_msg("1 = x"), "can't assign to literal");
    assert_eq!(err_msg("f() = x"), "can't assign to expression");
    assert_eq!(err_msg("a + b = c"), "can't assign to expression");
    assert_eq!(err_msg("(a, 1) = x"), "can't assign to literal");
    assert_eq!(err_msg("x = f() = 1"), "can't assign to expression");
    assert_eq!(err_msg("f() += 1"), "can't assign to expression");
    assert_eq!(err_msg("[a, b] += 1"), "can't assign to expression");
    assert_eq!(err_msg("for f() in x: pass"), "can't assign to expression");
    assert_eq!(err_msg("with a as f(): pass"), "can't assign to expression");
    assert_eq!(err_msg("[x for 1 in y]"), "can't assign to literal");
    assert_eq!(err_msg("del f()"), "can't delete expression");
    assert_eq!(err_msg("del a + 1"), "can't delete expression");
    assert_eq!(err_msg("*a, *b = c"), "multiple *x in assignment");
    assert_eq!(err_msg("lambda: 1 = x"), "can't assign to expression");
    assert_eq!(err_msg("f(a=1, b)"), "positional argument follows keyword argument");
    assert_eq!(err_msg("def f(a=1, b): pass"), "non-default argument follows default argument");
    assert_eq!(err_msg("'a' b'b'"), "cannot mix bytes and nonbytes literals");
}

#[test]
fn indentation_errors() {
    let e1 = err(" x = 1");
    assert_eq!((e1.kind, e1.msg.as_str()), (SyntaxErrorKind::IndentationError, "unexpected indent"));
    let e2 = err("if x:\n    a\n  b");
    assert_eq!(e2.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(e2.msg, "unindent doesn't match any outer indent level");
    assert_eq!(e2.line, 3);
    let e3 = err("if x:\ny");
    assert_eq!((e3.kind, e3.msg.as_str()), (SyntaxErrorKind::IndentationError, "expected an indented block"));
    assert_eq!(e3.line, 2);
    let e4 = err("x = 1\n    y = 2\n");
    assert_eq!((e4.kind, e4.line), (SyntaxErrorKind::IndentationError, 2));
    let e5 = err("def f():\n# c\n\n");
    assert_eq!(e5.kind, SyntaxErrorKind::IndentationError);
}

#[test]
fn error_lines_and_order() {
    assert_eq!(err("x = 1\ny = (\nz = 3 +\n").line, 3);
    // The parse error on line 2 comes before the tokenizer error on line 3.
    let e = err("x = 1\ny = = 2\nz = 'unterminated\n");
    assert_eq!((e.line, e.msg.as_str()), (2, "invalid syntax"));
    let e = err("x = 1\ny = 'unterminated\n");
    assert_eq!(e.line, 2);
    assert_eq!(err("x = 1\n\ny = 2 3").line, 3);
}

#[test]
fn invalid_utf8_is_an_error() {
    assert!(parse_module(b"x = '\xff'").is_err());
    assert!(parse_module(b"\xc3").is_err());
    assert!(parse_expression(b"'\xe2\x82'").is_err());
    assert_eq!(parse_module(b"x = 1\ny = '\xff'").unwrap_err().line, 2);
}

#[test]
fn parse_expression_rejects_statements() {
    for src in ["x = 1", "1\n2", "pass", "import x", "", "  ", "1;", "if x: y"] {
        assert!(parse_expression(src.as_bytes()).is_err(), "{src:?}");
    }
    assert_eq!(e("  1 + 2  \n\n"), "(+ 1 2)");
    assert_eq!(e("\t\n x"), "x");
}
