//! Statements: simple statements separated by `;`, compound statements and their blocks,
//! decorators, function and class definitions, imports.

use super::expr::{check_assign_target, check_del_target, check_simple_target};
use super::{PResult, Parser};
use crate::ast::{Alias, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Stmt, StmtKind, WithItem};
use crate::lexer::{Kw, Op, Tok};
use crate::SyntaxError;

impl<'a> Parser<'a> {
    pub(super) fn module(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.peek() {
                Tok::Eof => return Ok(body),
                Tok::Newline => {
                    self.bump();
                }
                _ => self.statement(&mut body)?,
            }
        }
    }

    /// One statement line (several for `a; b`) or one compound statement, appended to `out`.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let line = self.line();
        let kind = match self.peek() {
            Tok::Kw(Kw::If) => self.if_stmt()?,
            Tok::Kw(Kw::While) => self.while_stmt()?,
            Tok::Kw(Kw::For) => self.for_stmt(false)?,
            Tok::Kw(Kw::Try) => self.try_stmt()?,
            Tok::Kw(Kw::With) => self.with_stmt(false)?,
            Tok::Kw(Kw::Def) => self.funcdef(Vec::new(), false, line)?,
            Tok::Kw(Kw::Class) => self.classdef(Vec::new(), line)?,
            Tok::Op(Op::At) => return self.decorated(out),
            Tok::Kw(Kw::Async) => {
                self.bump();
                match self.peek() {
                    Tok::Kw(Kw::Def) => self.funcdef(Vec::new(), true, line)?,
                    Tok::Kw(Kw::For) => self.for_stmt(true)?,
                    Tok::Kw(Kw::With) => self.with_stmt(true)?,
                    _ => return Err(self.invalid()),
                }
            }
            _ => return self.simple_stmts(out),
        };
        out.push(Stmt::new(line, kind));
        Ok(())
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.small_stmt()?);
            if !self.eat_op(Op::Semi) || matches!(self.peek(), Tok::Newline | Tok::Eof) {
                break;
            }
        }
        if self.eat(&Tok::Newline) || matches!(self.peek(), Tok::Eof) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    /// The body after a compound statement's `:`: an indented block or simple statements on
    /// the same line.
    fn block(&mut self) -> PResult<Vec<Stmt>> {
        self.enter()?;
        let mut body = Vec::new();
        if self.eat(&Tok::Newline) {
            if !self.eat(&Tok::Indent) {
                if let (Tok::Error, Some(e)) = (self.peek(), &self.lex_err) {
                    return Err(e.clone());
                }
                let line = self.line();
                return Err(SyntaxError::indentation("expected an indented block", line, 1));
            }
            while !self.eat(&Tok::Dedent) && !matches!(self.peek(), Tok::Eof) {
                self.statement(&mut body)?;
            }
        } else {
            self.simple_stmts(&mut body)?;
        }
        self.leave();
        Ok(body)
    }

    /// `:` then a block.
    fn colon_block(&mut self) -> PResult<Vec<Stmt>> {
        self.expect_op(Op::Colon)?;
        self.block()
    }

    fn small_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let kind = match self.peek() {
            Tok::Kw(Kw::Pass) => {
                self.bump();
                StmtKind::Pass
            }
            Tok::Kw(Kw::Break) => {
                self.bump();
                StmtKind::Break
            }
            Tok::Kw(Kw::Continue) => {
                self.bump();
                StmtKind::Continue
            }
            Tok::Kw(Kw::Return) => {
                self.bump();
                let v = if self.starts_expr() { Some(self.star_expressions()?) } else { None };
                StmtKind::Return(v)
            }
            Tok::Kw(Kw::Raise) => {
                self.bump();
                let mut exc = None;
                let mut cause = None;
                if self.starts_expr() {
                    exc = Some(self.expression()?);
                    if self.eat_kw(Kw::From) {
                        cause = Some(self.expression()?);
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Tok::Kw(Kw::Global) | Tok::Kw(Kw::Nonlocal) => {
                let global = self.at_kw(Kw::Global);
                self.bump();
                let mut names = vec![self.expect_name()?];
                while self.eat_op(Op::Comma) {
                    names.push(self.expect_name()?);
                }
                if global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Tok::Kw(Kw::Del) => {
                self.bump();
                let mut targets = Vec::new();
                loop {
                    let t = self.bitwise_or()?;
                    check_del_target(&t)?;
                    targets.push(t);
                    if !self.eat_op(Op::Comma) || !self.starts_expr() {
                        break;
                    }
                }
                StmtKind::Delete(targets)
            }
            Tok::Kw(Kw::Assert) => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat_op(Op::Comma) { Some(self.expression()?) } else { None };
                StmtKind::Assert { test, msg }
            }
            Tok::Kw(Kw::Import) => self.import()?,
            Tok::Kw(Kw::From) => self.import_from()?,
            _ => self.expr_stmt()?,
        };
        Ok(Stmt::new(line, kind))
    }

    /// The right-hand side of an assignment: a yield expression or `star_expressions`.
    fn assign_value(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn expr_stmt(&mut self) -> PResult<StmtKind> {
        let first = self.assign_value()?;
        match self.peek() {
            Tok::Op(Op::Assign) => {
                let mut targets = vec![first];
                let value = loop {
                    self.bump();
                    let v = self.assign_value()?;
                    if !self.at_op(Op::Assign) {
                        break v;
                    }
                    targets.push(v);
                };
                for t in &targets {
                    check_assign_target(t)?;
                }
                Ok(StmtKind::Assign { targets, value })
            }
            Tok::Op(Op::AugAssign(op)) => {
                let op = *op;
                check_simple_target(&first)?;
                self.bump();
                let value = self.assign_value()?;
                Ok(StmtKind::AugAssign { target: first, op, value })
            }
            Tok::Op(Op::Colon) => {
                if matches!(first.kind, ExprKind::Tuple(_)) {
                    let line = first.line;
                    return Err(SyntaxError::new("only single target (not tuple) can be annotated", line, 1));
                }
                check_simple_target(&first)?;
                self.bump();
                let annotation = self.expression()?;
                let value = if self.eat_op(Op::Assign) { Some(self.assign_value()?) } else { None };
                Ok(StmtKind::AnnAssign { target: first, annotation, value })
            }
            _ => Ok(StmtKind::Expr(first)),
        }
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.expect_name()?;
        while self.eat_op(Op::Dot) {
            name.push('.');
            name.push_str(&self.expect_name()?);
        }
        Ok(name)
    }

    fn opt_as_name(&mut self) -> PResult<Option<String>> {
        if self.eat_kw(Kw::As) {
            Ok(Some(self.expect_name()?))
        } else {
            Ok(None)
        }
    }

    fn import(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let name = self.dotted_name()?;
            let asname = self.opt_as_name()?;
            names.push(Alias { name, asname });
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0u32;
        loop {
            if self.eat_op(Op::Dot) {
                level = level.saturating_add(1);
            } else if self.eat_op(Op::Ellipsis) {
                level = level.saturating_add(3);
            } else {
                break;
            }
        }
        let module = if matches!(self.peek(), Tok::Name(_)) { Some(self.dotted_name()?) } else { None };
        if module.is_none() && level == 0 {
            return Err(self.invalid());
        }
        self.expect_kw(Kw::Import)?;
        let mut names = Vec::new();
        if self.eat_op(Op::Star) {
            names.push(Alias { name: "*".to_owned(), asname: None });
        } else {
            let paren = self.eat_op(Op::LParen);
            loop {
                let name = self.expect_name()?;
                let asname = self.opt_as_name()?;
                names.push(Alias { name, asname });
                if !self.eat_op(Op::Comma) {
                    break;
                }
                if paren && self.at_op(Op::RParen) {
                    break;
                }
            }
            if paren {
                self.expect_op(Op::RParen)?;
            }
        }
        Ok(StmtKind::ImportFrom { module, names, level })
    }

    /// `if`/`elif`/`else`. Elif chains are collected in a loop and nested from the end, so a
    /// long chain does not recurse.
    fn if_stmt(&mut self) -> PResult<StmtKind> {
        let mut arms = Vec::new();
        loop {
            let line = self.line();
            self.bump();
            let test = self.named_expression()?;
            let body = self.colon_block()?;
            arms.push((line, test, body));
            if !self.at_kw(Kw::Elif) {
                break;
            }
        }
        let mut orelse = if self.eat_kw(Kw::Else) { self.colon_block()? } else { Vec::new() };
        while arms.len() > 1 {
            let Some((line, test, body)) = arms.pop() else {
                break;
            };
            orelse = vec![Stmt::new(line, StmtKind::If { test, body, orelse })];
        }
        let Some((_, test, body)) = arms.pop() else {
            return Err(self.invalid());
        };
        Ok(StmtKind::If { test, body, orelse })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.eat_kw(Kw::Else) {
            self.colon_block()
        } else {
            Ok(Vec::new())
        }
    }

    fn while_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let test = self.named_expression()?;
        let body = self.colon_block()?;
        let orelse = self.else_block()?;
        Ok(StmtKind::While { test, body, orelse })
    }

    fn for_stmt(&mut self, is_async: bool) -> PResult<StmtKind> {
        self.bump();
        let target = self.target_list()?;
        self.expect_kw(Kw::In)?;
        let iter = self.star_expressions()?;
        let body = self.colon_block()?;
        let orelse = self.else_block()?;
        Ok(StmtKind::For { target, iter, body, orelse, is_async })
    }

    fn try_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let body = self.colon_block()?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        while self.at_kw(Kw::Except) {
            let line = self.line();
            if handlers.last().is_some_and(|h| h.typ.is_none()) {
                return Err(SyntaxError::new("default 'except:' must be last", line, 1));
            }
            self.bump();
            let mut typ = None;
            let mut name = None;
            if !self.at_op(Op::Colon) {
                typ = Some(self.expression()?);
                name = self.opt_as_name()?;
            }
            let body = self.colon_block()?;
            handlers.push(ExceptHandler { line, typ, name, body });
        }
        let orelse = if !handlers.is_empty() { self.else_block()? } else { Vec::new() };
        let finalbody = if self.eat_kw(Kw::Finally) { self.colon_block()? } else { Vec::new() };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.invalid());
        }
        Ok(StmtKind::Try { body, handlers, orelse, finalbody })
    }

    /// Whether the `(` at the cursor closes right before a `:`, which makes it the
    /// parenthesized form `with (a as b, c):` rather than an expression.
    fn paren_then_colon(&self) -> bool {
        if matches!(self.peek_at(1), Tok::Kw(Kw::Yield)) {
            return false;
        }
        let mut depth = 0usize;
        let mut i = self.pos;
        while let Some(t) = self.toks.get(i) {
            match t.tok {
                Tok::Op(Op::LParen | Op::LBracket | Op::LBrace) => depth += 1,
                Tok::Op(Op::RParen | Op::RBracket | Op::RBrace) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return i > self.pos + 1
                            && matches!(self.toks.get(i + 1).map(|t| &t.tok), Some(Tok::Op(Op::Colon)));
                    }
                }
                Tok::Newline | Tok::Eof | Tok::Error => return false,
                _ => {}
            }
            i += 1;
        }
        false
    }

    fn with_stmt(&mut self, is_async: bool) -> PResult<StmtKind> {
        self.bump();
        let paren = self.at_op(Op::LParen) && self.paren_then_colon();
        if paren {
            self.bump();
        }
        let mut items = Vec::new();
        loop {
            let context = self.expression()?;
            let target = if self.eat_kw(Kw::As) {
                let t = self.target_item_for_with()?;
                Some(t)
            } else {
                None
            };
            items.push(WithItem { context, target });
            if !self.eat_op(Op::Comma) {
                break;
            }
            if paren && self.at_op(Op::RParen) {
                break;
            }
        }
        if paren {
            self.expect_op(Op::RParen)?;
        }
        let body = self.colon_block()?;
        Ok(StmtKind::With { items, body, is_async })
    }

    /// The target after `with ... as`: a single target (possibly a parenthesized tuple).
    fn target_item_for_with(&mut self) -> PResult<Expr> {
        let t = self.bitwise_or()?;
        check_assign_target(&t)?;
        Ok(t)
    }

    fn decorated(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            decorators.push(self.named_expression()?);
            if !self.eat(&Tok::Newline) {
                return Err(self.invalid());
            }
        }
        let line = self.line();
        let kind = match self.peek() {
            Tok::Kw(Kw::Def) => self.funcdef(decorators, false, line)?,
            Tok::Kw(Kw::Class) => self.classdef(decorators, line)?,
            Tok::Kw(Kw::Async) if matches!(self.peek_at(1), Tok::Kw(Kw::Def)) => {
                self.bump();
                self.funcdef(decorators, true, line)?
            }
            _ => return Err(self.invalid()),
        };
        out.push(Stmt::new(line, kind));
        Ok(())
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, is_async: bool, line: u32) -> PResult<StmtKind> {
        self.bump();
        let name = self.expect_name()?;
        self.expect_op(Op::LParen)?;
        let params = self.parameters(false)?;
        self.expect_op(Op::RParen)?;
        let returns = if self.eat_op(Op::Arrow) { Some(self.expression()?) } else { None };
        let body = self.colon_block()?;
        Ok(StmtKind::FunctionDef(Box::new(FunctionDef { line, name, params, body, decorators, returns, is_async })))
    }

    fn classdef(&mut self, decorators: Vec<Expr>, line: u32) -> PResult<StmtKind> {
        self.bump();
        let name = self.expect_name()?;
        let paren_line = self.line();
        let (bases, keywords) =
            if self.eat_op(Op::LParen) { self.call_args(paren_line)? } else { (Vec::new(), Vec::new()) };
        let body = self.colon_block()?;
        Ok(StmtKind::ClassDef(Box::new(ClassDef { line, name, bases, keywords, body, decorators })))
    }
}
