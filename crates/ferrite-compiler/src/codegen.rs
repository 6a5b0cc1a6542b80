//! Code generation: AST plus scope table to `Code` objects.
//!
//! One `Unit` is the code object being emitted; nested functions, lambdas, class bodies and
//! comprehensions push a fresh unit and pop it back into a `Constant::Code`. Jumps are emitted with
//! label ids as targets and resolved when the unit is finished; `max_stack` is then computed by a
//! flow analysis over the finished instructions (`stack.rs`), so the emitting code never has to keep
//! a running depth by hand. Statements are in `stmt.rs`, expressions in `expr.rs`, constant folding
//! in `fold.rs`.

mod consts;
mod expr;
mod fold;
mod fuse;
mod stack;
mod stmt;

use crate::bytecode::{Code, CodeFlags, Constant, NameIdx, Op, Slot};
use crate::scope::{self, NameOp, Scope, ScopeKey, ScopeKind, ScopeTable};
use crate::{Mode, SyntaxError};
use ferrite_syntax::ast;
use std::collections::HashMap;
use std::rc::Rc;

/// Compiles a parsed module.
pub fn compile_module(m: &ast::Module, filename: &str, mode: Mode, optimize: u8) -> Result<Rc<Code>, SyntaxError> {
    let table = scope::analyze_module(m)?;
    let mut c = Compiler::new(&table, filename, mode, ScopeKey::Module, 1)?;
    c.optimize = optimize;
    c.module_body(&m.body)?;
    c.finish_unit()
}

/// Compiles an expression for `eval()`: the code returns its value.
pub fn compile_expression(e: &ast::Expr, filename: &str, optimize: u8) -> Result<Rc<Code>, SyntaxError> {
    let table = scope::analyze_expression(e)?;
    let mut c = Compiler::new(&table, filename, Mode::Eval, ScopeKey::Module, e.line.max(1))?;
    c.optimize = optimize;
    c.expr(e)?;
    c.emit(Op::Return);
    c.finish_unit()
}

/// A jump destination, resolved to an instruction index when the unit is finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Label(u32);

/// A block that `return`, `break` and `continue` must clean up when they jump out of it.
#[derive(Debug, Clone, Copy)]
enum FBlock<'a> {
    /// A loop; `has_iter` when its iterator sits on the stack (`for`, `async for`).
    Loop { continue_to: Label, break_to: Label, has_iter: bool },
    /// The body of a `try` with handlers (a `SetupExcept` block is active).
    TryExcept,
    /// The body of a `try` with `finally` (a `SetupFinally` block is active).
    TryFinally { body: &'a [ast::Stmt] },
    /// Inside an `except` clause body (an exception is being handled).
    ExceptHandler,
    /// Inside a `finally` handler: the exception is on the stack and being handled.
    FinallyHandler,
    /// Inside a `with` body: the exit callable is on the stack under a `SetupWith` block.
    With { is_async: bool },
}

/// The code object being emitted.
struct Unit<'a> {
    scope: &'a Scope,
    first_line: u32,
    ops: Vec<Op>,
    consts: Vec<Constant>,
    names: Vec<String>,
    /// Indexes into `consts` and `names`, so that interning stays linear in big modules.
    const_index: HashMap<String, u32>,
    name_index: HashMap<String, u32>,
    lines: Vec<(u32, u32)>,
    cur_line: u32,
    /// Label id -> instruction index once bound.
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
}

impl<'a> Unit<'a> {
    fn new(scope: &'a Scope, first_line: u32) -> Self {
        Unit {
            scope,
            first_line,
            ops: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            const_index: HashMap::new(),
            name_index: HashMap::new(),
            lines: Vec::new(),
            cur_line: 0,
            labels: Vec::new(),
            fblocks: Vec::new(),
        }
    }
}

pub(crate) struct Compiler<'a> {
    /// `-O` level: from 1 on, `assert` statements compile to nothing and `__debug__` is False;
    /// from 3 on, no line numbers are kept.
    optimize: u8,
    table: &'a ScopeTable,
    filename: &'a str,
    mode: Mode,
    cur: Unit<'a>,
    /// Names declared with `NAME = const(value)` so far in this module (`consts.rs`).
    consts: HashMap<String, Constant>,
}

pub(crate) fn error(msg: impl Into<String>, line: u32) -> SyntaxError {
    SyntaxError::new(msg, line, 0)
}

fn internal(what: &str) -> SyntaxError {
    SyntaxError::new(format!("internal compiler error: {what}"), 0, 0)
}

/// The deduplication key of a constant: equal keys mean interchangeable constants. Floats are
/// keyed by their bits (so `0.0` and `-0.0` stay apart, and `1` / `1.0` / `True` differ by tag);
/// code objects are never shared.
fn const_key(c: &Constant) -> Option<String> {
    Some(match c {
        Constant::None => "N".into(),
        Constant::Bool(b) => format!("b{b}"),
        Constant::Ellipsis => "E".into(),
        Constant::Int(i) => format!("i{i}"),
        Constant::BigInt(s) => format!("I{s}"),
        Constant::Float(f) => format!("f{}", f.to_bits()),
        Constant::Complex { real, imag } => format!("c{},{}", real.to_bits(), imag.to_bits()),
        Constant::Str(s) => format!("s{s}"),
        Constant::Bytes(b) => format!("y{b:?}"),
        Constant::Tuple(items) => {
            let mut k = String::from("t(");
            for it in items {
                let ik = const_key(it)?;
                k.push_str(&ik.len().to_string());
                k.push(':');
                k.push_str(&ik);
            }
            k.push(')');
            k
        }
        Constant::Code(_) => return None,
    })
}

/// The jump target operand of `op`, if it has one.
fn target_mut(op: &mut Op) -> Option<&mut u32> {
    match op {
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::SetupExcept(t)
        | Op::SetupFinally(t)
        | Op::SetupWith(t) => Some(t),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    fn new(
        table: &'a ScopeTable,
        filename: &'a str,
        mode: Mode,
        key: ScopeKey,
        line: u32,
    ) -> Result<Self, SyntaxError> {
        let scope = table.get(key)?;
        Ok(Compiler { table, filename, mode, optimize: 0, cur: Unit::new(scope, line), consts: HashMap::new() })
    }

    // ---- emission primitives

    fn emit(&mut self, op: Op) {
        let idx = self.cur.ops.len() as u32;
        let line = self.cur.cur_line;
        match self.cur.lines.last_mut() {
            Some(last) if last.1 == line => {}
            Some(last) if last.0 == idx => last.1 = line,
            _ if line != 0 => self.cur.lines.push((idx, line)),
            _ => {}
        }
        self.cur.ops.push(op);
    }

    fn set_line(&mut self, line: u32) {
        if line != 0 {
            self.cur.cur_line = line;
        }
    }

    fn new_label(&mut self) -> Label {
        self.cur.labels.push(None);
        Label(self.cur.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let here = self.cur.ops.len() as u32;
        if let Some(slot) = self.cur.labels.get_mut(l.0 as usize) {
            *slot = Some(here);
        }
    }

    /// Emits a jump-style op whose target is `l` (`make` receives the label id).
    fn jump(&mut self, make: fn(u32) -> Op, l: Label) {
        self.emit(make(l.0));
    }

    fn const_idx(&mut self, c: Constant) -> u32 {
        let key = const_key(&c);
        if let Some(i) = key.as_ref().and_then(|k| self.cur.const_index.get(k)) {
            return *i;
        }
        let i = self.cur.consts.len() as u32;
        self.cur.consts.push(c);
        if let Some(k) = key {
            self.cur.const_index.insert(k, i);
        }
        i
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.const_idx(c);
        self.emit(Op::LoadConst(i));
    }

    fn name_idx(&mut self, name: &str) -> NameIdx {
        if let Some(i) = self.cur.name_index.get(name) {
            return *i;
        }
        let i = self.cur.names.len() as u32;
        self.cur.names.push(name.to_string());
        self.cur.name_index.insert(name.to_string(), i);
        i
    }

    fn scope(&self) -> &'a Scope {
        self.cur.scope
    }

    fn is_module(&self) -> bool {
        self.cur.scope.kind == ScopeKind::Module
    }

    // ---- names

    fn load_name(&mut self, name: &str) {
        match self.scope().lookup(name) {
            NameOp::Fast(s) => self.emit(Op::LoadFast(s)),
            NameOp::Deref(s) => self.emit(Op::LoadDeref(s)),
            NameOp::Global => {
                let i = self.name_idx(name);
                self.emit(Op::LoadGlobal(i))
            }
            NameOp::Name => {
                let i = self.name_idx(name);
                self.emit(Op::LoadName(i))
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        match self.scope().lookup(name) {
            NameOp::Fast(s) => self.emit(Op::StoreFast(s)),
            NameOp::Deref(s) => self.emit(Op::StoreDeref(s)),
            NameOp::Global => {
                let i = self.name_idx(name);
                self.emit(Op::StoreGlobal(i))
            }
            NameOp::Name => {
                let i = self.name_idx(name);
                self.emit(Op::StoreName(i))
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        match self.scope().lookup(name) {
            NameOp::Fast(s) => self.emit(Op::DeleteFast(s)),
            NameOp::Deref(s) => self.emit(Op::DeleteDeref(s)),
            NameOp::Global => {
                let i = self.name_idx(name);
                self.emit(Op::DeleteGlobal(i))
            }
            NameOp::Name => {
                let i = self.name_idx(name);
                self.emit(Op::DeleteName(i))
            }
        }
    }

    fn emit_named(&mut self, make: fn(NameIdx) -> Op, name: &str) {
        let i = self.name_idx(name);
        self.emit(make(i));
    }

    // ---- units

    /// Starts compiling the body of the scope opened by `key`; returns the parent unit to restore.
    fn enter(&mut self, key: ScopeKey, line: u32) -> Result<Unit<'a>, SyntaxError> {
        let scope = self.table.get(key)?;
        let mut unit = Unit::new(scope, line);
        unit.cur_line = line;
        Ok(std::mem::replace(&mut self.cur, unit))
    }

    /// Finishes the current unit, restores `parent` and returns the finished code.
    fn leave(&mut self, parent: Unit<'a>) -> Result<Rc<Code>, SyntaxError> {
        let code = self.finish_unit()?;
        self.cur = parent;
        Ok(code)
    }

    fn finish_unit(&mut self) -> Result<Rc<Code>, SyntaxError> {
        let unit = &mut self.cur;
        let mut ops = std::mem::take(&mut unit.ops);
        for op in ops.iter_mut() {
            if let Some(t) = target_mut(op) {
                *t = unit.labels.get(*t as usize).copied().flatten().ok_or_else(|| internal("unbound label"))?;
            }
        }
        let max_stack = stack::max_stack(&ops)?;
        fuse::fuse_pairs(&mut ops);
        let s = unit.scope;
        let flags = CodeFlags {
            generator: s.generator,
            coroutine: s.coroutine,
            varargs: s.varargs,
            varkeywords: s.varkeywords,
            class_body: s.kind == ScopeKind::Class,
            module: s.kind == ScopeKind::Module,
        };
        Ok(Rc::new(Code {
            name: s.name.clone(),
            qualname: s.qualname.clone(),
            filename: self.filename.to_string(),
            first_line: unit.first_line,
            flags,
            argcount: s.argcount,
            posonlyargcount: s.posonlyargcount,
            kwonlyargcount: s.kwonlyargcount,
            nlocals: s.nlocals(),
            slot_names: s.slot_names.clone(),
            cell_slots: s.cell_slots.clone(),
            free_start: s.free_start,
            nfree: s.free_names.len() as u32,
            consts: std::mem::take(&mut unit.consts),
            names: std::mem::take(&mut unit.names),
            ops,
            // From `-O3` on MicroPython keeps no line numbers: every line reads as 1.
            lines: if self.optimize >= 3 { vec![(0, 1)] } else { std::mem::take(&mut unit.lines) },
            max_stack,
        }))
    }

    /// Pushes `code` as a function: the closure tuple first when it has free variables, then the
    /// code constant and `MakeFunction`. `flags` carries the defaults bits already pushed.
    fn make_function(&mut self, code: Rc<Code>, key: ScopeKey, mut flags: u8) -> Result<(), SyntaxError> {
        let child = self.table.get(key)?;
        if !child.free_names.is_empty() {
            for name in &child.free_names {
                let slot: Slot = self
                    .scope()
                    .closure_slot(name)
                    .ok_or_else(|| internal(&format!("no cell for free variable '{name}'")))?;
                self.emit(Op::LoadClosure(slot));
            }
            self.emit(Op::BuildTuple(child.free_names.len() as u32));
            flags |= crate::bytecode::MAKE_FN_CLOSURE;
        }
        self.load_const(Constant::Code(code));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    /// Module code: the statements, then `LoadConst None; Return` (or, for `Mode::Eval` given a
    /// module, the value of a final expression statement).
    fn module_body(&mut self, body: &'a [ast::Stmt]) -> Result<(), SyntaxError> {
        let mut body = body;
        if self.mode == Mode::Exec {
            if let Some(first) = body.first() {
                if is_docstring(first) {
                    body = body.get(1..).unwrap_or(&[]);
                }
            }
        }
        if self.mode == Mode::Eval {
            if let Some((last, init)) = body.split_last() {
                if let ast::StmtKind::Expr(e) = &last.kind {
                    self.stmts(init)?;
                    self.set_line(last.line);
                    self.expr(e)?;
                    self.emit(Op::Return);
                    return Ok(());
                }
            }
        }
        self.stmts(body)?;
        self.load_const(Constant::None);
        self.emit(Op::Return);
        Ok(())
    }
}

/// Is this statement a docstring (a string constant expression)?
fn is_docstring(s: &ast::Stmt) -> bool {
    matches!(&s.kind, ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(_)), .. }))
}
