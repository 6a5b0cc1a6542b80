//! Hostile inputs: deep nesting, huge literals and random bytes must give a result or a
//! `SyntaxError`, never a panic or a stack overflow. Tests run on the default 2 MiB test-thread
//! stack, which is smaller than the 8 MiB main thread the runtime parses on.

use ferrite_syntax::{parse_expression, parse_module};

fn must_fail(src: &str) {
    assert!(parse_module(src.as_bytes()).is_err(), "{}...", &src[..src.len().min(60)]);
}

fn must_pass(src: &str) {
    if let Err(e) = parse_module(src.as_bytes()) {
        panic!("{}...: {e}", &src[..src.len().min(60)]);
    }
}

#[test]
fn deep_brackets_are_an_error_not_an_overflow() {
    for open in ["(", "[", "{", "f(", "a[", "{1:", "(*", "[x for x in ", "lambda: (", "-(", "not ("] {
        must_fail(&format!("x = {}1", open.repeat(100_000)));
    }
    must_fail(&"(".repeat(100_000));
    must_fail(&")".repeat(1000));
    must_fail(&format!("x = f'{}'", "{f\"{".repeat(10_000)));
}

#[test]
fn deep_unary_and_right_recursion_are_errors() {
    for prefix in ["-", "+", "~", "not ", "await ", "lambda: ", "2**", "1 if x else ", "yield ", "*"] {
        must_fail(&format!("x = {}1", prefix.repeat(100_000)));
    }
    must_fail(&format!("def f():\n x = {}1", "yield ".repeat(100_000)));
}

#[test]
fn long_left_chains_are_bounded() {
    for op in ["+", "*", "|", "<", " and ", " or ", "."] {
        let src = format!("x = {}", vec!["a"; 100_000].join(op));
        let _ = parse_module(src.as_bytes());
    }
    must_fail(&format!("x = a{}", "()".repeat(100_000)));
    must_fail(&format!("x = a{}", "[0]".repeat(100_000)));
    must_fail(&format!("x = a{} +", "+a".repeat(100_000)));
    // Nested chains: each level is short, the whole tree is deep.
    let mut s = String::from("a");
    for _ in 0..150 {
        s = format!("({s}{})", "+a".repeat(60));
    }
    must_fail(&format!("x = {s}"));
    // Realistic sizes still parse.
    must_pass(&format!("x = {}", vec!["a"; 1000].join(" + ")));
    must_pass(&format!("x = a{}", ".b".repeat(500)));
    must_pass(&format!("x = {}", vec!["a"; 100_000].join(" < ")));
    must_pass(&format!("x = {}", vec!["a"; 100_000].join(" and ")));
    must_pass(&format!("x = [{}]", vec!["a.b + 1"; 20_000].join(", ")));
}

#[test]
fn deep_blocks_are_an_error() {
    let mut s = String::new();
    for i in 0..5000 {
        s.push_str(&" ".repeat(i));
        s.push_str("if x:\n");
    }
    s.push_str(&" ".repeat(5000));
    s.push_str("pass\n");
    must_fail(&s);
    let mut s = String::new();
    for i in 0..5000 {
        s.push_str(&" ".repeat(i));
        s.push_str("def f():\n");
    }
    must_fail(&s);
    must_fail(&"if x: ".repeat(100_000));
    // Long flat chains of elif are fine (they nest in the AST, but are built without recursion).
    let mut s = String::from("if a: pass\n");
    for _ in 0..5000 {
        s.push_str("elif b: pass\n");
    }
    must_pass(&s);
    must_pass(&"x = 1\n".repeat(50_000));
    must_pass(&format!("{}x", "@d\n".repeat(0)));
}

#[test]
fn huge_literals() {
    must_pass(&format!("x = {}", "9".repeat(100_000)));
    must_pass(&format!("x = 0x{}", "f".repeat(20_000)));
    must_pass(&format!("x = 0b{}", "1".repeat(20_000)));
    must_pass(&format!("x = {}.5e3", "1".repeat(100_000)));
    must_pass(&format!("x = '{}'", "a\\n".repeat(100_000)));
    must_pass(&format!("x = f'{}'", "{a}b".repeat(20_000)));
    must_pass(&format!("x = [{}]", "1, ".repeat(100_000)));
    must_pass(&format!("x = '''{}'''", "a\n".repeat(100_000)));
    must_pass(&format!("x = ({})", "'a'\n".repeat(10_000)));
    must_fail(&format!("x = '{}", "a".repeat(100_000)));
    must_fail(&format!("x = 1e{}", "_".repeat(1000)));
    must_fail(&format!("{}x", " ".repeat(100_000)));
    let e = parse_expression(format!("1e{}", "9".repeat(500)).as_bytes());
    assert!(e.is_ok());
}

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_bytes_never_panic() {
    const ALPHABET: &[u8] = b" \n\t()[]{}:;,.=+-*/%'\"\\#@!<>fbrx0123456789_aeijn";
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = (rng.next() % 200) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let _ = parse_module(&bytes);
        let _ = parse_expression(&bytes);
        // Mostly-ASCII punctuation, which reaches deeper into the parser.
        let ascii: Vec<u8> = (0..len).map(|_| ALPHABET[(rng.next() % ALPHABET.len() as u64) as usize]).collect();
        let _ = parse_module(&ascii);
    }
}

#[test]
fn random_token_soup_never_panics() {
    const VOCAB: &[&str] = &[
        "x",
        "y",
        "1",
        "2.5",
        "3j",
        "0x1f",
        "'s'",
        "b'b'",
        "f'{x}'",
        "f'{x!r:>{y}}'",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        ";",
        ".",
        "=",
        "==",
        "+=",
        "->",
        ":=",
        "*",
        "**",
        "/",
        "//",
        "-",
        "+",
        "~",
        "<",
        ">=",
        "!=",
        "@",
        "&",
        "|",
        "^",
        "<<",
        "...",
        "\n",
        "\n    ",
        "\n  ",
        "\\\n",
        "if",
        "elif",
        "else",
        "for",
        "in",
        "not",
        "is",
        "and",
        "or",
        "while",
        "def",
        "class",
        "return",
        "yield",
        "from",
        "import",
        "as",
        "try",
        "except",
        "finally",
        "with",
        "lambda",
        "async",
        "await",
        "del",
        "pass",
        "global",
        "nonlocal",
        "raise",
        "assert",
        "None",
        "True",
        "#c",
        "\t",
        "r'\\n'",
        "'''a\nb'''",
    ];
    let mut rng = XorShift(12345);
    for _ in 0..5000 {
        let n = (rng.next() % 40) as usize;
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(VOCAB[(rng.next() % VOCAB.len() as u64) as usize]);
            if !rng.next().is_multiple_of(3) {
                s.push(' ');
            }
        }
        let _ = parse_module(s.as_bytes());
        let _ = parse_expression(s.as_bytes());
    }
}
