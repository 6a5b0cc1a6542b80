//! Expressions, from `lambda` and conditional expressions down to atoms, plus displays,
//! comprehensions, call arguments, subscripts and parameter lists.
//!
//! Binary operators use precedence climbing (one function for the six levels from `|` to `*`)
//! to keep the number of stack frames per nesting level small.

use super::{PResult, Parser, MAX_EXPR_DEPTH};
use crate::ast::{
    BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, FStringPart, Keyword, Param, Parameters, UnaryOp,
};
use crate::lexer::{Kw, Op, Tok};
use crate::SyntaxError;

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

/// Binary operator and its precedence level (higher binds tighter).
fn bin_op(tok: &Tok<'_>) -> Option<(BinOp, u8)> {
    let Tok::Op(op) = tok else { return None };
    Some(match op {
        Op::Pipe => (BinOp::BitOr, 1),
        Op::Caret => (BinOp::BitXor, 2),
        Op::Amp => (BinOp::BitAnd, 3),
        Op::LShift => (BinOp::LShift, 4),
        Op::RShift => (BinOp::RShift, 4),
        Op::Plus => (BinOp::Add, 5),
        Op::Minus => (BinOp::Sub, 5),
        Op::Star => (BinOp::Mul, 6),
        Op::Slash => (BinOp::Div, 6),
        Op::DoubleSlash => (BinOp::FloorDiv, 6),
        Op::Percent => (BinOp::Mod, 6),
        Op::At => (BinOp::MatMul, 6),
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    /// Whether the current token can start an expression (used to tell a trailing comma).
    pub(super) fn starts_expr(&self) -> bool {
        match self.peek() {
            Tok::Name(_)
            | Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Bytes(_)
            | Tok::FStr { .. } => true,
            Tok::Kw(k) => matches!(k, Kw::None | Kw::True | Kw::False | Kw::Not | Kw::Lambda | Kw::Await),
            Tok::Op(o) => matches!(
                o,
                Op::LParen | Op::LBracket | Op::LBrace | Op::Minus | Op::Plus | Op::Tilde | Op::Star | Op::Ellipsis
            ),
            _ => false,
        }
    }

    /// `star_expressions`: `a`, `a, *b, c,` (a tuple when there is a comma).
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let line = self.line();
        let first = self.star_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expr() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(Expr::new(line, ExprKind::Tuple(elts)))
    }

    fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let line = self.line();
            self.bump();
            let e = self.bitwise_or()?;
            return Ok(Expr::new(line, ExprKind::Starred(bx(e))));
        }
        self.expression()
    }

    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let line = self.line();
            self.bump();
            let e = self.bitwise_or()?;
            return Ok(Expr::new(line, ExprKind::Starred(bx(e))));
        }
        self.named_expression()
    }

    /// `name := value` or an ordinary expression.
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        if let (Tok::Name(n), Tok::Op(Op::Walrus)) = (self.peek(), self.peek_at(1)) {
            let target = (*n).to_owned();
            let line = self.line();
            self.bump();
            self.bump();
            let value = self.expression()?;
            return Ok(Expr::new(line, ExprKind::NamedExpr { target, value: bx(value) }));
        }
        self.expression()
    }

    /// `expression`: a lambda, a conditional expression or a disjunction.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        let e = if self.at_kw(Kw::Lambda) {
            self.lambda()?
        } else {
            let line = self.line();
            let body = self.disjunction()?;
            if self.eat_kw(Kw::If) {
                let test = self.disjunction()?;
                self.expect_kw(Kw::Else)?;
                self.enter()?;
                let orelse = self.expression()?;
                self.leave();
                Expr::new(line, ExprKind::IfExp { test: bx(test), body: bx(body), orelse: bx(orelse) })
            } else {
                body
            }
        };
        Ok(e)
    }

    #[inline(never)]
    fn lambda(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.enter()?;
        self.bump();
        let params = self.parameters(true)?;
        self.expect_op(Op::Colon)?;
        let body = self.expression()?;
        self.leave();
        Ok(Expr::new(line, ExprKind::Lambda { params: Box::new(params), body: bx(body) }))
    }

    /// `yield`, `yield x, y`, `yield from x`; the current token is `yield`.
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        if self.eat_kw(Kw::From) {
            let e = self.expression()?;
            return Ok(Expr::new(line, ExprKind::YieldFrom(bx(e))));
        }
        let value = if self.starts_expr() { Some(bx(self.star_expressions()?)) } else { None };
        Ok(Expr::new(line, ExprKind::Yield(value)))
    }

    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        self.bool_op(Kw::Or)
    }

    /// `a or b or c` (with `kw == Or`) or `a and b and c`.
    fn bool_op(&mut self, kw: Kw) -> PResult<Expr> {
        let line = self.line();
        let first = if kw == Kw::Or { self.bool_op(Kw::And)? } else { self.inversion()? };
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw(kw) {
            values.push(if kw == Kw::Or { self.bool_op(Kw::And)? } else { self.inversion()? });
        }
        let op = if kw == Kw::Or { BoolOp::Or } else { BoolOp::And };
        Ok(Expr::new(line, ExprKind::BoolOp { op, values }))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Not) {
            let line = self.line();
            self.enter()?;
            self.bump();
            let operand = self.inversion()?;
            self.leave();
            return Ok(Expr::new(line, ExprKind::UnaryOp { op: UnaryOp::Not, operand: bx(operand) }));
        }
        self.comparison()
    }

    fn cmp_op(&self) -> Option<(CmpOp, usize)> {
        Some(match self.peek() {
            Tok::Op(Op::Lt) => (CmpOp::Lt, 1),
            Tok::Op(Op::Gt) => (CmpOp::Gt, 1),
            Tok::Op(Op::Le) => (CmpOp::LtE, 1),
            Tok::Op(Op::Ge) => (CmpOp::GtE, 1),
            Tok::Op(Op::EqEq) => (CmpOp::Eq, 1),
            Tok::Op(Op::NotEq) => (CmpOp::NotEq, 1),
            Tok::Kw(Kw::In) => (CmpOp::In, 1),
            Tok::Kw(Kw::Not) if matches!(self.peek_at(1), Tok::Kw(Kw::In)) => (CmpOp::NotIn, 2),
            Tok::Kw(Kw::Is) if matches!(self.peek_at(1), Tok::Kw(Kw::Not)) => (CmpOp::IsNot, 2),
            Tok::Kw(Kw::Is) => (CmpOp::Is, 1),
            _ => return None,
        })
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let line = self.line();
        let left = self.bitwise_or()?;
        let Some(_) = self.cmp_op() else {
            return Ok(left);
        };
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.cmp_op() {
            for _ in 0..n {
                self.bump();
            }
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        Ok(Expr::new(line, ExprKind::Compare { left: bx(left), ops, comparators }))
    }

    /// Every left-nested chain ends up inside some `bitwise_or`, so this is where tree depth is
    /// checked: exactly (by a walk) only when many links were built since entry, so ordinary
    /// code pays nothing.
    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        let start = self.links;
        let e = self.binary(1)?;
        if self.links - start > 64 && tree_depth(&e) > MAX_EXPR_DEPTH {
            return Err(self.too_deep());
        }
        Ok(e)
    }

    /// Precedence climbing over the binary operators of level `min` and tighter. Recursion here
    /// is bounded by the number of levels, not by the input.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let line = self.line();
        let mut left = self.factor()?;
        let mut n = 0;
        while let Some((op, prec)) = bin_op(self.peek()) {
            if prec < min {
                break;
            }
            n += 1;
            self.links += 1;
            if n > MAX_EXPR_DEPTH {
                return Err(self.too_deep());
            }
            self.bump();
            let right = if prec == 6 { self.factor()? } else { self.binary(prec + 1)? };
            left = Expr::new(line, ExprKind::BinOp { left: bx(left), op, right: bx(right) });
        }
        Ok(left)
    }

    /// Unary `+`, `-`, `~`, binding looser than `**` on their right.
    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            Tok::Op(Op::Minus) => UnaryOp::Neg,
            Tok::Op(Op::Plus) => UnaryOp::Pos,
            Tok::Op(Op::Tilde) => UnaryOp::Invert,
            _ => return self.power(),
        };
        let line = self.line();
        self.enter()?;
        self.bump();
        let operand = self.factor()?;
        self.leave();
        Ok(Expr::new(line, ExprKind::UnaryOp { op, operand: bx(operand) }))
    }

    fn power(&mut self) -> PResult<Expr> {
        let line = self.line();
        let base = if self.at_kw(Kw::Await) {
            let line = self.line();
            self.bump();
            let e = self.primary()?;
            Expr::new(line, ExprKind::Await(bx(e)))
        } else {
            self.primary()?
        };
        if !self.eat_op(Op::DoubleStar) {
            return Ok(base);
        }
        self.enter()?;
        let exp = self.factor()?;
        self.leave();
        Ok(Expr::new(line, ExprKind::BinOp { left: bx(base), op: BinOp::Pow, right: bx(exp) }))
    }

    /// An atom followed by any number of `.name`, `(args)` and `[index]` trailers.
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let line = self.line();
        let mut e = self.atom()?;
        for n in 0.. {
            if n > MAX_EXPR_DEPTH {
                return Err(self.too_deep());
            }
            self.links += 1;
            match self.peek() {
                Tok::Op(Op::Dot) => {
                    self.bump();
                    let attr = self.expect_name()?;
                    e = Expr::new(line, ExprKind::Attribute { value: bx(e), attr });
                }
                Tok::Op(Op::LParen) => {
                    let paren_line = self.line();
                    self.bump();
                    self.enter()?;
                    let (args, keywords) = self.call_args(paren_line)?;
                    self.leave();
                    e = Expr::new(line, ExprKind::Call { func: bx(e), args, keywords });
                }
                Tok::Op(Op::LBracket) => {
                    self.bump();
                    self.enter()?;
                    let index = self.subscript()?;
                    self.leave();
                    e = Expr::new(line, ExprKind::Subscript { value: bx(e), index: bx(index) });
                }
                _ => break,
            }
        }
        Ok(e)
    }

    /// Arguments after `(` up to and including `)`.
    #[inline(never)]
    pub(super) fn call_args(&mut self, paren_line: u32) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        while !self.eat_op(Op::RParen) {
            let line = self.line();
            match self.peek() {
                Tok::Op(Op::Star) => {
                    // `f(a=1, *b)` is allowed, but not `f(**a, *b)`: positional arguments are
                    // all placed before any keyword unpacking.
                    if keywords.iter().any(|k| k.arg.is_none()) {
                        let msg = "iterable argument unpacking follows keyword argument unpacking";
                        return Err(SyntaxError::new(msg, line, 1));
                    }
                    self.bump();
                    let e = self.expression()?;
                    args.push(Expr::new(line, ExprKind::Starred(bx(e))));
                }
                Tok::Op(Op::DoubleStar) => {
                    self.bump();
                    let value = self.expression()?;
                    keywords.push(Keyword { arg: None, value });
                }
                Tok::Name(n) if matches!(self.peek_at(1), Tok::Op(Op::Assign)) => {
                    let arg = Some((*n).to_owned());
                    self.bump();
                    self.bump();
                    let value = self.expression()?;
                    keywords.push(Keyword { arg, value });
                }
                _ => {
                    let mut e = self.named_expression()?;
                    if self.at_comp_for() {
                        if !args.is_empty() || !keywords.is_empty() {
                            return Err(self.invalid());
                        }
                        let generators = self.comprehension()?;
                        e = Expr::new(paren_line, ExprKind::GeneratorExp { elt: bx(e), generators });
                        args.push(e);
                        self.expect_op(Op::RParen)?;
                        break;
                    }
                    if !keywords.is_empty() {
                        return Err(SyntaxError::new("positional argument follows keyword argument", line, 1));
                    }
                    args.push(e);
                }
            }
            if !self.eat_op(Op::Comma) {
                self.expect_op(Op::RParen)?;
                break;
            }
        }
        Ok((args, keywords))
    }

    /// The index after `[` up to and including `]`.
    #[inline(never)]
    fn subscript(&mut self) -> PResult<Expr> {
        let line = self.line();
        let first = self.slice_item()?;
        // `a[*b]` indexes with a one-element tuple, as CPython parses it.
        if !self.at_op(Op::Comma) && !matches!(first.kind, ExprKind::Starred(_)) {
            self.expect_op(Op::RBracket)?;
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RBracket) {
                break;
            }
            elts.push(self.slice_item()?);
        }
        self.expect_op(Op::RBracket)?;
        Ok(Expr::new(line, ExprKind::Tuple(elts)))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        let line = self.line();
        let lower = if self.at_op(Op::Colon) { None } else { Some(self.star_named_expression()?) };
        if !self.eat_op(Op::Colon) {
            return lower.ok_or_else(|| self.invalid());
        }
        let is_end = |p: &Self| p.at_op(Op::Comma) || p.at_op(Op::RBracket);
        let upper = if is_end(self) || self.at_op(Op::Colon) { None } else { Some(bx(self.expression()?)) };
        let step = if self.eat_op(Op::Colon) && !is_end(self) { Some(bx(self.expression()?)) } else { None };
        Ok(Expr::new(line, ExprKind::Slice { lower: lower.map(bx), upper, step }))
    }

    fn constant(&mut self, c: Constant) -> Expr {
        let line = self.line();
        self.bump();
        Expr::new(line, ExprKind::Constant(c))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let line = self.line();
        let e = match self.peek() {
            Tok::Name(n) => {
                let kind = ExprKind::Name((*n).to_owned());
                self.bump();
                Expr::new(line, kind)
            }
            Tok::Kw(Kw::None) => self.constant(Constant::None),
            Tok::Kw(Kw::True) => self.constant(Constant::True),
            Tok::Kw(Kw::False) => self.constant(Constant::False),
            Tok::Op(Op::Ellipsis) => self.constant(Constant::Ellipsis),
            Tok::Int(v) => {
                let v = *v;
                self.constant(Constant::Int(v))
            }
            Tok::Float(v) => {
                let v = *v;
                self.constant(Constant::Float(v))
            }
            Tok::Imag(v) => {
                let v = *v;
                self.constant(Constant::Imag(v))
            }
            Tok::BigInt(_) => match self.bump() {
                Tok::BigInt(s) => Expr::new(line, ExprKind::Constant(Constant::BigInt(s))),
                _ => return Err(self.invalid()),
            },
            Tok::Str(_) | Tok::Bytes(_) | Tok::FStr { .. } => self.strings()?,
            Tok::Op(Op::LParen) => self.bracketed(Self::paren)?,
            Tok::Op(Op::LBracket) => self.bracketed(Self::list_display)?,
            Tok::Op(Op::LBrace) => self.bracketed(Self::brace_display)?,
            _ => return Err(self.invalid()),
        };
        Ok(e)
    }

    /// Parses a bracketed atom one nesting level deeper.
    fn bracketed(&mut self, f: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        self.enter()?;
        let e = f(self)?;
        self.leave();
        Ok(e)
    }

    /// `(...)`: empty tuple, parenthesized expression or yield, tuple, or generator expression.
    #[inline(never)]
    fn paren(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        if self.eat_op(Op::RParen) {
            return Ok(Expr::new(line, ExprKind::Tuple(Vec::new())));
        }
        if self.at_kw(Kw::Yield) {
            let e = self.yield_expr()?;
            self.expect_op(Op::RParen)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for() {
            let generators = self.comprehension()?;
            self.expect_op(Op::RParen)?;
            return Ok(Expr::new(line, ExprKind::GeneratorExp { elt: bx(first), generators }));
        }
        if self.eat_op(Op::RParen) {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(SyntaxError::new("can't use starred expression here", line, 1));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RParen) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        self.expect_op(Op::RParen)?;
        Ok(Expr::new(line, ExprKind::Tuple(elts)))
    }

    #[inline(never)]
    fn list_display(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        if self.eat_op(Op::RBracket) {
            return Ok(Expr::new(line, ExprKind::List(Vec::new())));
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for() {
            let generators = self.comprehension()?;
            self.expect_op(Op::RBracket)?;
            return Ok(Expr::new(line, ExprKind::ListComp { elt: bx(first), generators }));
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RBracket) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        self.expect_op(Op::RBracket)?;
        Ok(Expr::new(line, ExprKind::List(elts)))
    }

    /// `{}`: dict or set display or comprehension.
    #[inline(never)]
    fn brace_display(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        if self.eat_op(Op::RBrace) {
            return Ok(Expr::new(line, ExprKind::Dict { keys: Vec::new(), values: Vec::new() }));
        }
        let mut keys = Vec::new();
        let mut values = Vec::new();
        if self.eat_op(Op::DoubleStar) {
            keys.push(None);
            values.push(self.bitwise_or()?);
        } else {
            let first = self.star_named_expression()?;
            if !self.eat_op(Op::Colon) {
                return self.set_rest(line, first);
            }
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.invalid());
            }
            let value = self.expression()?;
            if self.at_comp_for() {
                let generators = self.comprehension()?;
                self.expect_op(Op::RBrace)?;
                return Ok(Expr::new(line, ExprKind::DictComp { key: bx(first), value: bx(value), generators }));
            }
            keys.push(Some(first));
            values.push(value);
        }
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RBrace) {
                break;
            }
            if self.eat_op(Op::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                keys.push(Some(self.expression()?));
                self.expect_op(Op::Colon)?;
                values.push(self.expression()?);
            }
        }
        self.expect_op(Op::RBrace)?;
        Ok(Expr::new(line, ExprKind::Dict { keys, values }))
    }

    #[inline(never)]
    fn set_rest(&mut self, line: u32, first: Expr) -> PResult<Expr> {
        if self.at_comp_for() {
            let generators = self.comprehension()?;
            self.expect_op(Op::RBrace)?;
            return Ok(Expr::new(line, ExprKind::SetComp { elt: bx(first), generators }));
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RBrace) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        self.expect_op(Op::RBrace)?;
        Ok(Expr::new(line, ExprKind::Set(elts)))
    }

    fn at_comp_for(&self) -> bool {
        self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && matches!(self.peek_at(1), Tok::Kw(Kw::For)))
    }

    /// One or more `[async] for target in iter [if cond]...` clauses.
    #[inline(never)]
    fn comprehension(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        while self.at_comp_for() {
            let is_async = self.eat_kw(Kw::Async);
            self.bump();
            let target = self.target_list()?;
            self.expect_kw(Kw::In)?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension { target, iter, ifs, is_async });
        }
        Ok(gens)
    }

    /// The target of `for`: `a`, `a, b`, `(a, *b)`, validated as an assignment target.
    pub(super) fn target_list(&mut self) -> PResult<Expr> {
        let line = self.line();
        let first = self.target_item()?;
        let e = if self.at_op(Op::Comma) {
            let mut elts = vec![first];
            while self.eat_op(Op::Comma) {
                if self.at_kw(Kw::In) || self.at_op(Op::Assign) {
                    break;
                }
                elts.push(self.target_item()?);
            }
            Expr::new(line, ExprKind::Tuple(elts))
        } else {
            first
        };
        check_assign_target(&e)?;
        Ok(e)
    }

    fn target_item(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let line = self.line();
            self.bump();
            let e = self.bitwise_or()?;
            return Ok(Expr::new(line, ExprKind::Starred(bx(e))));
        }
        self.bitwise_or()
    }

    /// A parameter list up to (not including) `)` for `def`, or `:` for `lambda`.
    #[inline(never)]
    pub(super) fn parameters(&mut self, is_lambda: bool) -> PResult<Parameters> {
        let mut ps = Parameters::default();
        let mut star = false;
        let mut bare_star = false;
        let mut seen_default = false;
        let at_end = |p: &Self| {
            if is_lambda {
                p.at_op(Op::Colon)
            } else {
                p.at_op(Op::RParen)
            }
        };
        while !at_end(self) {
            let line = self.line();
            if self.eat_op(Op::Slash) {
                if star || !ps.posonly.is_empty() || ps.args.is_empty() {
                    return Err(SyntaxError::new("invalid syntax", line, 1));
                }
                ps.posonly = std::mem::take(&mut ps.args);
            } else if self.eat_op(Op::Star) {
                if star {
                    return Err(SyntaxError::new("invalid syntax", line, 1));
                }
                star = true;
                if matches!(self.peek(), Tok::Name(_)) {
                    ps.vararg = Some(self.param(is_lambda, false)?);
                } else {
                    bare_star = true;
                }
            } else if self.eat_op(Op::DoubleStar) {
                ps.kwarg = Some(self.param(is_lambda, false)?);
                self.eat_op(Op::Comma);
                if !at_end(self) {
                    return Err(self.invalid());
                }
                break;
            } else {
                let p = self.param(is_lambda, true)?;
                if star {
                    ps.kwonly.push(p);
                } else {
                    if p.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(SyntaxError::new("non-default argument follows default argument", line, 1));
                    }
                    ps.args.push(p);
                }
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if bare_star && ps.kwonly.is_empty() {
            return Err(self.err_at("named arguments must follow bare *"));
        }
        Ok(ps)
    }

    fn param(&mut self, is_lambda: bool, allow_default: bool) -> PResult<Param> {
        let name = self.expect_name()?;
        let annotation = if !is_lambda && self.eat_op(Op::Colon) { Some(self.expression()?) } else { None };
        let default = if allow_default && self.eat_op(Op::Assign) { Some(self.expression()?) } else { None };
        Ok(Param { name, default, annotation })
    }
}

fn target_error(e: &Expr) -> SyntaxError {
    let msg = match e.kind {
        ExprKind::Constant(_) => "can't assign to literal",
        _ => "can't assign to expression",
    };
    SyntaxError::new(msg, e.line, 1)
}

/// A valid target of `=`, `for` or `with ... as`: a name, attribute, subscript, or a tuple/list
/// of targets with at most one starred element.
pub(super) fn check_assign_target(e: &Expr) -> PResult<()> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            let mut stars = 0;
            for elt in elts {
                if let ExprKind::Starred(inner) = &elt.kind {
                    stars += 1;
                    if stars > 1 {
                        return Err(SyntaxError::new("multiple *x in assignment", elt.line, 1));
                    }
                    check_assign_target(inner)?;
                } else {
                    check_assign_target(elt)?;
                }
            }
            Ok(())
        }
        _ => Err(target_error(e)),
    }
}

/// A valid target of an augmented or annotated assignment: a single name, attribute or
/// subscript.
pub(super) fn check_simple_target(e: &Expr) -> PResult<()> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => Err(target_error(e)),
    }
}

/// A valid target of `del`.
pub(super) fn check_del_target(e: &Expr) -> PResult<()> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().try_for_each(check_del_target),
        _ => Err(SyntaxError::new("can't delete expression", e.line, 1)),
    }
}

/// The depth of an expression tree, walked with an explicit stack (the tree may be deep).
fn tree_depth(root: &Expr) -> usize {
    let mut max = 0;
    let mut stack = vec![(root, 1usize)];
    while let Some((e, d)) = stack.pop() {
        max = max.max(d);
        for_each_child(e, &mut |c| stack.push((c, d + 1)));
    }
    max
}

fn for_each_child<'e>(e: &'e Expr, f: &mut impl FnMut(&'e Expr)) {
    fn params<'e>(p: &'e Parameters, f: &mut impl FnMut(&'e Expr)) {
        let all = p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg);
        for param in all {
            param.default.iter().chain(&param.annotation).for_each(&mut *f);
        }
    }
    fn parts<'e>(ps: &'e [FStringPart], f: &mut impl FnMut(&'e Expr)) {
        for p in ps {
            if let FStringPart::Value { expr, format_spec, .. } = p {
                f(expr);
                if let Some(spec) = format_spec {
                    parts(spec, f);
                }
            }
        }
    }
    fn gens<'e>(gs: &'e [Comprehension], f: &mut impl FnMut(&'e Expr)) {
        for g in gs {
            f(&g.target);
            f(&g.iter);
            g.ifs.iter().for_each(&mut *f);
        }
    }
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => {}
        ExprKind::FString(ps) => parts(ps, f),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand: x, .. }
        | ExprKind::Attribute { value: x, .. }
        | ExprKind::Starred(x)
        | ExprKind::NamedExpr { value: x, .. }
        | ExprKind::YieldFrom(x)
        | ExprKind::Await(x) => f(x),
        ExprKind::Compare { left, comparators, .. } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::Call { func, args, keywords } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            lower.iter().chain(upper).chain(step).for_each(|x| f(x));
        }
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter().for_each(f),
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(f);
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            gens(generators, f);
        }
        ExprKind::DictComp { key, value, generators } => {
            f(key);
            f(value);
            gens(generators, f);
        }
        ExprKind::Lambda { params: p, body } => {
            params(p, f);
            f(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Yield(v) => v.iter().for_each(|x| f(x)),
    }
}
