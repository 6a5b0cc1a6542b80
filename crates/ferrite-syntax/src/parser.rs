//! Recursive-descent parser: tokens to [`ast`](crate::ast) nodes, for whole modules and for the
//! single expression that `eval()` takes.
//!
//! The grammar is Python 3's as MicroPython accepts it. Statements live in `parser/stmt.rs`,
//! expressions in `parser/expr.rs`, f-strings in `parser/fstring.rs`; this file holds the token
//! cursor, error helpers and the entry points. Every recursive path goes through
//! [`Parser::enter`], which bounds nesting by [`crate::MAX_NESTING`].

mod expr;
mod fstring;
mod stmt;

use std::borrow::Cow;

use crate::ast::{Expr, Module};
use crate::lexer::{tokenize, Kw, Op, Tok, Token};
use crate::{SyntaxError, MAX_NESTING};

/// How deep an expression tree may be. Brackets and unary operators are bounded by
/// [`MAX_NESTING`], but left-associative chains (`a + b + ...`, `a.b.c...`, `f()()...`) build
/// depth without recursing; this bounds them so that the compiler (and `Drop`) can recurse over
/// the tree. CPython accepts a 1000-term `+` chain and rejects 5000.
pub(crate) const MAX_EXPR_DEPTH: usize = 6 * MAX_NESTING;

pub(crate) type PResult<T> = Result<T, SyntaxError>;

/// Parses a whole source file.
pub fn parse_module(source: &[u8]) -> Result<Module, SyntaxError> {
    let text = prepare(source)?;
    let mut p = Parser::new(&text, 1, false, 0);
    let body = p.module()?;
    Ok(Module { body })
}

/// Parses the argument of `eval()`: one expression (a bare tuple is allowed), with any amount of
/// surrounding whitespace and newlines.
pub fn parse_expression(source: &[u8]) -> Result<Expr, SyntaxError> {
    let text = prepare(source)?;
    let mut first_line = 1;
    let mut skip = 0;
    for c in text.bytes() {
        match c {
            b'\n' => first_line += 1,
            b' ' | b'\t' | 0x0c => {}
            _ => break,
        }
        skip += 1;
    }
    let rest = text.get(skip..).unwrap_or("");
    let mut p = Parser::new(rest, first_line, false, 0);
    while p.eat(&Tok::Newline) {}
    let e = p.star_expressions()?;
    while p.eat(&Tok::Newline) {}
    p.expect_eof()?;
    Ok(e)
}

/// Checks UTF-8, drops a byte-order mark and turns CRLF / CR line endings into LF.
fn prepare(source: &[u8]) -> Result<Cow<'_, str>, SyntaxError> {
    let source = source.strip_prefix(b"\xef\xbb\xbf").unwrap_or(source);
    let bytes: Cow<'_, [u8]> = if source.contains(&b'\r') {
        let mut v = Vec::with_capacity(source.len());
        let mut i = 0;
        while let Some(&c) = source.get(i) {
            i += 1;
            if c == b'\r' {
                if source.get(i) == Some(&b'\n') {
                    i += 1;
                }
                v.push(b'\n');
            } else {
                v.push(c);
            }
        }
        Cow::Owned(v)
    } else {
        Cow::Borrowed(source)
    };
    let bad_utf8 = |valid: usize, b: &[u8]| {
        let line = 1 + b.iter().take(valid).filter(|&&c| c == b'\n').count() as u32;
        SyntaxError::new("invalid UTF-8 in source", line, 1)
    };
    match bytes {
        Cow::Borrowed(b) => match std::str::from_utf8(b) {
            Ok(s) => Ok(Cow::Borrowed(s)),
            Err(e) => Err(bad_utf8(e.valid_up_to(), b)),
        },
        Cow::Owned(v) => match String::from_utf8(v) {
            Ok(s) => Ok(Cow::Owned(s)),
            Err(e) => Err(bad_utf8(e.utf8_error().valid_up_to(), e.as_bytes())),
        },
    }
}

static EOF: Tok<'static> = Tok::Eof;

pub(crate) struct Parser<'a> {
    toks: Vec<Token<'a>>,
    pos: usize,
    /// Current nesting of recursive constructs, checked against [`MAX_NESTING`].
    depth: usize,
    lex_err: Option<SyntaxError>,
    /// Count of left-nested links (binary operators and trailers) built so far; see
    /// `Parser::bitwise_or` for why.
    links: usize,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str, first_line: u32, in_brackets: bool, depth: usize) -> Self {
        let (toks, lex_err) = tokenize(src, first_line, in_brackets);
        Parser { toks, pos: 0, depth, lex_err, links: 0 }
    }

    // ----- token cursor -----

    fn peek(&self) -> &Tok<'a> {
        self.toks.get(self.pos).map_or(&EOF, |t| &t.tok)
    }

    fn peek_at(&self, n: usize) -> &Tok<'a> {
        self.toks.get(self.pos + n).map_or(&EOF, |t| &t.tok)
    }

    /// The line of the current token.
    fn line(&self) -> u32 {
        self.toks.get(self.pos).or(self.toks.last()).map_or(1, |t| t.line)
    }

    /// Consumes the current token and returns it (the slot is left holding `Eof`). Never moves
    /// past `Eof` or `Error`.
    fn bump(&mut self) -> Tok<'a> {
        match self.toks.get_mut(self.pos) {
            Some(t) if !matches!(t.tok, Tok::Eof | Tok::Error) => {
                self.pos += 1;
                std::mem::replace(&mut t.tok, Tok::Eof)
            }
            _ => Tok::Eof,
        }
    }

    fn eat(&mut self, tok: &Tok<'_>) -> bool {
        if self.peek() == tok {
            self.bump();
            true
        } else {
            false
        }
    }

    fn at_op(&self, op: Op) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }

    fn at_kw(&self, kw: Kw) -> bool {
        matches!(self.peek(), Tok::Kw(k) if *k == kw)
    }

    fn eat_op(&mut self, op: Op) -> bool {
        if self.at_op(op) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: Kw) -> bool {
        if self.at_kw(kw) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn expect_op(&mut self, op: Op) -> PResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    fn expect_kw(&mut self, kw: Kw) -> PResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    fn expect_name(&mut self) -> PResult<String> {
        match self.peek() {
            Tok::Name(s) => {
                let s = (*s).to_owned();
                self.bump();
                Ok(s)
            }
            _ => Err(self.invalid()),
        }
    }

    fn expect_eof(&mut self) -> PResult<()> {
        if matches!(self.peek(), Tok::Eof) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    // ----- errors -----

    /// An error at the current token. If the tokenizer failed here, its error wins: it is what
    /// went wrong first.
    fn err_at(&self, msg: &str) -> SyntaxError {
        if let (Tok::Error, Some(e)) = (self.peek(), &self.lex_err) {
            return e.clone();
        }
        let (line, col) = self.toks.get(self.pos).map_or((1, 1), |t| (t.line, t.col));
        if matches!(self.peek(), Tok::Indent) {
            return SyntaxError::indentation("unexpected indent", line, col);
        }
        SyntaxError::new(msg, line, col)
    }

    fn invalid(&self) -> SyntaxError {
        self.err_at("invalid syntax")
    }

    /// Enters one level of recursion; pair with [`Parser::leave`].
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(self.too_deep());
        }
        Ok(())
    }

    fn too_deep(&self) -> SyntaxError {
        SyntaxError::new("too many nested expressions or blocks", self.line(), 1)
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}
