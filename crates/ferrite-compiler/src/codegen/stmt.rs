//! Statements: assignment, control flow, exception handling, `with`, imports, `def` and `class`.
//!
//! The block model follows the module doc of `bytecode.rs`. Leaving a protected region early
//! (`return`, `break`, `continue`) walks `Unit::fblocks` from the innermost block outwards and emits
//! each block's cleanup inline: `PopBlock` for `try` bodies (plus the `finally` body, compiled once
//! more with the blocks it is nested in), `PopExcept` for handler bodies, the normal-exit
//! `__exit__(None, None, None)` call for `with`, and `Pop` of a `for` iterator. A return value
//! crossing such cleanups waits in the scope's hidden `.retval` slot, so every cleanup finds its own
//! stack items on top.

use super::{consts, error, fold, internal, is_docstring, Compiler, FBlock};
use crate::bytecode::{Constant, Op};
use crate::scope::{ScopeKey, ScopeKind};
use crate::{Mode, SyntaxError};
use ferrite_syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind};

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        self.set_line(s.line);
        let line = s.line;
        match &s.kind {
            StmtKind::Expr(e) => {
                let repl = self.mode == Mode::Single && self.is_module();
                if !repl && matches!(e.kind, ExprKind::Constant(_)) {
                    return Ok(());
                }
                self.expr(e)?;
                self.emit(if repl { Op::PrintExpr } else { Op::Pop });
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                if let [t] = targets.as_slice() {
                    if let Some((name, arg)) = consts::declaration(t, value) {
                        return self.const_declaration(t, name, arg);
                    }
                    if self.parallel_assign(t, value)? {
                        return Ok(());
                    }
                }
                self.expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some((name, arg)) = value.as_ref().and_then(|v| consts::declaration(target, v)) {
                    return self.const_declaration(target, name, arg);
                }
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                } else if !matches!(target.kind, ExprKind::Name(_)) {
                    check_target(target)?;
                }
                Ok(())
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Break => self.break_continue(true, line),
            StmtKind::Continue => self.break_continue(false, line),
            StmtKind::Return(v) => self.return_(v.as_ref(), line),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } => {
                let else_ = self.new_label();
                self.jump_if(test, false, else_)?;
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.bind(else_);
                } else {
                    let end = self.new_label();
                    self.jump(Op::Jump, end);
                    self.bind(else_);
                    self.stmts(orelse)?;
                    self.bind(end);
                }
                Ok(())
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let else_ = self.new_label();
                let end = self.new_label();
                self.bind(start);
                self.jump_if(test, false, else_)?;
                self.cur.fblocks.push(FBlock::Loop { continue_to: start, break_to: end, has_iter: false });
                self.stmts(body)?;
                self.cur.fblocks.pop();
                self.set_line(line);
                self.jump(Op::Jump, start);
                self.bind(else_);
                self.stmts(orelse)?;
                self.bind(end);
                Ok(())
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                self.for_(target, iter, body, orelse, *is_async, line)
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::With { items, body, is_async } => self.with(items, body, *is_async, line),
            StmtKind::Raise { exc, cause } => {
                let n = match (exc, cause) {
                    (None, _) => 0,
                    (Some(e), None) => {
                        self.expr(e)?;
                        1
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        2
                    }
                };
                self.emit(Op::Raise(n));
                Ok(())
            }
            StmtKind::Assert { .. } if self.optimize > 0 => Ok(()),
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.set_line(line);
                self.emit_named(Op::LoadGlobal, "AssertionError");
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    self.emit_named(Op::ImportName, &a.name);
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                self.emit_named(Op::LoadAttr, part);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name);
                            self.store_name(top);
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.load_const(Constant::Int(i64::from(*level)));
                let fromlist = names.iter().map(|a| Constant::Str(a.name.clone())).collect();
                self.load_const(Constant::Tuple(fromlist));
                self.emit_named(Op::ImportName, module.as_deref().unwrap_or(""));
                if names.iter().any(|a| a.name == "*") {
                    if !self.is_module() {
                        return Err(error("import * not at module level", line));
                    }
                    self.emit(Op::ImportStar);
                    return Ok(());
                }
                for a in names {
                    self.emit_named(Op::ImportFrom, &a.name);
                    self.store_name(a.asname.as_deref().unwrap_or(&a.name));
                }
                self.emit(Op::Pop);
                Ok(())
            }
            StmtKind::FunctionDef(f) => self.function_def(f),
            StmtKind::ClassDef(c) => self.class_def(c),
        }
    }

    // ---- assignment

    /// `a, b = c, d` and `a, b, c = d, e, f` without building a tuple (as MicroPython compiles
    /// them): a swap then allocates nothing, so it also works with the heap locked or full. A
    /// constant tuple is still loaded whole and unpacked.
    fn parallel_assign(&mut self, t: &'a Expr, value: &'a Expr) -> Result<bool, SyntaxError> {
        let (ExprKind::Tuple(ts) | ExprKind::List(ts)) = &t.kind else { return Ok(false) };
        let ExprKind::Tuple(vs) = &value.kind else { return Ok(false) };
        if ts.len() != vs.len()
            || !(2..=3).contains(&ts.len())
            || ts.iter().chain(vs).any(|e| matches!(e.kind, ExprKind::Starred(_)))
            || fold::const_value(value, &self.consts).is_some()
        {
            return Ok(false);
        }
        for v in vs {
            self.expr(v)?;
        }
        if ts.len() == 3 {
            self.emit(Op::Rot3);
        }
        self.emit(Op::Rot2);
        for t in ts {
            self.store_target(t)?;
        }
        Ok(true)
    }

    /// Stores the value on top of the stack into `t`.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> Result<(), SyntaxError> {
        self.set_line(t.line);
        match &t.kind {
            ExprKind::Name(n) => {
                self.refuse_const_store(t)?;
                self.store_name(n);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.emit_named(Op::StoreAttr, attr);
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let stars: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                match stars.as_slice() {
                    [] => self.emit(Op::UnpackSequence(elts.len() as u32)),
                    [i] => {
                        let before = u16::try_from(*i)
                            .map_err(|_| error("too many expressions in star-unpacking assignment", t.line))?;
                        let after = u16::try_from(elts.len() - i - 1)
                            .map_err(|_| error("too many expressions in star-unpacking assignment", t.line))?;
                        self.emit(Op::UnpackEx { before, after });
                    }
                    _ => return Err(error("multiple *x in assignment", t.line)),
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => Err(error("*x must be assignment target", t.line)),
            _ => Err(error("can't assign to expression", t.line)),
        }
    }

    fn delete_target(&mut self, t: &'a Expr) -> Result<(), SyntaxError> {
        self.set_line(t.line);
        match &t.kind {
            ExprKind::Name(n) => {
                self.delete_name(n);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.emit_named(Op::DeleteAttr, attr);
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            _ => Err(error("can't delete expression", t.line)),
        }
    }

    /// `target op= value`, evaluating the object and index of the target once.
    fn aug_assign(&mut self, target: &'a Expr, op: ast::BinOp, value: &'a Expr) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.refuse_const_store(target)?;
                self.load_name(n);
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                self.emit_named(Op::LoadAttr, attr);
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Rot2);
                self.emit_named(Op::StoreAttr, attr);
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Op::Dup2);
                self.emit(Op::BinarySubscr);
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => return Err(error("can't assign to expression", target.line)),
        }
        Ok(())
    }

    // ---- loops and early exits

    fn for_(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        is_async: bool,
        line: u32,
    ) -> Result<(), SyntaxError> {
        let start = self.new_label();
        let exhausted = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.set_line(line);
        if is_async {
            self.emit(Op::GetAiter);
            self.bind(start);
            self.jump(Op::SetupExcept, exhausted);
            self.emit(Op::GetAnext);
            self.await_top();
            self.emit(Op::PopBlock);
        } else {
            self.emit(Op::GetIter);
            self.bind(start);
            self.jump(Op::ForIter, exhausted);
        }
        self.store_target(target)?;
        self.cur.fblocks.push(FBlock::Loop { continue_to: start, break_to: end, has_iter: true });
        self.stmts(body)?;
        self.cur.fblocks.pop();
        self.set_line(line);
        self.jump(Op::Jump, start);
        self.bind(exhausted);
        if is_async {
            self.async_for_end()?;
        }
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, line: u32) -> Result<(), SyntaxError> {
        let found = self.cur.fblocks.iter().rposition(|b| matches!(b, FBlock::Loop { .. }));
        let Some(idx) = found else {
            return Err(error(if is_break { "'break' outside loop" } else { "'continue' outside loop" }, line));
        };
        let Some(FBlock::Loop { continue_to, break_to, has_iter }) = self.cur.fblocks.get(idx).copied() else {
            return Err(internal("loop block"));
        };
        self.unwind(idx + 1)?;
        self.set_line(line);
        if is_break {
            if has_iter {
                self.emit(Op::Pop);
            }
            self.jump(Op::Jump, break_to);
        } else {
            self.jump(Op::Jump, continue_to);
        }
        Ok(())
    }

    fn return_(&mut self, value: Option<&'a Expr>, line: u32) -> Result<(), SyntaxError> {
        if !matches!(self.scope().kind, ScopeKind::Function) {
            return Err(error("'return' outside function", line));
        }
        let needs_cleanup = self.cur.fblocks.iter().any(|b| !matches!(b, FBlock::Loop { .. }));
        if !needs_cleanup {
            match value {
                Some(v) => self.expr(v)?,
                None => self.load_const(Constant::None),
            }
            self.set_line(line);
            self.emit(Op::Return);
            return Ok(());
        }
        let slot = match value {
            Some(v) => {
                self.expr(v)?;
                let slot = self.scope().retval_slot.ok_or_else(|| internal("no return slot"))?;
                self.emit(Op::StoreFast(slot));
                Some(slot)
            }
            None => None,
        };
        self.unwind(0)?;
        self.set_line(line);
        match slot {
            Some(s) => self.emit(Op::LoadFast(s)),
            None => self.load_const(Constant::None),
        }
        self.emit(Op::Return);
        Ok(())
    }

    /// Emits the cleanups of every block from the innermost down to `fblocks[floor]`.
    fn unwind(&mut self, floor: usize) -> Result<(), SyntaxError> {
        let mut i = self.cur.fblocks.len();
        while i > floor {
            i -= 1;
            let Some(block) = self.cur.fblocks.get(i).copied() else {
                break;
            };
            match block {
                FBlock::Loop { has_iter, .. } => {
                    if has_iter {
                        self.emit(Op::Pop);
                    }
                }
                FBlock::TryExcept => self.emit(Op::PopBlock),
                FBlock::TryFinally { body } => {
                    self.emit(Op::PopBlock);
                    // The finally body runs outside its own block and everything inside it.
                    let saved = self.cur.fblocks.split_off(i);
                    let r = self.stmts(body);
                    self.cur.fblocks.extend(saved);
                    r?;
                }
                FBlock::ExceptHandler => self.emit(Op::PopExcept),
                FBlock::FinallyHandler => {
                    self.emit(Op::Pop);
                    self.emit(Op::PopExcept);
                }
                FBlock::With { is_async } => {
                    self.emit(Op::PopBlock);
                    self.with_normal_exit(is_async);
                }
            }
        }
        Ok(())
    }

    // ---- exceptions

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        if handlers.is_empty() {
            self.stmts(body)?;
            return self.stmts(orelse);
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupExcept, handler);
        self.cur.fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.cur.fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        self.jump(Op::Jump, end);
        self.bind(handler);
        // [exc]: each clause tests it and leaves it in place when it does not match.
        let mut has_bare = false;
        for h in handlers {
            self.set_line(h.line);
            let next = self.new_label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Op::CheckExcMatch);
                    self.jump(Op::PopJumpIfFalse, next);
                }
                None => has_bare = true,
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => self.emit(Op::Pop),
            }
            self.cur.fblocks.push(FBlock::ExceptHandler);
            self.stmts(&h.body)?;
            self.cur.fblocks.pop();
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.load_const(Constant::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.jump(Op::Jump, end);
            self.bind(next);
            if has_bare {
                break;
            }
        }
        if !has_bare {
            self.emit(Op::Reraise);
        }
        self.bind(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupFinally, handler);
        self.cur.fblocks.push(FBlock::TryFinally { body: finalbody });
        self.try_except(body, handlers, orelse)?;
        self.cur.fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(finalbody)?;
        self.jump(Op::Jump, end);
        self.bind(handler);
        self.cur.fblocks.push(FBlock::FinallyHandler);
        self.stmts(finalbody)?;
        self.cur.fblocks.pop();
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    // ---- with

    /// `[exit] -> []`: the normal-exit call `exit(None, None, None)` (awaited for `async with`).
    fn with_normal_exit(&mut self, is_async: bool) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Op::Call(3));
        if is_async {
            self.await_top();
        }
        self.emit(Op::Pop);
    }

    fn with(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        is_async: bool,
        line: u32,
    ) -> Result<(), SyntaxError> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let end = self.new_label();
        self.expr(&item.context)?;
        self.set_line(line);
        if is_async {
            self.emit(Op::BeforeAsyncWith);
            self.await_top();
        } else {
            self.emit(Op::BeforeWith);
        }
        self.jump(Op::SetupWith, handler);
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::Pop),
        }
        self.cur.fblocks.push(FBlock::With { is_async });
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body, is_async, line)?;
        }
        self.cur.fblocks.pop();
        self.set_line(line);
        self.emit(Op::PopBlock);
        self.with_normal_exit(is_async);
        self.jump(Op::Jump, end);
        // [exit, exc]
        self.bind(handler);
        let suppress = self.new_label();
        self.emit(Op::WithExceptStart);
        if is_async {
            self.await_top();
        }
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise);
        self.bind(suppress);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    // ---- definitions

    fn function_def(&mut self, f: &'a ast::FunctionDef) -> Result<(), SyntaxError> {
        // `@micropython.native`/`viper`/`bytecode` choose a code emitter at compile time on
        // MicroPython (no import needed); here every function is bytecode, so they vanish.
        let mut decorators: Vec<&'a ast::Expr> = Vec::with_capacity(f.decorators.len());
        for d in &f.decorators {
            if !is_emitter_decorator(d)? {
                decorators.push(d);
            }
        }
        for d in &decorators {
            self.expr(d)?;
        }
        self.set_line(f.line);
        let flags = self.defaults(&f.params)?;
        let key = ScopeKey::function(f);
        let parent = self.enter(key, f.line)?;
        let mut body: &'a [Stmt] = &f.body;
        if let Some(first) = body.first() {
            if is_docstring(first) {
                body = body.get(1..).unwrap_or(&[]);
            }
        }
        self.stmts(body)?;
        if !ends_with_return(body) {
            self.load_const(Constant::None);
            self.emit(Op::Return);
        }
        let code = self.leave(parent)?;
        self.set_line(f.line);
        self.make_function(code, key, flags)?;
        for _ in &decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::ClassDef) -> Result<(), SyntaxError> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.set_line(c.line);
        let key = ScopeKey::class(c);
        let parent = self.enter(key, c.line)?;
        self.load_name("__name__");
        self.store_name("__module__");
        self.load_const(Constant::Str(self.scope().qualname.clone()));
        self.store_name("__qualname__");
        let mut body: &'a [Stmt] = &c.body;
        if let Some(first) = body.first() {
            if let StmtKind::Expr(Expr { kind: ExprKind::Constant(ast::Constant::Str(doc)), .. }) = &first.kind {
                self.load_const(Constant::Str(doc.clone()));
                self.store_name("__doc__");
                body = body.get(1..).unwrap_or(&[]);
            }
        }
        self.stmts(body)?;
        if let Some(slot) = self.scope().class_cell {
            self.emit(Op::LoadClosure(slot));
            self.store_name("__classcell__");
        }
        self.load_const(Constant::None);
        self.emit(Op::Return);
        let code = self.leave(parent)?;
        self.set_line(c.line);
        self.emit(Op::LoadBuildClass);
        self.make_function(code, key, 0)?;
        self.load_const(Constant::Str(c.name.clone()));
        self.call_args(2, &c.bases, &c.keywords)?;
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }
}

/// Does the body certainly end in a `return` (so the implicit `return None` is dead)?
fn ends_with_return(body: &[Stmt]) -> bool {
    matches!(body.last(), Some(Stmt { kind: StmtKind::Return(_), .. }))
}

/// Validates an annotated target that has no value (nothing is stored).
fn check_target(t: &Expr) -> Result<(), SyntaxError> {
    match &t.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => Err(error("can't assign to expression", t.line)),
    }
}

/// `micropython.native`, `micropython.viper` or `micropython.bytecode` used as a decorator. Any
/// other dotted name starting with `micropython` (`@micropython.a`, `@micropython.a.b`) is a
/// SyntaxError, as MicroPython's compiler reads all of them as emitter choices.
fn is_emitter_decorator(d: &ast::Expr) -> Result<bool, SyntaxError> {
    let mut base = d;
    let mut depth = 0;
    while let ast::ExprKind::Attribute { value, .. } = &base.kind {
        base = value;
        depth += 1;
    }
    if depth == 0 || !matches!(&base.kind, ast::ExprKind::Name(m) if m == "micropython") {
        return Ok(false);
    }
    match &d.kind {
        ast::ExprKind::Attribute { attr, .. }
            if depth == 1 && matches!(attr.as_str(), "native" | "viper" | "bytecode") =>
        {
            Ok(true)
        }
        _ => Err(error("invalid micropython decorator", d.line)),
    }
}
