//! The bytecode: the contract between the compiler and the VM's interpreter loop.
//!
//! An instruction is one `Op` value (8 bytes: a tag and up to two small operands resolved at compile
//! time), so dispatch is a single `match` with no operand decoding. Jump targets are absolute
//! instruction indices. Stack effects are written `[before] -> [after]`, top of stack on the right.
//!
//! Frame layout: a frame has `Code::nlocals` slots. Slots `0..argcount` hold the parameters in
//! order (positional-only, positional, keyword-only, then `*args`, then `**kwargs` when present).
//! A slot listed in `Code::cell_slots` is wrapped in a fresh cell when the frame starts (keeping the
//! parameter value, if it is one); slots `free_start..free_start+nfree` receive the function's
//! closure cells. `LoadDeref`/`StoreDeref` go through the cell held in a slot.
//!
//! Exception handling uses a block stack per frame: `SetupExcept`/`SetupFinally`/`SetupWith` push a
//! block recording the handler address and the operand-stack depth; `PopBlock` removes it. When an
//! exception is raised, the VM pops the innermost block, truncates the operand stack to the block's
//! depth, pushes the exception instance, marks it as "being handled" (the exception that a bare
//! `raise` re-raises and that becomes `__context__` of new exceptions) and jumps to the handler.
//! `PopExcept` ends handling. `finally` bodies are compiled twice: once inline on the normal path
//! (and before each `return`/`break`/`continue` that leaves the `try`), once as the handler.

use std::rc::Rc;

pub use ferrite_syntax::ast::{BinOp, CmpOp, UnaryOp};

/// Index into `Code::consts`.
pub type ConstIdx = u32;
/// Index into `Code::names` (attribute, global and module names).
pub type NameIdx = u32;
/// A local slot number.
pub type Slot = u32;
/// An absolute instruction index within the same `Code`.
pub type Target = u32;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    Nop,

    // ---- stack manipulation
    /// `[a] -> []`
    Pop,
    /// `[a] -> [a, a]`
    Dup,
    /// `[a, b] -> [a, b, a, b]`
    Dup2,
    /// `[a, b] -> [b, a]`
    Rot2,
    /// `[a, b, c] -> [c, a, b]` (top moves down two)
    Rot3,
    /// `[a, b, c, d] -> [d, a, b, c]`
    Rot4,

    // ---- constants and variables
    /// `[] -> [consts[i]]`
    LoadConst(ConstIdx),
    /// `[] -> [local]`; raises `NameError: local variable referenced before assignment` if unbound.
    LoadFast(Slot),
    /// `[v] -> []`
    StoreFast(Slot),
    /// Unbinds the slot; raises if already unbound.
    DeleteFast(Slot),
    // ---- pairs fused by `fuse::fuse_pairs` after the code is laid out. Each does its first
    // op; when the op after it is the second op of the pair (always left in place, so jumps
    // to it still work) and its fast case applies, it does that too and skips it.
    /// `LoadFast(a)`, then `LoadFast(b)` at the next index.
    LoadFastLoadFast(u16, u16),
    /// `LoadFast(a)`, then `LoadConst(c)` at the next index.
    LoadFastLoadConst(u16, u16),
    /// `StoreFast(a)`, then `LoadFast(b)` at the next index.
    StoreFastLoadFast(u16, u16),
    /// `LoadConst(c)`, then a `BinaryOp` at the next index on ints or floats.
    LoadConstBinaryOp(u16),
    /// `[] -> [cell contents]` where the slot holds a cell.
    LoadDeref(Slot),
    /// `[v] -> []` into the cell held in the slot.
    StoreDeref(Slot),
    DeleteDeref(Slot),
    /// `[] -> [cell]`: the cell object itself, to build a closure tuple.
    LoadClosure(Slot),
    /// Globals, then builtins. `NameError: name 'x' isn't defined`.
    LoadGlobal(NameIdx),
    StoreGlobal(NameIdx),
    DeleteGlobal(NameIdx),
    /// For class bodies (and `exec`-style code): the frame's locals mapping, then globals, then builtins.
    LoadName(NameIdx),
    StoreName(NameIdx),
    DeleteName(NameIdx),

    // ---- attributes and items
    /// `[obj] -> [obj.name]`
    LoadAttr(NameIdx),
    /// `[v, obj] -> []` does `obj.name = v`
    StoreAttr(NameIdx),
    /// `[obj] -> []`
    DeleteAttr(NameIdx),
    /// `[obj] -> [callable, self_or_unbound]`: pairs with `CallMethod`. When `obj.name` is a plain
    /// function found on the class, pushes the function and `obj` (no bound-method allocation);
    /// otherwise pushes the attribute and an "unbound" marker.
    LoadMethod(NameIdx),
    /// `[container, index] -> [container[index]]`
    BinarySubscr,
    /// `[v, container, index] -> []` does `container[index] = v`
    StoreSubscr,
    /// `[container, index] -> []`
    DeleteSubscr,

    // ---- operators
    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a, b] -> [a op= b]`: tries `__iop__` first, then falls back to `BinaryOp`.
    InplaceOp(BinOp),
    /// `[a] -> [op a]`
    Unary(UnaryOp),
    /// `[a, b] -> [a cmp b]` (for `In`/`NotIn`, `b` is the container).
    Compare(CmpOp),
    /// `[exc, type] -> [exc, bool]`: does `exc` match the class or tuple of classes `type`?
    /// Raises TypeError if `type` is not an exception class or tuple of them.
    CheckExcMatch,

    // ---- building containers
    /// `[x1..xn] -> [(x1..xn)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k1, v1, .. kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[lower, upper] -> [slice]` for 2, `[lower, upper, step] -> [slice]` for 3 (missing parts are None).
    BuildSlice(u32),
    /// `[s1..sn] -> [s1 + .. + sn]`: concatenates n strings (f-strings).
    BuildString(u32),
    /// `[value] -> [str]` or, with `has_spec`, `[value, spec] -> [str]`: `format(conv(value), spec)`
    /// where conv is `0` none, `1` str (`!s`), `2` repr (`!r`), `3` ascii (`!a`).
    FormatValue {
        conv: u8,
        has_spec: bool,
    },
    /// `[list, ...depth-1 more..., v] -> [list, ...]`: `list.append(v)`, where `list` is `depth`
    /// entries below `v` (depth 1 = directly below). Used by comprehensions.
    ListAppend(u32),
    /// As `ListAppend`, for sets.
    SetAdd(u32),
    /// `[dict, ..., k, v] -> [dict, ...]`: `dict[k] = v`, `dict` being `depth` entries below `k`.
    MapAdd(u32),
    /// `[list, iterable] -> [list]`: `list.extend(iterable)` (star displays and `*args` calls).
    ListExtend,
    /// `[set, iterable] -> [set]`
    SetUpdate,
    /// `[dict, mapping] -> [dict]`: `dict.update(mapping)`, for `{**m}` displays.
    DictUpdate,
    /// `[dict, mapping] -> [dict]`: like `DictUpdate` but a repeated key is a TypeError
    /// (`**kwargs` in calls).
    DictMerge,
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[seq] -> [x_n .. x_1]`: unpacks exactly n items, first item on top.
    /// `ValueError: need more than K values to unpack` / `too many values to unpack (expected N)`.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: `[seq] -> [c.., b_list, a..]` with `before` items before the star and
    /// `after` after it; the first item ends on top, as for `UnpackSequence`.
    UnpackEx {
        before: u16,
        after: u16,
    },

    // ---- control flow
    Jump(Target),
    /// `[cond] -> []`
    PopJumpIfFalse(Target),
    PopJumpIfTrue(Target),
    /// `[cond] -> [cond]` and jump if false; else `[cond] -> []` (for `and`).
    JumpIfFalseOrPop(Target),
    /// As above, jumping if true (for `or`).
    JumpIfTrueOrPop(Target),
    /// `[obj] -> [iter(obj)]`
    GetIter,
    /// `[iter] -> [iter, next]`, or when exhausted `[iter] -> []` and jump to target.
    ForIter(Target),

    // ---- calls and functions
    /// `[f, a1..an] -> [f(a1..an)]`
    Call(u32),
    /// `[f, a1..an, names] -> [result]` where `names` is a constant tuple of the last
    /// `names.len()` arguments' keyword names.
    CallKw(u32),
    /// `[f, args_tuple] -> [result]`, or with `has_kwargs` `[f, args_tuple, kwargs_dict] -> [result]`.
    CallEx {
        has_kwargs: bool,
    },
    /// `[callable, self_or_unbound, a1..an] -> [result]`: pairs with `LoadMethod`.
    CallMethod(u32),
    /// `[callable, self_or_unbound, a1..an, names] -> [result]`
    CallMethodKw(u32),
    /// Builds a function from the code object on top of the stack. Depending on `flags`, it takes
    /// more items below the code, pushed in this order: defaults tuple (`MAKE_FN_DEFAULTS`),
    /// keyword-only defaults dict (`MAKE_FN_KWDEFAULTS`), closure tuple of cells (`MAKE_FN_CLOSURE`).
    /// `[defaults?, kwdefaults?, closure?, code] -> [function]`. The function's `__module__` and
    /// globals are the current frame's.
    MakeFunction(u8),
    /// `[] -> [__build_class__]`: then the compiler calls it as `__build_class__(body_fn, name, *bases, **kw)`.
    /// The body function runs with a fresh locals dict (LoadName/StoreName) and returns it.
    LoadBuildClass,
    /// `[v] -> (returns v to the caller)`
    Return,

    // ---- generators and coroutines
    /// `[v] -> [sent]`: suspends the generator, yielding `v`; resumes with the sent value pushed.
    YieldValue,
    /// `[iter, v] -> [iter, v]` while delegating, `[result]` when done: sends `v` into `iter`
    /// (`next` when `v` is None and `iter` is not a generator), yields what it yields and
    /// re-executes on resume with the newly sent value replacing `v`; when it returns, pops both
    /// and pushes the return value. `throw`/`close` are forwarded to `iter`.
    YieldFrom,
    /// `[obj] -> [iter]`: `iter(obj)` unless `obj` is a generator/coroutine.
    GetYieldFromIter,
    /// `[obj] -> [awaitable_iter]`: for `await`: `obj` itself if a coroutine/generator, else
    /// `obj.__await__()` (MicroPython also accepts `__iter__`).
    GetAwaitable,
    /// `[obj] -> [obj.__aiter__()]`
    GetAiter,
    /// `[aiter] -> [aiter, awaitable]`: `aiter.__anext__()` made awaitable (the caller then emits
    /// `GetAwaitable; LoadConst None; YieldFrom`). End of iteration is a StopAsyncIteration raised
    /// from the await, which the compiler catches with `SetupExcept`.
    GetAnext,

    // ---- exceptions and blocks
    /// Pushes an exception-handler block. On exception: `[...depth] -> [...depth, exc]` at target.
    SetupExcept(Target),
    /// Same mechanics as `SetupExcept`; distinct for readability of disassembly and for the
    /// compiler's bookkeeping of `finally`.
    SetupFinally(Target),
    /// `[mgr] -> [exit, enter_result]`: looks up `mgr.__exit__` (bound) and calls `mgr.__enter__()`.
    BeforeWith,
    /// `[mgr] -> [aexit, awaitable]`: `mgr.__aexit__` (bound) and the result of `mgr.__aenter__()`;
    /// the compiler then awaits the top (`GetAwaitable; LoadConst None; YieldFrom`).
    BeforeAsyncWith,
    /// `[exit, r] -> [exit, r]`: pushes a handler block whose depth is that of `[exit]`, so that
    /// on exception the handler sees `[exit, exc]`.
    SetupWith(Target),
    /// `[exit, exc] -> [exit, exc, result]`: calls `exit(type(exc), exc, None)`. The compiler
    /// follows it (after awaiting, for `async with`) with
    /// `PopJumpIfTrue(suppress)`, `Reraise`; `suppress: PopExcept, Pop, Pop, Jump(end)`.
    WithExceptStart,
    /// Removes the innermost block (normal exit from the protected region).
    PopBlock,
    /// Ends handling of the current exception (restores the previously handled one).
    PopExcept,
    /// `raise` (0: re-raise the exception being handled; RuntimeError "no active exception to
    /// reraise" if none), `[exc] -> raise exc` (1), `[exc, cause] -> raise exc from cause` (2).
    Raise(u8),
    /// `[exc] -> raise exc` keeping its traceback: ends a `finally` handler or an unmatched
    /// `except` chain.
    Reraise,

    // ---- imports
    /// `[level, fromlist] -> [module]`: `__import__(names[i], globals, None, fromlist, level)`.
    /// For `import a.b.c` (no fromlist) the top package `a` is pushed.
    ImportName(NameIdx),
    /// `[module] -> [module, module.name]`: ImportError "can't import name x" if missing.
    ImportFrom(NameIdx),
    /// `[module] -> []`: copies public names into the current namespace (module level only).
    ImportStar,

    // ---- misc
    /// `[v] -> []`: REPL mode (`Mode::Single`) expression statements: prints `repr(v)` unless it
    /// is None, and binds it to the builtin name `_`.
    PrintExpr,
}

/// Flags for `Op::MakeFunction`.
pub const MAKE_FN_DEFAULTS: u8 = 1;
pub const MAKE_FN_KWDEFAULTS: u8 = 2;
pub const MAKE_FN_CLOSURE: u8 = 4;

/// A constant in a code object's table. The VM turns each into a runtime value once, when the
/// code object is first loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// Decimal digits, optionally with a leading `-`.
    BigInt(String),
    Float(f64),
    /// A complex number `real + imag*j`.
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    Code(Rc<Code>),
}

/// What kind of function a code object is the body of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CodeFlags {
    /// Contains `yield`: calling it makes a generator.
    pub generator: bool,
    /// `async def`: calling it makes a coroutine (an async generator when `generator` is also set).
    pub coroutine: bool,
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkeywords: bool,
    /// A class body: uses `LoadName`/`StoreName` on a fresh dict and returns it.
    pub class_body: bool,
    /// Module-level code.
    pub module: bool,
}

/// A compiled function body (or module, or class body).
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    /// Function name (`<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, class name for a class body...).
    pub name: String,
    /// Qualified name for reprs (`Outer.method`, `f.<locals>.g`).
    pub qualname: String,
    /// Source file name, as shown in tracebacks.
    pub filename: String,
    /// Line of the `def` (or 1 for a module).
    pub first_line: u32,
    pub flags: CodeFlags,
    /// Number of positional parameters (positional-only included).
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Total number of local slots (parameters, other locals, cells and free variables).
    pub nlocals: u32,
    /// Name of each slot, for error messages and `locals()`.
    pub slot_names: Vec<String>,
    /// Slots that hold cells (variables captured by inner functions); wrapped at frame start.
    pub cell_slots: Vec<Slot>,
    /// First slot of the free variables (cells received from the enclosing function's closure).
    pub free_start: Slot,
    pub nfree: u32,
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    pub ops: Vec<Op>,
    /// Line table: `(first instruction index, line)` pairs sorted by instruction index; the line of
    /// instruction `i` is that of the last pair whose index is `<= i`.
    pub lines: Vec<(u32, u32)>,
    /// Maximum operand-stack depth the code can reach (so the VM can reserve it up front).
    pub max_stack: u32,
}

impl Code {
    /// The source line of the instruction at `ip`.
    pub fn line_for(&self, ip: usize) -> u32 {
        let ip = ip as u32;
        match self.lines.binary_search_by(|&(start, _)| start.cmp(&ip)) {
            Ok(i) => self.lines[i].1,
            Err(0) => self.first_line,
            Err(i) => self.lines[i - 1].1,
        }
    }
}
