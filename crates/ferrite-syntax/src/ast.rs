//! The abstract syntax tree that the parser produces and the compiler consumes.
//!
//! It mirrors CPython's `ast` module closely (same node names and shapes) so that anyone who knows
//! Python's grammar can read it, with two simplifications: every node carries only its line number
//! (tracebacks in MicroPython name lines, not columns), and constants are already decoded (escapes
//! resolved, numbers parsed). Children are boxed or in vectors, never borrowed, so the tree can be
//! moved freely between passes.

/// A source line, 1-based. Line 0 means "unknown" and is only used for synthesised nodes.
pub type Line = u32;

/// A whole source file (or a `-c` string, or one REPL entry).
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub line: Line,
    pub kind: StmtKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect (including docstrings: a string constant here).
    Expr(Expr),
    /// `a = b = value`: `targets` holds `[a, b]` in source order.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`. The annotation is parsed and then ignored by the compiler.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    /// `del a, b[0], c.d`.
    Delete(Vec<Expr>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b.c as d, e`.
    Import(Vec<Alias>),
    /// `from ..mod import a as b, c` / `from . import x` / `from m import *` (one alias named `*`).
    /// `module` is `None` for `from . import x`; `level` counts the leading dots.
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub line: Line,
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    /// The `as` name.
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    /// Dotted name for `import`, a plain name (or `*`) for `from ... import`.
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub line: Line,
    pub name: String,
    pub params: Parameters,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub line: Line,
    pub name: String,
    pub bases: Vec<Expr>,
    /// `metaclass=...` and other class keywords.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A function's (or lambda's) parameter list, as `def f(a, /, b=1, *args, c, d=2, **kw)`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parameters {
    /// Before `/`.
    pub posonly: Vec<Param>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    /// After `*` or `*args`.
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub default: Option<Expr>,
    pub annotation: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// `None` for `**mapping` in a call.
    pub arg: Option<String>,
    pub value: Expr,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub line: Line,
    pub kind: ExprKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Name(String),
    Constant(Constant),
    /// An f-string: literal pieces and formatted values in order. Adjacent string literals that
    /// include an f-string are merged into one `FString`.
    FString(Vec<FStringPart>),
    /// `a and b and c` / `a or b`: two or more values.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a < b <= c`: `ops.len() == comparators.len() >= 1`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// Positional arguments may include `Starred` (for `*args`); keywords with `arg: None` are `**kw`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    /// `value[index]`; `a[1:2]` has a `Slice` index, `a[1:2, 3]` a `Tuple` holding a `Slice`.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `*x` in a call, a display, or an assignment target.
    Starred(Box<Expr>),
    /// Only as (part of) a subscript index.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `{k: v, **m}`: a `None` key marks a `**m` entry whose mapping is in `values`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Lambda {
        params: Box<Parameters>,
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `target := value`.
    NamedExpr {
        target: String,
        value: Box<Expr>,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Value {
        expr: Box<Expr>,
        /// `!r`, `!s` or `!a`.
        conversion: Option<char>,
        /// The part after `:`, itself possibly containing nested `{...}` fields.
        format_spec: Option<Vec<FStringPart>>,
        /// The source text of the expression followed by `=` for the `f"{x=}"` form, else `None`.
        debug_text: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An integer literal too large for `i64`, as decimal digits (with no sign, underscores removed).
    BigInt(String),
    Float(f64),
    /// The imaginary part of a literal such as `2j`.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `not x`
    Not,
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `~x`
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl Expr {
    pub fn new(line: Line, kind: ExprKind) -> Self {
        Expr { line, kind }
    }
}

impl Stmt {
    pub fn new(line: Line, kind: StmtKind) -> Self {
        Stmt { line, kind }
    }
}
