//! String literals: implicit concatenation of adjacent literals, and f-strings split into literal
//! pieces and replacement fields (`{expr!r:spec}`, `{x=}`), each field's expression parsed by a
//! nested parser over the same source text.

use super::{PResult, Parser};
use crate::ast::{Constant, Expr, ExprKind, FStringPart};
use crate::lexer::{unescape_str, Tok};
use crate::SyntaxError;

fn push_literal(parts: &mut Vec<FStringPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(s)) = parts.last_mut() {
        s.push_str(text);
    } else {
        parts.push(FStringPart::Literal(text.to_owned()));
    }
}

fn ferr(msg: &str, line: u32) -> SyntaxError {
    SyntaxError::new(msg, line, 1)
}

impl<'a> Parser<'a> {
    /// One or more adjacent string literals, concatenated.
    #[inline(never)]
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let line = self.line();
        let mut text = String::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut parts: Option<Vec<FStringPart>> = None;
        let mut any_str = false;
        loop {
            match self.peek() {
                Tok::Str(_) | Tok::FStr { .. } if bytes.is_some() => {
                    return Err(self.err_at("cannot mix bytes and nonbytes literals"))
                }
                Tok::Bytes(_) if any_str => return Err(self.err_at("cannot mix bytes and nonbytes literals")),
                Tok::Str(_) | Tok::Bytes(_) | Tok::FStr { .. } => {}
                _ => break,
            }
            match self.bump() {
                Tok::Str(s) => {
                    any_str = true;
                    match parts.as_mut() {
                        Some(p) => push_literal(p, &s),
                        None if text.is_empty() => text = s,
                        None => text.push_str(&s),
                    }
                }
                Tok::Bytes(b) => match bytes.as_mut() {
                    Some(v) => v.extend_from_slice(&b),
                    None => bytes = Some(b),
                },
                Tok::FStr { body, raw, line } => {
                    any_str = true;
                    let p = parts.get_or_insert_with(Vec::new);
                    push_literal(p, &std::mem::take(&mut text));
                    let mut p = std::mem::take(p);
                    self.fstring_body(body, raw, line, &mut p)?;
                    parts = Some(p);
                }
                _ => break,
            }
        }
        let kind = match (parts, bytes) {
            (Some(p), _) => ExprKind::FString(p),
            (None, Some(b)) => ExprKind::Constant(Constant::Bytes(b)),
            (None, None) => ExprKind::Constant(Constant::Str(text)),
        };
        Ok(Expr::new(line, kind))
    }

    /// Appends the pieces of one f-string body to `parts`.
    #[inline(never)]
    fn fstring_body(&mut self, body: &'a str, raw: bool, mut line: u32, parts: &mut Vec<FStringPart>) -> PResult<()> {
        let b = body.as_bytes();
        let mut i = 0;
        let mut run = 0;
        let mut lit = String::new();
        let flush = |lit: &mut String, from: usize, to: usize, line: u32| {
            push_spec_text(lit, body.get(from..to).unwrap_or(""), raw, line)
        };
        while let Some(&c) = b.get(i) {
            match c {
                b'{' | b'}' if b.get(i + 1) == Some(&c) => {
                    flush(&mut lit, run, i + 1, line)?;
                    i += 2;
                    run = i;
                }
                b'{' => {
                    flush(&mut lit, run, i, line)?;
                    push_literal(parts, &std::mem::take(&mut lit));
                    let (next, next_line) = self.replacement_field(body, i + 1, line, parts, raw)?;
                    i = next;
                    line = next_line;
                    run = i;
                }
                b'}' => return Err(ferr("f-string: single '}' is not allowed", line)),
                b'\\' if !raw && !matches!(b.get(i + 1), Some(b'{' | b'}')) => {
                    if b.get(i + 1) == Some(&b'\n') {
                        line += 1;
                    }
                    i += 2;
                }
                b'\n' => {
                    line += 1;
                    i += 1;
                }
                _ => i += 1,
            }
        }
        flush(&mut lit, run, b.len(), line)?;
        push_literal(parts, &lit);
        Ok(())
    }

    /// Parses the field starting after `{` at `start`; returns the index after its `}` and the
    /// line reached.
    #[inline(never)]
    fn replacement_field(
        &mut self,
        body: &'a str,
        start: usize,
        mut line: u32,
        parts: &mut Vec<FStringPart>,
        raw: bool,
    ) -> PResult<(usize, u32)> {
        self.enter()?;
        let b = body.as_bytes();
        let expr_line = line;
        let mut depth = 0usize;
        let mut j = start;
        let mut debug_end = None;
        let expr_end = loop {
            let Some(&c) = b.get(j) else {
                return Err(ferr("f-string: expecting '}'", line));
            };
            match c {
                b'\'' | b'"' => {
                    let Some(end) = crate::lexer::fscan::skip_string(b, j) else {
                        return Err(ferr("f-string: unterminated string", line));
                    };
                    line += b.get(j..end).map_or(0, |s| s.iter().filter(|&&c| c == b'\n').count()) as u32;
                    j = end;
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' if depth > 0 => depth -= 1,
                b'}' => break j,
                b')' | b']' => return Err(ferr("f-string: unmatched ')'", line)),
                b'!' if depth == 0 && b.get(j + 1) != Some(&b'=') => break j,
                b':' if depth == 0 => break j,
                b'=' if depth == 0 => {
                    let prev = if j > start { b.get(j - 1).copied() } else { None };
                    if b.get(j + 1) == Some(&b'=') {
                        j += 1;
                    } else if !matches!(prev, Some(b'=' | b'!' | b'<' | b'>')) {
                        let end = j;
                        j += 1;
                        while b.get(j).is_some_and(|c| c.is_ascii_whitespace()) {
                            j += 1;
                        }
                        debug_end = Some(j);
                        break end;
                    }
                }
                b'#' => return Err(ferr("f-string expression part cannot include '#'", line)),
                b'\\' => return Err(ferr("f-string expression part cannot include a backslash", line)),
                b'\n' => line += 1,
                _ => {}
            }
            j += 1;
        };
        let text = body.get(start..expr_end).unwrap_or("");
        if text.trim().is_empty() {
            return Err(ferr("f-string: empty expression not allowed", line));
        }
        let mut sub = Parser::new(text, expr_line, true, self.depth);
        let expr = if sub.at_kw(crate::lexer::Kw::Yield) { sub.yield_expr()? } else { sub.star_expressions()? };
        sub.expect_eof()?;
        let debug_text = debug_end.map(|e| body.get(start..e).unwrap_or("").to_owned());
        let mut conversion = None;
        if b.get(j) == Some(&b'!') {
            match b.get(j + 1) {
                Some(&c @ (b'r' | b's' | b'a')) => conversion = Some(c as char),
                _ => return Err(ferr("f-string: invalid conversion character", line)),
            }
            j += 2;
        }
        let mut format_spec = None;
        if b.get(j) == Some(&b':') {
            let mut spec = Vec::new();
            j += 1;
            let mut run = j;
            let mut lit = String::new();
            loop {
                match b.get(j) {
                    None => return Err(ferr("f-string: expecting '}'", line)),
                    Some(b'{') => {
                        let s = body.get(run..j).unwrap_or("");
                        push_spec_text(&mut lit, s, raw, line)?;
                        push_literal(&mut spec, &std::mem::take(&mut lit));
                        let (next, next_line) = self.replacement_field(body, j + 1, line, &mut spec, raw)?;
                        j = next;
                        line = next_line;
                        run = j;
                    }
                    Some(b'}') => {
                        let s = body.get(run..j).unwrap_or("");
                        push_spec_text(&mut lit, s, raw, line)?;
                        push_literal(&mut spec, &lit);
                        break;
                    }
                    Some(c) => {
                        if *c == b'\n' {
                            line += 1;
                        }
                        j += 1;
                    }
                }
            }
            format_spec = Some(spec);
        }
        if b.get(j) != Some(&b'}') {
            return Err(ferr("f-string: expecting '}'", line));
        }
        parts.push(FStringPart::Value { expr: Box::new(expr), conversion, format_spec, debug_text });
        self.leave();
        Ok((j + 1, line))
    }
}

fn push_spec_text(lit: &mut String, s: &str, raw: bool, line: u32) -> PResult<()> {
    if raw {
        lit.push_str(s);
        Ok(())
    } else {
        unescape_str(s, lit).map_err(|m| SyntaxError::escape(m, line, 1))
    }
}
