//! Expressions: operators, displays, calls, comprehensions, lambdas, f-strings, yield and await.

use super::fold;
use super::{error, Compiler, Label};
use crate::bytecode::{Constant, Op, MAKE_FN_DEFAULTS, MAKE_FN_KWDEFAULTS};
use crate::scope::{NameOp, ScopeKey, ScopeKind};
use crate::SyntaxError;
use ferrite_syntax::ast::{self, BoolOp, Expr, ExprKind, FStringPart, Keyword, UnaryOp};

/// What a comprehension accumulates into.
#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        self.set_line(e.line);
        match &e.kind {
            ExprKind::Name(n) => {
                match self.consts.get(n) {
                    Some(c) => self.load_const(c.clone()),
                    // A compile-time constant, as in MicroPython and CPython: False under `-O`.
                    None if n == "__debug__" => self.load_const(Constant::Bool(self.optimize == 0)),
                    None => self.load_name(n),
                }
                Ok(())
            }
            ExprKind::Constant(c) => {
                self.load_const(fold::literal(c));
                Ok(())
            }
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BoolOp { op, values } => self.boolop(*op, values),
            ExprKind::BinOp { left, op, right } => {
                if let Some(c) = fold::const_value(e, &self.consts) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BinaryOp(*op));
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = fold::const_value(e, &self.consts) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(operand)?;
                self.emit(Op::Unary(*op));
                Ok(())
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators),
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.emit_named(Op::LoadAttr, attr);
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::BinarySubscr);
                Ok(())
            }
            ExprKind::Starred(_) => Err(error("*x must be assignment target", e.line)),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => self.emit(Op::BuildSlice(2)),
                }
                Ok(())
            }
            ExprKind::List(elts) => self.sequence(elts, SeqKind::List),
            ExprKind::Tuple(elts) => {
                if let Some(c) = fold::const_value(e, &self.consts) {
                    self.load_const(c);
                    return Ok(());
                }
                self.sequence(elts, SeqKind::Tuple)
            }
            ExprKind::Set(elts) => self.sequence(elts, SeqKind::Set),
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::ListComp { elt, generators } => self.comprehension(e, CompKind::List(elt), generators),
            ExprKind::SetComp { elt, generators } => self.comprehension(e, CompKind::Set(elt), generators),
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, CompKind::Dict(key, value), generators)
            }
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, CompKind::Gen(elt), generators),
            ExprKind::Lambda { params, body } => {
                let flags = self.defaults(params)?;
                let parent = self.enter(ScopeKey::expr(e), e.line)?;
                self.expr(body)?;
                self.emit(Op::Return);
                let code = self.leave(parent)?;
                self.make_function(code, ScopeKey::expr(e), flags)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_ = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_)?;
                self.expr(body)?;
                self.jump(Op::Jump, end);
                self.bind(else_);
                self.expr(orelse)?;
                self.bind(end);
                Ok(())
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.store_name(target);
                Ok(())
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Op::YieldValue);
                Ok(())
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(Constant::None);
                self.emit(Op::YieldFrom);
                Ok(())
            }
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.await_top();
                Ok(())
            }
        }
    }

    /// `[obj] -> [result]`: awaits the value on top of the stack.
    pub(super) fn await_top(&mut self) {
        self.emit(Op::GetAwaitable);
        self.load_const(Constant::None);
        self.emit(Op::YieldFrom);
    }

    /// Jumps to `target` when the truth of `e` equals `cond`; falls through otherwise. Folds `not`,
    /// `and`/`or` and constant tests into the jumps instead of materialising booleans.
    pub(super) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> Result<(), SyntaxError> {
        self.set_line(e.line);
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                // `a and b` jumps when false as soon as one part is false; when true only if all are.
                let short_on = *op == BoolOp::Or;
                if cond == short_on {
                    for v in values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, init) = values.split_last().ok_or_else(|| error("invalid syntax", e.line))?;
                    for v in init {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(last, cond, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        if let Some(t) = fold::const_value(e, &self.consts).as_ref().and_then(fold::truthiness) {
            if t == cond {
                self.jump(Op::Jump, target);
            }
            return Ok(());
        }
        self.expr(e)?;
        self.jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
        Ok(())
    }

    fn boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> Result<(), SyntaxError> {
        let end = self.new_label();
        let n = values.len();
        for (i, v) in values.iter().enumerate() {
            self.expr(v)?;
            if i + 1 < n {
                self.jump(if op == BoolOp::And { Op::JumpIfFalseOrPop } else { Op::JumpIfTrueOrPop }, end);
            }
        }
        self.bind(end);
        Ok(())
    }

    /// `a < b < c`: the middle operands are evaluated once and kept with `Dup; Rot3`.
    fn compare(&mut self, left: &'a Expr, ops: &[ast::CmpOp], comparators: &'a [Expr]) -> Result<(), SyntaxError> {
        self.expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return Err(error("invalid syntax", left.line));
        }
        let cleanup = self.new_label();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
                self.emit(Op::Compare(*op));
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(Op::Compare(*op));
            }
        }
        if n > 1 {
            let end = self.new_label();
            self.jump(Op::Jump, end);
            self.bind(cleanup);
            self.emit(Op::Rot2);
            self.emit(Op::Pop);
            self.bind(end);
        }
        Ok(())
    }

    // ---- displays

    fn sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> Result<(), SyntaxError> {
        let has_star = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::List => Op::BuildList(n),
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        let set = matches!(kind, SeqKind::Set);
        self.star_items(elts, 0, set)?;
        if matches!(kind, SeqKind::Tuple) {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    /// Builds a list (or set) from items some of which are `*starred`, with `prefix` items already
    /// pushed that belong at its front: `BuildList` of the leading plain items, then
    /// `ListExtend` per starred item and `ListAppend(1)` per plain one.
    fn star_items(&mut self, elts: &'a [Expr], prefix: u32, set: bool) -> Result<(), SyntaxError> {
        let lead = elts.iter().take_while(|e| !matches!(e.kind, ExprKind::Starred(_))).count();
        let (head, rest) = elts.split_at(lead);
        for e in head {
            self.expr(e)?;
        }
        let n = prefix + lead as u32;
        self.emit(if set { Op::BuildSet(n) } else { Op::BuildList(n) });
        for e in rest {
            match &e.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if set { Op::SetUpdate } else { Op::ListExtend });
                }
                _ => {
                    self.expr(e)?;
                    self.emit(if set { Op::SetAdd(1) } else { Op::ListAppend(1) });
                }
            }
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<(), SyntaxError> {
        let lead = keys.iter().take_while(|k| k.is_some()).count();
        let mut built = false;
        for (i, (k, v)) in keys.iter().zip(values).enumerate() {
            if i == lead && !built {
                self.emit(Op::BuildMap(lead as u32));
                built = true;
            }
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    if built {
                        self.emit(Op::MapAdd(1));
                    }
                }
                None => {
                    self.expr(v)?;
                    self.emit(Op::DictUpdate);
                }
            }
        }
        if !built {
            self.emit(Op::BuildMap(lead as u32));
        }
        Ok(())
    }

    // ---- f-strings

    fn fstring(&mut self, parts: &'a [FStringPart]) -> Result<(), SyntaxError> {
        let n = self.fstring_parts(parts)?;
        match n {
            0 => self.load_const(Constant::Str(String::new())),
            1 => {}
            n => self.emit(Op::BuildString(n)),
        }
        Ok(())
    }

    /// Pushes one string per part; returns how many.
    fn fstring_parts(&mut self, parts: &'a [FStringPart]) -> Result<u32, SyntaxError> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if !s.is_empty() {
                        self.load_const(Constant::Str(s.clone()));
                        n += 1;
                    }
                }
                FStringPart::Value { expr, conversion, format_spec, debug_text } => {
                    if let Some(t) = debug_text {
                        self.load_const(Constant::Str(t.clone()));
                        n += 1;
                    }
                    self.expr(expr)?;
                    let mut conv = match conversion {
                        None => 0,
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        Some(c) => return Err(error(format!("invalid conversion character '{c}'"), expr.line)),
                    };
                    if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
                        conv = 2;
                    }
                    let has_spec = match format_spec {
                        Some(spec) => {
                            self.fstring(spec)?;
                            true
                        }
                        None => false,
                    };
                    self.emit(Op::FormatValue { conv, has_spec });
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    // ---- calls

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<(), SyntaxError> {
        let simple =
            !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) && !keywords.iter().any(|k| k.arg.is_none());
        if simple && args.is_empty() && keywords.is_empty() && self.zero_arg_super(func)? {
            return Ok(());
        }
        if let (true, ExprKind::Attribute { value, attr }) = (simple, &func.kind) {
            self.expr(value)?;
            self.emit_named(Op::LoadMethod, attr);
            self.set_line(func.line);
            for a in args {
                self.expr(a)?;
            }
            let n = (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Op::CallMethod(n));
            } else {
                self.keyword_values(keywords)?;
                self.emit(Op::CallMethodKw(n));
            }
            return Ok(());
        }
        self.expr(func)?;
        self.call_args(0, args, keywords)
    }

    /// Pushes the arguments and emits the call, the callable (and `prefix` positional arguments)
    /// being already on the stack.
    pub(super) fn call_args(
        &mut self,
        prefix: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> Result<(), SyntaxError> {
        let star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if !star && !dstar {
            for a in args {
                self.expr(a)?;
            }
            let n = prefix + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Op::Call(n));
            } else {
                self.keyword_values(keywords)?;
                self.emit(Op::CallKw(n));
            }
            return Ok(());
        }
        if star {
            self.star_items(args, prefix, false)?;
            self.emit(Op::ListToTuple);
        } else {
            for a in args {
                self.expr(a)?;
            }
            self.emit(Op::BuildTuple(prefix + args.len() as u32));
        }
        if keywords.is_empty() {
            self.emit(Op::CallEx { has_kwargs: false });
            return Ok(());
        }
        // Runs of named keywords become `BuildMap` (merged with `DictMerge` after the first), and
        // each `**m` is merged with `DictMerge`, which rejects repeated names.
        let mut have_dict = false;
        let mut run = 0u32;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Constant::Str(name.clone()));
                    self.expr(&k.value)?;
                    run += 1;
                }
                None => {
                    if run > 0 || !have_dict {
                        self.emit(Op::BuildMap(run));
                        if have_dict {
                            self.emit(Op::DictMerge);
                        }
                        have_dict = true;
                        run = 0;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge);
                }
            }
        }
        if run > 0 {
            self.emit(Op::BuildMap(run));
            if have_dict {
                self.emit(Op::DictMerge);
            }
        }
        self.emit(Op::CallEx { has_kwargs: true });
        Ok(())
    }

    /// Pushes keyword argument values, then the constant tuple of their names.
    fn keyword_values(&mut self, keywords: &'a [Keyword]) -> Result<(), SyntaxError> {
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            self.expr(&k.value)?;
            names.push(Constant::Str(k.arg.clone().unwrap_or_default()));
        }
        self.load_const(Constant::Tuple(names));
        Ok(())
    }

    /// `super()` in a method: `super(__class__, <first argument>)`.
    fn zero_arg_super(&mut self, func: &Expr) -> Result<bool, SyntaxError> {
        let ExprKind::Name(n) = &func.kind else {
            return Ok(false);
        };
        let scope = self.scope();
        if n != "super" || scope.kind != ScopeKind::Function || scope.lookup("super") != NameOp::Global {
            return Ok(false);
        }
        let NameOp::Deref(class_slot) = scope.lookup("__class__") else {
            return Ok(false);
        };
        if scope.argcount == 0 {
            return Ok(false);
        }
        let Some(first) = scope.slot_names.first() else {
            return Ok(false);
        };
        let first = first.clone();
        self.load_name("super");
        self.emit(Op::LoadDeref(class_slot));
        self.load_name(&first);
        self.emit(Op::Call(2));
        Ok(true)
    }

    // ---- functions

    /// Pushes the defaults tuple and keyword-only defaults dict of a parameter list; returns the
    /// `MakeFunction` flags they need.
    pub(super) fn defaults(&mut self, p: &'a ast::Parameters) -> Result<u8, SyntaxError> {
        let mut flags = 0;
        let positional: Vec<&'a ast::Param> = p.posonly.iter().chain(&p.args).collect();
        let mut n = 0;
        for param in positional {
            if let Some(d) = &param.default {
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildTuple(n));
            flags |= MAKE_FN_DEFAULTS;
        }
        let mut k = 0;
        for param in &p.kwonly {
            if let Some(d) = &param.default {
                self.load_const(Constant::Str(param.name.clone()));
                self.expr(d)?;
                k += 1;
            }
        }
        if k > 0 {
            self.emit(Op::BuildMap(k));
            flags |= MAKE_FN_KWDEFAULTS;
        }
        Ok(flags)
    }

    // ---- comprehensions

    /// The caller side: evaluate the outermost iterable, make the function, call it with the
    /// iterator (awaiting the result for an asynchronous list/set/dict comprehension).
    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind<'a>,
        gens: &'a [ast::Comprehension],
    ) -> Result<(), SyntaxError> {
        let key = ScopeKey::expr(e);
        let first = gens.first().ok_or_else(|| error("invalid syntax", e.line))?;
        let parent = self.enter(key, e.line)?;
        match kind {
            CompKind::List(_) => self.emit(Op::BuildList(0)),
            CompKind::Set(_) => self.emit(Op::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Op::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        let depth = if matches!(kind, CompKind::Gen(_)) { 0 } else { 1 };
        self.comp_loop(kind, gens, 0, depth)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Constant::None);
        }
        self.emit(Op::Return);
        let code = self.leave(parent)?;
        let is_async = self.table.get(key)?.coroutine;
        self.make_function(code, key, 0)?;
        self.expr(&first.iter)?;
        self.emit(if first.is_async { Op::GetAiter } else { Op::GetIter });
        self.emit(Op::Call(1));
        if is_async && !matches!(kind, CompKind::Gen(_)) {
            self.await_top();
        }
        Ok(())
    }

    /// One `for` clause of a comprehension (and, recursively, the ones after it). `depth` counts
    /// the stack entries between the accumulator and the element (the iterators).
    fn comp_loop(
        &mut self,
        kind: CompKind<'a>,
        gens: &'a [ast::Comprehension],
        i: usize,
        depth: u32,
    ) -> Result<(), SyntaxError> {
        let Some(g) = gens.get(i) else {
            return self.comp_element(kind, depth);
        };
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Op::GetAiter } else { Op::GetIter });
        }
        self.bind(start);
        if g.is_async {
            let handler = self.new_label();
            self.jump(Op::SetupExcept, handler);
            self.emit(Op::GetAnext);
            self.await_top();
            self.emit(Op::PopBlock);
            self.store_target(&g.target)?;
            for cond in &g.ifs {
                self.jump_if(cond, false, start)?;
            }
            self.comp_loop(kind, gens, i + 1, depth + 1)?;
            self.jump(Op::Jump, start);
            self.bind(handler);
            self.async_for_end()?;
            self.bind(end);
        } else {
            self.jump(Op::ForIter, end);
            self.store_target(&g.target)?;
            for cond in &g.ifs {
                self.jump_if(cond, false, start)?;
            }
            self.comp_loop(kind, gens, i + 1, depth + 1)?;
            self.jump(Op::Jump, start);
            self.bind(end);
        }
        Ok(())
    }

    /// The handler that ends an `async for` loop: `[aiter, exc]` -> `[]` on StopAsyncIteration,
    /// re-raise otherwise.
    pub(super) fn async_for_end(&mut self) -> Result<(), SyntaxError> {
        let stop = self.new_label();
        self.emit_named(Op::LoadGlobal, "StopAsyncIteration");
        self.emit(Op::CheckExcMatch);
        self.jump(Op::PopJumpIfTrue, stop);
        self.emit(Op::Reraise);
        self.bind(stop);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        Ok(())
    }

    fn comp_element(&mut self, kind: CompKind<'a>, depth: u32) -> Result<(), SyntaxError> {
        match kind {
            CompKind::List(elt) => {
                self.expr(elt)?;
                self.emit(Op::ListAppend(depth));
            }
            CompKind::Set(elt) => {
                self.expr(elt)?;
                self.emit(Op::SetAdd(depth));
            }
            CompKind::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Op::MapAdd(depth));
            }
            CompKind::Gen(elt) => {
                self.expr(elt)?;
                self.emit(Op::YieldValue);
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum SeqKind {
    List,
    Tuple,
    Set,
}
