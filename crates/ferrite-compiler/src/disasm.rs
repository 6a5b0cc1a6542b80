//! A readable listing of code objects, for golden tests and debugging.
//!
//! One header per code object (name, flags, counts, slots), then one instruction a line: index,
//! source line (shown when it changes), op name and operand with its meaning resolved (constant
//! value, slot or global name, jump target). Nested code constants follow their parent, so one
//! string shows a whole module and a change in emitted bytecode reads as a small diff.

use crate::bytecode::{Code, Constant, Op};
use std::fmt::Write;

/// Disassembles `code` and, after it, every code object among its constants (recursively).
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    let mut stack = vec![code];
    let mut first = true;
    while let Some(c) = stack.pop() {
        if !first {
            out.push('\n');
        }
        first = false;
        one(&mut out, c);
        // Push nested code in reverse so they print in constant order.
        for k in c.consts.iter().rev() {
            if let Constant::Code(inner) = k {
                stack.push(inner);
            }
        }
    }
    out
}

fn one(out: &mut String, c: &Code) {
    let f = &c.flags;
    let mut flags = Vec::new();
    for (on, name) in [
        (f.module, "module"),
        (f.class_body, "class_body"),
        (f.generator, "generator"),
        (f.coroutine, "coroutine"),
        (f.varargs, "varargs"),
        (f.varkeywords, "varkeywords"),
    ] {
        if on {
            flags.push(name);
        }
    }
    let _ = writeln!(out, "code {} ({}) line {} [{}]", c.name, c.qualname, c.first_line, flags.join(", "));
    let _ = writeln!(
        out,
        "  argcount {} posonly {} kwonly {} nlocals {} max_stack {}",
        c.argcount, c.posonlyargcount, c.kwonlyargcount, c.nlocals, c.max_stack
    );
    if !c.slot_names.is_empty() {
        let slots: Vec<String> = c
            .slot_names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let i = i as u32;
                let kind = if c.cell_slots.contains(&i) {
                    " cell"
                } else if i >= c.free_start && i < c.free_start + c.nfree {
                    " free"
                } else {
                    ""
                };
                format!("{i}:{n}{kind}")
            })
            .collect();
        let _ = writeln!(out, "  slots {}", slots.join(" "));
    }
    let mut last_line = None;
    for (i, op) in c.ops.iter().enumerate() {
        let line = c.line_for(i);
        let shown = if last_line != Some(line) { format!("{line}") } else { String::new() };
        last_line = Some(line);
        let (name, arg) = render(c, op);
        let text = if arg.is_empty() { name } else { format!("{name:<18} {arg}") };
        let _ = writeln!(out, "  {i:>4} {shown:>4}  {}", text.trim_end());
    }
}

/// The op's name and its operand, resolved against the code's tables.
fn render(c: &Code, op: &Op) -> (String, String) {
    let debug = format!("{op:?}");
    let name = debug.split(['(', ' ']).next().unwrap_or(&debug).to_string();
    let slot = |s: u32| {
        let n = c.slot_names.get(s as usize).map_or("?", |n| n.as_str());
        format!("{s} ({n})")
    };
    let nm = |i: u32| {
        let n = c.names.get(i as usize).map_or("?", |n| n.as_str());
        format!("{i} ({n})")
    };
    let arg = match *op {
        Op::LoadFastLoadFast(a, b) | Op::StoreFastLoadFast(a, b) => {
            format!("{}, {}", slot(a as u32), slot(b as u32))
        }
        Op::LoadFastLoadConst(a, i) => {
            let v = c.consts.get(i as usize).map_or_else(|| "?".to_string(), const_repr);
            format!("{}, {i} ({v})", slot(a as u32))
        }
        Op::LoadConstBinaryOp(i) => {
            let v = c.consts.get(i as usize).map_or_else(|| "?".to_string(), const_repr);
            format!("{i} ({v})")
        }
        Op::LoadConst(i) => {
            let v = c.consts.get(i as usize).map_or_else(|| "?".to_string(), const_repr);
            format!("{i} ({v})")
        }
        Op::LoadFast(s)
        | Op::StoreFast(s)
        | Op::DeleteFast(s)
        | Op::LoadDeref(s)
        | Op::StoreDeref(s)
        | Op::DeleteDeref(s)
        | Op::LoadClosure(s) => slot(s),
        Op::LoadGlobal(i)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::LoadMethod(i)
        | Op::ImportName(i)
        | Op::ImportFrom(i) => nm(i),
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::SetupExcept(t)
        | Op::SetupFinally(t)
        | Op::SetupWith(t) => format!("-> {t}"),
        Op::BinaryOp(o) | Op::InplaceOp(o) => format!("{o:?}"),
        Op::Unary(o) => format!("{o:?}"),
        Op::Compare(o) => format!("{o:?}"),
        Op::BuildTuple(n)
        | Op::BuildList(n)
        | Op::BuildSet(n)
        | Op::BuildMap(n)
        | Op::BuildSlice(n)
        | Op::BuildString(n)
        | Op::ListAppend(n)
        | Op::SetAdd(n)
        | Op::MapAdd(n)
        | Op::UnpackSequence(n)
        | Op::Call(n)
        | Op::CallKw(n)
        | Op::CallMethod(n)
        | Op::CallMethodKw(n) => format!("{n}"),
        Op::FormatValue { conv, has_spec } => {
            let conv = ["", "!s", "!r", "!a"].get(conv as usize).copied().unwrap_or("!?");
            format!("{conv}{}", if has_spec { " spec" } else { "" })
        }
        Op::UnpackEx { before, after } => format!("{before}, {after}"),
        Op::CallEx { has_kwargs } => (if has_kwargs { "kwargs" } else { "" }).to_string(),
        Op::MakeFunction(flags) => {
            let mut parts = Vec::new();
            for (bit, n) in [(1u8, "defaults"), (2, "kwdefaults"), (4, "closure")] {
                if flags & bit != 0 {
                    parts.push(n);
                }
            }
            parts.join(", ")
        }
        Op::Raise(n) => format!("{n}"),
        _ => String::new(),
    };
    (name, arg)
}

/// Python-like repr of a constant.
pub fn const_repr(k: &Constant) -> String {
    match k {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", float_repr(*imag))
            } else {
                format!("({}+{}j)", float_repr(*real), float_repr(*imag))
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => {
            let mut s = String::from("b'");
            for &c in b {
                match c {
                    b'\\' => s.push_str("\\\\"),
                    b'\'' => s.push_str("\\'"),
                    b'\n' => s.push_str("\\n"),
                    b'\r' => s.push_str("\\r"),
                    b'\t' => s.push_str("\\t"),
                    0x20..=0x7e => s.push(c as char),
                    _ => {
                        let _ = write!(s, "\\x{c:02x}");
                    }
                }
            }
            s.push('\'');
            s
        }
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts.join(""))
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::Code(code) => format!("<code {}>", code.qualname),
    }
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        "nan".into()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.into()
    } else if f == f.trunc() && f.abs() < 1e16 {
        format!("{f:.1}")
    } else {
        format!("{f}")
    }
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
