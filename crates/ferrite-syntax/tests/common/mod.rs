//! A compact S-expression dump of the AST, so tests can state the expected tree in one line.

use ferrite_syntax::ast::*;

fn bin(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn cmp(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is-not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not-in",
    }
}

fn opt(e: &Option<Box<Expr>>) -> String {
    e.as_ref().map_or("_".to_owned(), |e| sx(e))
}

fn list(v: &[Expr]) -> String {
    v.iter().map(sx).collect::<Vec<_>>().join(" ")
}

fn gens(g: &[Comprehension]) -> String {
    g.iter()
        .map(|c| {
            let mut s = format!("({}for {} in {}", if c.is_async { "async-" } else { "" }, sx(&c.target), sx(&c.iter));
            for i in &c.ifs {
                s.push_str(&format!(" if {}", sx(i)));
            }
            s + ")"
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn params(p: &Parameters) -> String {
    let one = |p: &Param| {
        let mut s = p.name.clone();
        if let Some(a) = &p.annotation {
            s.push_str(&format!(":{}", sx(a)));
        }
        if let Some(d) = &p.default {
            s.push_str(&format!("={}", sx(d)));
        }
        s
    };
    let mut out: Vec<String> = p.posonly.iter().map(one).collect();
    if !p.posonly.is_empty() {
        out.push("/".into());
    }
    out.extend(p.args.iter().map(one));
    match &p.vararg {
        Some(v) => out.push(format!("*{}", one(v))),
        None if !p.kwonly.is_empty() => out.push("*".into()),
        None => {}
    }
    out.extend(p.kwonly.iter().map(one));
    if let Some(k) = &p.kwarg {
        out.push(format!("**{}", one(k)));
    }
    format!("({})", out.join(" "))
}

fn fparts(parts: &[FStringPart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Value { expr, conversion, format_spec, debug_text } => {
                let mut s = format!("{{{}", sx(expr));
                if let Some(c) = conversion {
                    s.push_str(&format!("!{c}"));
                }
                if let Some(spec) = format_spec {
                    s.push_str(&format!(":{}", fparts(spec)));
                }
                if let Some(d) = debug_text {
                    s.push_str(&format!(" ={d:?}"));
                }
                s + "}"
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn sx(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Constant(c) => match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "...".into(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(s) => format!("big:{s}"),
            Constant::Float(f) => format!("{f:?}f"),
            Constant::Imag(f) => format!("{f:?}j"),
            Constant::Str(s) => format!("{s:?}"),
            Constant::Bytes(b) => format!("b\"{}\"", b.escape_ascii()),
        },
        ExprKind::FString(p) => format!("(f {})", fparts(p)),
        ExprKind::BoolOp { op, values } => {
            format!("({} {})", if *op == BoolOp::And { "and" } else { "or" }, list(values))
        }
        ExprKind::BinOp { left, op, right } => format!("({} {} {})", bin(*op), sx(left), sx(right)),
        ExprKind::UnaryOp { op, operand } => {
            let o = match op {
                UnaryOp::Not => "not",
                UnaryOp::Neg => "neg",
                UnaryOp::Pos => "pos",
                UnaryOp::Invert => "inv",
            };
            format!("({o} {})", sx(operand))
        }
        ExprKind::Compare { left, ops, comparators } => {
            let mut s = format!("(cmp {}", sx(left));
            for (o, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {} {}", cmp(*o), sx(c)));
            }
            s + ")"
        }
        ExprKind::Call { func, args, keywords } => {
            let mut s = format!("(call {}", sx(func));
            for a in args {
                s.push_str(&format!(" {}", sx(a)));
            }
            for k in keywords {
                match &k.arg {
                    Some(n) => s.push_str(&format!(" {n}={}", sx(&k.value))),
                    None => s.push_str(&format!(" **{}", sx(&k.value))),
                }
            }
            s + ")"
        }
        ExprKind::Attribute { value, attr } => format!("(. {} {attr})", sx(value)),
        ExprKind::Subscript { value, index } => format!("([] {} {})", sx(value), sx(index)),
        ExprKind::Starred(v) => format!("*{}", sx(v)),
        ExprKind::Slice { lower, upper, step } => {
            format!("(slice {} {} {})", opt(lower), opt(upper), opt(step))
        }
        ExprKind::List(v) => format!("[{}]", list(v)),
        ExprKind::Tuple(v) => format!("(tuple {})", list(v)),
        ExprKind::Set(v) => format!("{{set {}}}", list(v)),
        ExprKind::Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", sx(k), sx(v)),
                    None => format!("**{}", sx(v)),
                })
                .collect();
            format!("{{dict {}}}", items.join(" "))
        }
        ExprKind::ListComp { elt, generators } => {
            format!("(listcomp {} {})", sx(elt), gens(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("(setcomp {} {})", sx(elt), gens(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("(genexp {} {})", sx(elt), gens(generators))
        }
        ExprKind::DictComp { key, value, generators } => {
            format!("(dictcomp {}:{} {})", sx(key), sx(value), gens(generators))
        }
        ExprKind::Lambda { params: p, body } => format!("(lambda {} {})", params(p), sx(body)),
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", sx(test), sx(body), sx(orelse))
        }
        ExprKind::NamedExpr { target, value } => format!("(:= {target} {})", sx(value)),
        ExprKind::Yield(v) => format!("(yield {})", opt(v)),
        ExprKind::YieldFrom(v) => format!("(yield-from {})", sx(v)),
        ExprKind::Await(v) => format!("(await {})", sx(v)),
    }
}

fn block(b: &[Stmt]) -> String {
    format!("[{}]", b.iter().map(st).collect::<Vec<_>>().join(" "))
}

fn aliases(a: &[Alias]) -> String {
    a.iter()
        .map(|a| match &a.asname {
            Some(n) => format!("{} as {n}", a.name),
            None => a.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn st(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(e) => sx(e),
        StmtKind::Assign { targets, value } => format!("(= {} {})", list(targets), sx(value)),
        StmtKind::AugAssign { target, op, value } => {
            format!("({}= {} {})", bin(*op), sx(target), sx(value))
        }
        StmtKind::AnnAssign { target, annotation, value } => {
            format!("(ann {} {} {})", sx(target), sx(annotation), value.as_ref().map_or("_".into(), sx))
        }
        StmtKind::Pass => "pass".into(),
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
        StmtKind::Return(v) => format!("(return {})", v.as_ref().map_or("_".into(), sx)),
        StmtKind::Delete(v) => format!("(del {})", list(v)),
        StmtKind::Global(v) => format!("(global {})", v.join(" ")),
        StmtKind::Nonlocal(v) => format!("(nonlocal {})", v.join(" ")),
        StmtKind::If { test, body, orelse } => {
            format!("(if {} {} {})", sx(test), block(body), block(orelse))
        }
        StmtKind::While { test, body, orelse } => {
            format!("(while {} {} {})", sx(test), block(body), block(orelse))
        }
        StmtKind::For { target, iter, body, orelse, is_async } => format!(
            "({}for {} {} {} {})",
            if *is_async { "async-" } else { "" },
            sx(target),
            sx(iter),
            block(body),
            block(orelse)
        ),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            let hs: Vec<String> = handlers
                .iter()
                .map(|h| {
                    format!(
                        "(except {} {} {})",
                        h.typ.as_ref().map_or("_".into(), sx),
                        h.name.as_deref().unwrap_or("_"),
                        block(&h.body)
                    )
                })
                .collect();
            format!("(try {} {} {} {})", block(body), hs.join(" "), block(orelse), block(finalbody))
        }
        StmtKind::With { items, body, is_async } => {
            let it: Vec<String> = items
                .iter()
                .map(|i| match &i.target {
                    Some(t) => format!("{} as {}", sx(&i.context), sx(t)),
                    None => sx(&i.context),
                })
                .collect();
            format!("({}with {} {})", if *is_async { "async-" } else { "" }, it.join(", "), block(body))
        }
        StmtKind::Raise { exc, cause } => {
            format!("(raise {} {})", exc.as_ref().map_or("_".into(), sx), cause.as_ref().map_or("_".into(), sx))
        }
        StmtKind::Assert { test, msg } => {
            format!("(assert {} {})", sx(test), msg.as_ref().map_or("_".into(), sx))
        }
        StmtKind::Import(a) => format!("(import {})", aliases(a)),
        StmtKind::ImportFrom { module, names, level } => format!(
            "(from {}{} import {})",
            ".".repeat(*level as usize),
            module.as_deref().unwrap_or(""),
            aliases(names)
        ),
        StmtKind::FunctionDef(f) => {
            let mut s = String::from("(");
            for d in &f.decorators {
                s.push_str(&format!("@{} ", sx(d)));
            }
            if f.is_async {
                s.push_str("async-");
            }
            s.push_str(&format!("def {} {}", f.name, params(&f.params)));
            if let Some(r) = &f.returns {
                s.push_str(&format!(" -> {}", sx(r)));
            }
            format!("{s} {})", block(&f.body))
        }
        StmtKind::ClassDef(c) => {
            let mut s = String::from("(");
            for d in &c.decorators {
                s.push_str(&format!("@{} ", sx(d)));
            }
            s.push_str(&format!("class {} ({}", c.name, list(&c.bases)));
            for k in &c.keywords {
                match &k.arg {
                    Some(n) => s.push_str(&format!(" {n}={}", sx(&k.value))),
                    None => s.push_str(&format!(" **{}", sx(&k.value))),
                }
            }
            format!("{s}) {})", block(&c.body))
        }
    }
}
