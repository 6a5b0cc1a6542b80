//! Scope analysis: decides, before any code is emitted, where every name of every scope lives.
//!
//! The pass walks the AST once, recording for each scope (module, function, lambda, class body,
//! comprehension) which names it binds, uses, and declares `global`/`nonlocal`. A second step
//! resolves names used but not bound by walking up the enclosing function scopes (class scopes are
//! invisible to their nested functions, except for the implicit `__class__` cell used by zero-argument
//! `super()`), marks captured locals as cells and threads free variables through intermediate
//! scopes. Finally each scope gets its slot layout: parameters, other locals, a hidden return-value
//! slot when needed, then free variables. Codegen looks scopes up by the address of their AST node,
//! so it can visit the tree in whatever order the bytecode needs.

use crate::bytecode::Slot;
use crate::SyntaxError;
use ferrite_syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use std::collections::HashMap;

/// What kind of code object a scope becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

/// Where a name lives, i.e. which load/store/delete ops codegen emits for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameOp {
    Fast(Slot),
    Deref(Slot),
    Global,
    /// Class bodies: the namespace dict (`LoadName`/`StoreName`).
    Name,
}

/// Identifies the AST node that opens a scope: its kind tag and address (stable while the tree is
/// borrowed, which it is for the whole compilation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum ScopeKey {
    Module,
    Function(usize),
    Class(usize),
    /// A lambda or comprehension expression node.
    Expr(usize),
}

impl ScopeKey {
    pub(crate) fn function(f: &ast::FunctionDef) -> Self {
        ScopeKey::Function(f as *const ast::FunctionDef as usize)
    }
    pub(crate) fn class(c: &ast::ClassDef) -> Self {
        ScopeKey::Class(c as *const ast::ClassDef as usize)
    }
    pub(crate) fn expr(e: &Expr) -> Self {
        ScopeKey::Expr(e as *const Expr as usize)
    }
}

/// The analysed result for one scope: everything codegen needs to build its `Code`.
#[derive(Debug, Clone)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub generator: bool,
    pub coroutine: bool,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkeywords: bool,
    pub slot_names: Vec<String>,
    pub cell_slots: Vec<Slot>,
    pub free_start: Slot,
    /// Free variable names, in slot order (the order of the closure tuple the creator builds).
    pub free_names: Vec<String>,
    /// Class bodies: the slot of the implicit `__class__` cell.
    pub class_cell: Option<Slot>,
    /// Hidden slot holding a return value while `finally` bodies and `__exit__` calls run.
    pub retval_slot: Option<Slot>,
    names: HashMap<String, NameOp>,
    /// Cells and free variables by name, for `LoadClosure` when building a nested closure.
    deref_slots: HashMap<String, Slot>,
}

impl Scope {
    /// How to access `name` in this scope.
    pub(crate) fn lookup(&self, name: &str) -> NameOp {
        match self.names.get(name) {
            Some(op) => *op,
            None => match self.kind {
                ScopeKind::Class => NameOp::Name,
                _ => NameOp::Global,
            },
        }
    }

    /// The slot of the cell for `name` (a cell or free variable of this scope), for `LoadClosure`.
    pub(crate) fn closure_slot(&self, name: &str) -> Option<Slot> {
        self.deref_slots.get(name).copied()
    }

    pub(crate) fn nlocals(&self) -> u32 {
        self.slot_names.len() as u32
    }
}

/// All scopes of one compilation, by the AST node that opened them.
#[derive(Debug, Default)]
pub(crate) struct ScopeTable {
    scopes: HashMap<ScopeKey, Scope>,
}

impl ScopeTable {
    pub(crate) fn get(&self, key: ScopeKey) -> Result<&Scope, SyntaxError> {
        self.scopes.get(&key).ok_or_else(|| SyntaxError::new("internal compiler error: missing scope", 0, 0))
    }
}

/// Analyses a module.
pub(crate) fn analyze_module(m: &ast::Module) -> Result<ScopeTable, SyntaxError> {
    let mut b = Builder::default();
    b.push(ScopeKind::Module, ScopeKey::Module, "<module>".into(), "<module>".into(), 1, false);
    b.stmts(&m.body)?;
    b.finish()
}

/// Analyses a lone expression (eval mode): it runs in a module scope.
pub(crate) fn analyze_expression(e: &Expr) -> Result<ScopeTable, SyntaxError> {
    let mut b = Builder::default();
    b.push(ScopeKind::Module, ScopeKey::Module, "<module>".into(), "<module>".into(), 1, false);
    b.expr(e)?;
    b.finish()
}

const BOUND: u8 = 1;
const USED: u8 = 2;
const PARAM: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;

/// The error for a `global`/`nonlocal` declaration of a name the scope has already bound or
/// read (flags `f` so far): the earlier statements would have meant a different variable.
fn declared_late(name: &str, f: u8, what: &str) -> Option<String> {
    if f & BOUND != 0 {
        Some(format!("name '{name}' is assigned to before {what} declaration"))
    } else if f & USED != 0 {
        Some(format!("name '{name}' is used prior to {what} declaration"))
    } else {
        None
    }
}

/// A scope while it is being collected.
#[derive(Debug)]
struct Raw {
    kind: ScopeKind,
    key: ScopeKey,
    name: String,
    qualname: String,
    parent: Option<usize>,
    line: u32,
    /// Names in first-seen order, with their flags.
    order: Vec<String>,
    flags: HashMap<String, u8>,
    params: Vec<String>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    varargs: bool,
    varkeywords: bool,
    generator: bool,
    coroutine: bool,
    is_async_def: bool,
    uses_super: bool,
    /// Depth of `try`/`with` statements around the current point (functions only).
    try_depth: u32,
    needs_retval: bool,
    /// Line of the first `return <value>`: a SyntaxError if the function is an async generator.
    return_value_line: Option<u32>,
    /// Line of each `nonlocal` declaration, for the error when it has no binding.
    nonlocal_lines: HashMap<String, u32>,
    // Results of resolution.
    cells: Vec<String>,
    frees: Vec<String>,
    class_cell: bool,
}

impl Raw {
    fn flag(&self, name: &str) -> u8 {
        self.flags.get(name).copied().unwrap_or(0)
    }
    /// Does this (function-like) scope bind `name` as its own local?
    fn binds_local(&self, name: &str) -> bool {
        let f = self.flag(name);
        f & (BOUND | PARAM) != 0 && f & (GLOBAL | NONLOCAL) == 0
    }
}

#[derive(Debug, Default)]
struct Builder {
    raws: Vec<Raw>,
    /// Index of the current scope in `raws`.
    cur: usize,
}

fn err(msg: impl Into<String>, line: u32) -> SyntaxError {
    SyntaxError::new(msg, line, 0)
}

fn push_unique(v: &mut Vec<String>, name: &str) {
    if !v.iter().any(|n| n == name) {
        v.push(name.to_string());
    }
}

impl Builder {
    fn push(&mut self, kind: ScopeKind, key: ScopeKey, name: String, qualname: String, line: u32, is_async: bool) {
        let parent = if self.raws.is_empty() { None } else { Some(self.cur) };
        self.raws.push(Raw {
            kind,
            key,
            name,
            qualname,
            parent,
            line,
            order: Vec::new(),
            flags: HashMap::new(),
            params: Vec::new(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkeywords: false,
            generator: false,
            coroutine: is_async,
            is_async_def: is_async,
            uses_super: false,
            try_depth: 0,
            needs_retval: false,
            return_value_line: None,
            nonlocal_lines: HashMap::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            class_cell: false,
        });
        self.cur = self.raws.len() - 1;
    }

    fn pop(&mut self) {
        if let Some(p) = self.raws.get(self.cur).and_then(|r| r.parent) {
            self.cur = p;
        }
    }

    fn raw(&mut self) -> Result<&mut Raw, SyntaxError> {
        let cur = self.cur;
        self.raws.get_mut(cur).ok_or_else(|| err("internal compiler error: scope stack", 0))
    }

    fn cur_kind(&self) -> ScopeKind {
        self.raws.get(self.cur).map_or(ScopeKind::Module, |r| r.kind)
    }

    fn add_flag_at(&mut self, idx: usize, name: &str, flag: u8) {
        if let Some(r) = self.raws.get_mut(idx) {
            let e = r.flags.entry(name.to_string()).or_insert(0);
            if *e == 0 {
                r.order.push(name.to_string());
            }
            *e |= flag;
        }
    }

    fn add_flag(&mut self, name: &str, flag: u8) {
        self.add_flag_at(self.cur, name, flag);
    }

    /// Qualified name for a child scope named `name` of the current scope.
    fn child_qualname(&self, name: &str) -> String {
        match self.raws.get(self.cur) {
            None => name.to_string(),
            Some(r) => match r.kind {
                ScopeKind::Module => name.to_string(),
                ScopeKind::Class => format!("{}.{}", r.qualname, name),
                ScopeKind::Function | ScopeKind::Comprehension => {
                    format!("{}.<locals>.{}", r.qualname, name)
                }
            },
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        let line = s.line;
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.add_flag(n, USED);
                }
                self.target(target)
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.target(target)
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Return(v) => {
                let r = self.raw()?;
                if r.try_depth > 0 {
                    r.needs_retval = true;
                }
                if let Some(v) = v {
                    r.return_value_line.get_or_insert(line);
                    self.expr(v)?;
                }
                Ok(())
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::Global(names) => {
                for n in names {
                    let f = self.raw()?.flag(n);
                    if f & PARAM != 0 {
                        return Err(err(format!("name '{n}' is parameter and global"), line));
                    }
                    if f & NONLOCAL != 0 {
                        return Err(err(format!("name '{n}' is nonlocal and global"), line));
                    }
                    if let Some(msg) = declared_late(n, f, "global") {
                        return Err(err(msg, line));
                    }
                    self.add_flag(n, GLOBAL);
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                if self.cur_kind() == ScopeKind::Module {
                    return Err(err("nonlocal declaration not allowed at module level", line));
                }
                for n in names {
                    let f = self.raw()?.flag(n);
                    if f & PARAM != 0 {
                        return Err(err(format!("name '{n}' is parameter and nonlocal"), line));
                    }
                    if f & GLOBAL != 0 {
                        return Err(err(format!("name '{n}' is nonlocal and global"), line));
                    }
                    if let Some(msg) = declared_late(n, f, "nonlocal") {
                        return Err(err(msg, line));
                    }
                    self.add_flag(n, NONLOCAL);
                    self.raw()?.nonlocal_lines.entry(n.clone()).or_insert(line);
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async {
                    self.check_await(line)?;
                }
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.raw()?.try_depth += 1;
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_flag(n, BOUND);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
                self.raw()?.try_depth -= 1;
                Ok(())
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async {
                    self.check_await(line)?;
                }
                self.raw()?.try_depth += 1;
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
                self.raw()?.try_depth -= 1;
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            StmtKind::Assert { test, msg } => {
                self.add_flag("AssertionError", USED);
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.add_flag(bound, BOUND);
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur_kind() != ScopeKind::Module {
                            return Err(err("import * not at module level", line));
                        }
                        continue;
                    }
                    self.add_flag(a.asname.as_deref().unwrap_or(&a.name), BOUND);
                }
                Ok(())
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.defaults(&f.params)?;
                let qn = self.child_qualname(&f.name);
                self.function(ScopeKey::function(f), &f.name, qn, f.line, &f.params, f.is_async, |b| b.stmts(&f.body))?;
                self.add_flag(&f.name, BOUND);
                Ok(())
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for e in &c.bases {
                    self.expr(e)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                let qn = self.child_qualname(&c.name);
                self.push(ScopeKind::Class, ScopeKey::class(c), c.name.clone(), qn, c.line, false);
                self.add_flag("__name__", USED);
                self.add_flag("__module__", BOUND);
                self.add_flag("__qualname__", BOUND);
                self.stmts(&c.body)?;
                self.pop();
                self.add_flag(&c.name, BOUND);
                Ok(())
            }
        }
    }

    /// Defaults of a parameter list are evaluated in the enclosing scope.
    fn defaults(&mut self, p: &ast::Parameters) -> Result<(), SyntaxError> {
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &param.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn function(
        &mut self,
        key: ScopeKey,
        name: &str,
        qualname: String,
        line: u32,
        params: &ast::Parameters,
        is_async: bool,
        body: impl FnOnce(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        self.push(ScopeKind::Function, key, name.to_string(), qualname, line, is_async);
        let mut names: Vec<&str> = Vec::new();
        for p in params.posonly.iter().chain(&params.args).chain(&params.kwonly) {
            names.push(&p.name);
        }
        if let Some(v) = &params.vararg {
            names.push(&v.name);
        }
        if let Some(k) = &params.kwarg {
            names.push(&k.name);
        }
        for n in &names {
            if self.raw()?.flag(n) & PARAM != 0 {
                return Err(err("duplicate argument in function definition", line));
            }
            self.add_flag(n, PARAM | BOUND);
        }
        let r = self.raw()?;
        r.params = names.iter().map(|s| s.to_string()).collect();
        r.posonly = params.posonly.len() as u32;
        r.argcount = (params.posonly.len() + params.args.len()) as u32;
        r.kwonly = params.kwonly.len() as u32;
        r.varargs = params.vararg.is_some();
        r.varkeywords = params.kwarg.is_some();
        body(self)?;
        let r = self.raw()?;
        if let (true, true, Some(rl)) = (r.is_async_def, r.generator, r.return_value_line) {
            return Err(err("'return' with value in async generator", rl));
        }
        self.pop();
        Ok(())
    }

    /// `await` (and `async for`/`async with`) are only allowed directly in an `async def`, or in a
    /// comprehension inside one (which then becomes asynchronous itself).
    fn check_await(&mut self, line: u32) -> Result<(), SyntaxError> {
        let mut idx = self.cur;
        let mut comps = Vec::new();
        loop {
            let Some(r) = self.raws.get(idx) else {
                return Err(err("'await' outside function", line));
            };
            match r.kind {
                ScopeKind::Comprehension => {
                    comps.push(idx);
                    match r.parent {
                        Some(p) => idx = p,
                        None => return Err(err("'await' outside function", line)),
                    }
                }
                ScopeKind::Function if r.is_async_def => break,
                _ => return Err(err("'await' outside function", line)),
            }
        }
        for c in comps {
            if let Some(r) = self.raws.get_mut(c) {
                r.coroutine = true;
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.add_flag(n, BOUND);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts {
                    self.target(e)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            // Attributes, subscripts and invalid targets: visit as expressions (codegen reports
            // invalid ones).
            _ => self.expr(t),
        }
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), SyntaxError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        let line = e.line;
        match &e.kind {
            ExprKind::Name(n) => {
                self.add_flag(n, USED);
                if n == "super" && self.cur_kind() == ScopeKind::Function {
                    self.raw()?.uses_super = true;
                }
                Ok(())
            }
            ExprKind::Constant(_) => Ok(()),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                Ok(())
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p)?;
                }
                Ok(())
            }
            ExprKind::List(es) | ExprKind::Tuple(es) | ExprKind::Set(es) => self.exprs(es),
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, "<listcomp>", &[elt], generators, false),
            ExprKind::SetComp { elt, generators } => self.comprehension(e, "<setcomp>", &[elt], generators, false),
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, "<genexpr>", &[elt], generators, true),
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, "<dictcomp>", &[key, value], generators, false)
            }
            ExprKind::Lambda { params, body } => {
                self.defaults(params)?;
                let qn = self.child_qualname("<lambda>");
                self.function(ScopeKey::expr(e), "<lambda>", qn, line, params, false, |b| b.expr(body))
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.named_target(target, line)
            }
            ExprKind::Yield(v) => {
                self.mark_generator(line)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::YieldFrom(v) => {
                if self.raws.get(self.cur).is_some_and(|r| r.kind == ScopeKind::Function && r.is_async_def) {
                    return Err(err("'yield from' inside async function", line));
                }
                self.mark_generator(line)?;
                self.expr(v)
            }
            ExprKind::Await(v) => {
                self.check_await(line)?;
                self.expr(v)
            }
        }
    }

    fn fstring(&mut self, parts: &[ast::FStringPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let ast::FStringPart::Value { expr, format_spec, .. } = p {
                self.expr(expr)?;
                if let Some(spec) = format_spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, line: u32) -> Result<(), SyntaxError> {
        let r = self.raw()?;
        match r.kind {
            ScopeKind::Function => {
                r.generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => Err(err(format!("'yield' inside {}", comp_desc(&r.name)), line)),
            _ => Err(err("'yield' outside function", line)),
        }
    }

    /// A walrus target: binds in the nearest enclosing non-comprehension scope.
    fn named_target(&mut self, name: &str, line: u32) -> Result<(), SyntaxError> {
        let mut idx = self.cur;
        let mut comps = Vec::new();
        while let Some(r) = self.raws.get(idx) {
            if r.kind != ScopeKind::Comprehension {
                break;
            }
            comps.push(idx);
            match r.parent {
                Some(p) => idx = p,
                None => break,
            }
        }
        if comps.is_empty() {
            self.add_flag(name, BOUND);
            return Ok(());
        }
        let outer_kind = self.raws.get(idx).map_or(ScopeKind::Module, |r| r.kind);
        let decl = match outer_kind {
            ScopeKind::Class => {
                return Err(err("assignment expression within a comprehension cannot be used in a class body", line))
            }
            ScopeKind::Module => GLOBAL,
            _ => {
                if self.raws.get(idx).map_or(0, |r| r.flag(name)) & GLOBAL != 0 {
                    GLOBAL
                } else {
                    NONLOCAL
                }
            }
        };
        self.add_flag_at(idx, name, BOUND);
        for c in comps {
            self.add_flag_at(c, name, decl | USED);
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        elts: &[&Expr],
        generators: &[ast::Comprehension],
        is_genexp: bool,
    ) -> Result<(), SyntaxError> {
        // The outermost iterable is evaluated in the enclosing scope.
        let Some(first) = generators.first() else {
            return Err(err("invalid syntax", e.line));
        };
        self.expr(&first.iter)?;
        let qn = self.child_qualname(name);
        self.push(ScopeKind::Comprehension, ScopeKey::expr(e), name.to_string(), qn, e.line, false);
        self.add_flag(".0", PARAM | BOUND);
        {
            let r = self.raw()?;
            r.params = vec![".0".to_string()];
            r.argcount = 1;
            r.generator = is_genexp;
        }
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.check_await(e.line)?;
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            self.exprs(&g.ifs)?;
        }
        for elt in elts {
            self.expr(elt)?;
        }
        self.pop();
        Ok(())
    }

    /// Resolves free variables and lays out slots.
    fn finish(mut self) -> Result<ScopeTable, SyntaxError> {
        // `super` inside a method implies a use of the `__class__` cell.
        for i in 0..self.raws.len() {
            let uses = self.raws.get(i).is_some_and(|r| r.uses_super && r.flag("__class__") == 0);
            if uses {
                self.add_flag_at(i, "__class__", USED);
            }
        }
        for i in 0..self.raws.len() {
            let Some(r) = self.raws.get(i) else { continue };
            if r.kind == ScopeKind::Module {
                continue;
            }
            let wanted: Vec<(String, u8)> = r
                .order
                .iter()
                .filter_map(|n| {
                    let f = r.flag(n);
                    let needs = if f & NONLOCAL != 0 {
                        true
                    } else if f & GLOBAL != 0 {
                        false
                    } else if r.kind == ScopeKind::Class {
                        f & BOUND == 0 && f & USED != 0
                    } else {
                        f & (BOUND | PARAM) == 0 && f & USED != 0
                    };
                    needs.then(|| (n.clone(), f))
                })
                .collect();
            let lines = r.nonlocal_lines.clone();
            let def_line = r.line;
            for (name, f) in wanted {
                let line = lines.get(&name).copied().unwrap_or(def_line);
                let found = self.resolve_free(i, &name)?;
                if !found && f & NONLOCAL != 0 {
                    return Err(err(format!("no binding for nonlocal '{name}' found"), line));
                }
            }
        }
        let mut table = ScopeTable::default();
        for r in &self.raws {
            table.scopes.insert(r.key, layout(r));
        }
        Ok(table)
    }

    /// Looks `name` up in the scopes enclosing `idx`. When a function scope binds it, that binding
    /// becomes a cell and `name` becomes free in every scope in between (and in `idx`).
    fn resolve_free(&mut self, idx: usize, name: &str) -> Result<bool, SyntaxError> {
        let mut path = vec![idx];
        let mut cur = self.raws.get(idx).and_then(|r| r.parent);
        while let Some(a) = cur {
            let Some(r) = self.raws.get(a) else { break };
            match r.kind {
                ScopeKind::Module => return Ok(false),
                ScopeKind::Class => {
                    if name == "__class__" {
                        if let Some(r) = self.raws.get_mut(a) {
                            r.class_cell = true;
                        }
                        break;
                    }
                }
                ScopeKind::Function | ScopeKind::Comprehension => {
                    let f = r.flag(name);
                    if f & GLOBAL != 0 {
                        return Ok(false);
                    }
                    if r.binds_local(name) {
                        if let Some(r) = self.raws.get_mut(a) {
                            push_unique(&mut r.cells, name);
                        }
                        break;
                    }
                }
            }
            path.push(a);
            cur = r.parent;
        }
        if cur.is_none() {
            return Ok(false);
        }
        for p in path {
            if let Some(r) = self.raws.get_mut(p) {
                push_unique(&mut r.frees, name);
            }
        }
        Ok(true)
    }
}

fn comp_desc(name: &str) -> &'static str {
    match name {
        "<listcomp>" => "list comprehension",
        "<setcomp>" => "set comprehension",
        "<dictcomp>" => "dict comprehension",
        _ => "generator expression",
    }
}

/// Assigns slots: parameters, other locals, the hidden return slot, then free variables.
fn layout(r: &Raw) -> Scope {
    let mut s = Scope {
        kind: r.kind,
        name: r.name.clone(),
        qualname: r.qualname.clone(),
        generator: r.generator,
        coroutine: r.coroutine,
        argcount: r.argcount,
        posonlyargcount: r.posonly,
        kwonlyargcount: r.kwonly,
        varargs: r.varargs,
        varkeywords: r.varkeywords,
        slot_names: Vec::new(),
        cell_slots: Vec::new(),
        free_start: 0,
        free_names: Vec::new(),
        class_cell: None,
        retval_slot: None,
        names: HashMap::new(),
        deref_slots: HashMap::new(),
    };
    match r.kind {
        ScopeKind::Module => {}
        ScopeKind::Function | ScopeKind::Comprehension => {
            let mut locals: Vec<&String> = r.params.iter().collect();
            for n in &r.order {
                if r.binds_local(n) && r.flag(n) & PARAM == 0 {
                    locals.push(n);
                }
            }
            for n in locals {
                let slot = s.slot_names.len() as Slot;
                s.slot_names.push(n.clone());
                if r.cells.contains(n) {
                    s.cell_slots.push(slot);
                    s.names.insert(n.clone(), NameOp::Deref(slot));
                    s.deref_slots.insert(n.clone(), slot);
                } else {
                    s.names.insert(n.clone(), NameOp::Fast(slot));
                }
            }
            for n in &r.order {
                if r.flag(n) & GLOBAL != 0 {
                    s.names.insert(n.clone(), NameOp::Global);
                }
            }
        }
        ScopeKind::Class => {
            if r.class_cell {
                let slot = s.slot_names.len() as Slot;
                s.slot_names.push("__class__".into());
                s.cell_slots.push(slot);
                s.class_cell = Some(slot);
                s.deref_slots.insert("__class__".into(), slot);
            }
            for n in &r.order {
                let f = r.flag(n);
                if f & GLOBAL != 0 {
                    s.names.insert(n.clone(), NameOp::Global);
                } else if f & BOUND != 0 && f & NONLOCAL == 0 {
                    s.names.insert(n.clone(), NameOp::Name);
                }
            }
        }
    }
    if r.needs_retval && r.kind != ScopeKind::Class {
        let slot = s.slot_names.len() as Slot;
        s.slot_names.push(".retval".into());
        s.retval_slot = Some(slot);
    }
    s.free_start = s.slot_names.len() as Slot;
    for n in &r.frees {
        let slot = s.slot_names.len() as Slot;
        s.slot_names.push(n.clone());
        s.free_names.push(n.clone());
        s.deref_slots.insert(n.clone(), slot);
        // In a class body a name it binds itself stays a namespace name; the free slot only
        // passes the cell on to nested functions.
        if !(r.kind == ScopeKind::Class && s.names.get(n) == Some(&NameOp::Name)) {
            s.names.insert(n.clone(), NameOp::Deref(slot));
        }
    }
    s
}
