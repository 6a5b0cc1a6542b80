//! Tokenizer: UTF-8 source text to a flat vector of tokens, including the NEWLINE, INDENT and
//! DEDENT tokens that carry Python's block structure.
//!
//! The whole file is tokenized in one pass before parsing starts. Punctuation and keywords are
//! plain enum values and names borrow from the source, so the only allocations are for decoded
//! string literals and big integers. A tokenizing error does not abort at once: it ends the token
//! stream with a [`Tok::Error`] token, so that a parse error earlier in the file is still the one
//! reported (as CPython and MicroPython do, which tokenize lazily).

pub(crate) mod fscan;
mod literal;

use crate::ast::BinOp;
use crate::SyntaxError;

pub(crate) use literal::{unescape_str, UNICODE_NAME_ESCAPES};

/// Punctuation and operators. Augmented assignments carry the operator they apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Assign,
    Arrow,
    Walrus,
    Ellipsis,
    At,
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    LShift,
    RShift,
    Amp,
    Pipe,
    Caret,
    Tilde,
    Lt,
    Gt,
    Le,
    Ge,
    EqEq,
    NotEq,
    AugAssign(BinOp),
}

/// Reserved words. Soft keywords (`match`, `case`, `type`) are ordinary names: MicroPython has no
/// statements that use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kw {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok<'a> {
    Name(&'a str),
    Kw(Kw),
    Op(Op),
    Int(i64),
    BigInt(String),
    Float(f64),
    Imag(f64),
    /// A decoded `str` literal.
    Str(String),
    /// A decoded `bytes` literal.
    Bytes(Vec<u8>),
    /// An f-string: its raw body (between the quotes, escapes not yet decoded), whether it is raw,
    /// and the line the body starts on. The parser splits it into literal pieces and fields.
    FStr {
        body: &'a str,
        raw: bool,
        line: u32,
    },
    Newline,
    Indent,
    Dedent,
    Eof,
    /// The tokenizer failed here; the error is kept beside the token vector.
    Error,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token<'a> {
    pub tok: Tok<'a>,
    pub line: u32,
    pub col: u32,
}

/// Tokenizes `src`. `first_line` is the line number of its first line; `in_brackets` starts as if
/// inside an open bracket (newlines and indentation ignored), which is how f-string fields are
/// tokenized. The vector always ends with `Eof`, preceded by `Error` if tokenizing failed.
pub(crate) fn tokenize(src: &str, first_line: u32, in_brackets: bool) -> (Vec<Token<'_>>, Option<SyntaxError>) {
    let mut lx = Lexer {
        src,
        b: src.as_bytes(),
        pos: 0,
        line: first_line,
        line_start: 0,
        paren: usize::from(in_brackets),
        indents: vec![0],
        toks: Vec::with_capacity(src.len() / 3 + 4),
    };
    let err = lx.run().err();
    let (line, col) = (lx.line, lx.col());
    if err.is_some() {
        lx.toks.push(Token { tok: Tok::Error, line, col });
    }
    lx.toks.push(Token { tok: Tok::Eof, line, col });
    (lx.toks, err)
}

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    /// Open bracket depth; inside brackets newlines and indentation mean nothing.
    paren: usize,
    indents: Vec<u32>,
    toks: Vec<Token<'a>>,
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

fn keyword(s: &str) -> Option<Kw> {
    Some(match s {
        "False" => Kw::False,
        "None" => Kw::None,
        "True" => Kw::True,
        "and" => Kw::And,
        "as" => Kw::As,
        "assert" => Kw::Assert,
        "async" => Kw::Async,
        "await" => Kw::Await,
        "break" => Kw::Break,
        "class" => Kw::Class,
        "continue" => Kw::Continue,
        "def" => Kw::Def,
        "del" => Kw::Del,
        "elif" => Kw::Elif,
        "else" => Kw::Else,
        "except" => Kw::Except,
        "finally" => Kw::Finally,
        "for" => Kw::For,
        "from" => Kw::From,
        "global" => Kw::Global,
        "if" => Kw::If,
        "import" => Kw::Import,
        "in" => Kw::In,
        "is" => Kw::Is,
        "lambda" => Kw::Lambda,
        "nonlocal" => Kw::Nonlocal,
        "not" => Kw::Not,
        "or" => Kw::Or,
        "pass" => Kw::Pass,
        "raise" => Kw::Raise,
        "return" => Kw::Return,
        "try" => Kw::Try,
        "while" => Kw::While,
        "with" => Kw::With,
        "yield" => Kw::Yield,
        _ => return None,
    })
}

impl<'a> Lexer<'a> {
    fn col(&self) -> u32 {
        (self.pos.saturating_sub(self.line_start) + 1) as u32
    }

    fn err(&self, msg: &str) -> SyntaxError {
        SyntaxError::new(msg, self.line, self.col())
    }

    fn at(&self, off: usize) -> u8 {
        self.b.get(self.pos + off).copied().unwrap_or(0)
    }

    fn slice(&self, start: usize, end: usize) -> &'a str {
        self.src.get(start..end).unwrap_or("")
    }

    fn push(&mut self, tok: Tok<'a>, start: usize) {
        let col = (start.saturating_sub(self.line_start) + 1) as u32;
        self.toks.push(Token { tok, line: self.line, col });
    }

    /// Call with `pos` just past a `'\n'`.
    fn newline(&mut self) {
        self.line += 1;
        self.line_start = self.pos;
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        let mut at_bol = self.paren == 0;
        loop {
            if at_bol {
                at_bol = false;
                if self.paren == 0 {
                    self.indentation()?;
                }
            }
            while matches!(self.at(0), b' ' | b'\t' | 0x0c) {
                self.pos += 1;
            }
            let Some(&c) = self.b.get(self.pos) else {
                break;
            };
            let start = self.pos;
            match c {
                b'#' => {
                    while self.pos < self.b.len() && self.at(0) != b'\n' {
                        self.pos += 1;
                    }
                }
                b'\n' => {
                    if self.paren == 0 && self.toks.last().is_some_and(|t| t.tok != Tok::Newline) {
                        self.push(Tok::Newline, start);
                    }
                    self.pos += 1;
                    self.newline();
                    at_bol = true;
                }
                b'\\' => {
                    if self.at(1) != b'\n' {
                        self.pos += 1;
                        return Err(self.err("unexpected character after line continuation"));
                    }
                    // A continuation just before the end of the input ends the last line, as
                    // MicroPython's lexer takes it (CPython calls it an unexpected EOF).
                    self.pos += 2;
                    self.newline();
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.at(1).is_ascii_digit() => self.number()?,
                b'"' | b'\'' => self.string(start, false, false, false)?,
                c if is_ident_char(c) => self.ident(start)?,
                _ => self.op(start)?,
            }
        }
        if self.paren == 0 && self.toks.last().is_some_and(|t| t.tok != Tok::Newline) {
            self.push(Tok::Newline, self.pos);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, self.pos);
        }
        Ok(())
    }

    /// At the start of a logical line outside brackets: measure the indentation and emit
    /// INDENT/DEDENT tokens. Blank and comment-only lines are left alone.
    fn indentation(&mut self) -> Result<(), SyntaxError> {
        let mut col: u32 = 0;
        loop {
            match self.at(0) {
                b' ' => col = col.saturating_add(1),
                b'\t' => col = (col / 8).saturating_add(1).saturating_mul(8),
                0x0c => col = 0,
                _ => break,
            }
            self.pos += 1;
        }
        if self.pos >= self.b.len() || matches!(self.at(0), b'#' | b'\n') {
            return Ok(());
        }
        let cur = self.indents.last().copied().unwrap_or(0);
        if col > cur {
            self.indents.push(col);
            self.push(Tok::Indent, self.pos);
        } else if col < cur {
            while self.indents.last().is_some_and(|&l| l > col) {
                self.indents.pop();
                self.push(Tok::Dedent, self.pos);
            }
            if self.indents.last().copied().unwrap_or(0) != col {
                return Err(SyntaxError::indentation(
                    "unindent doesn't match any outer indent level",
                    self.line,
                    self.col(),
                ));
            }
        }
        Ok(())
    }

    fn ident(&mut self, start: usize) -> Result<(), SyntaxError> {
        while is_ident_char(self.at(0)) {
            self.pos += 1;
        }
        let s = self.slice(start, self.pos);
        if s.len() <= 2 && matches!(self.at(0), b'"' | b'\'') {
            let (mut raw, mut bytes, mut fmt, mut uni) = (false, false, false, false);
            let mut ok = true;
            for c in s.bytes() {
                let flag = match c.to_ascii_lowercase() {
                    b'r' => &mut raw,
                    b'b' => &mut bytes,
                    b'f' => &mut fmt,
                    b'u' => &mut uni,
                    _ => {
                        ok = false;
                        break;
                    }
                };
                if *flag {
                    ok = false;
                }
                *flag = true;
            }
            let combo_ok = !(bytes && fmt) && !(uni && (raw || bytes || fmt));
            if ok && combo_ok {
                return self.string(start, raw, bytes, fmt);
            }
        }
        let tok = match keyword(s) {
            Some(k) => Tok::Kw(k),
            None => Tok::Name(s),
        };
        self.push(tok, start);
        Ok(())
    }

    /// A string literal whose prefix (if any) started at `start`; `pos` is at the opening quote.
    fn string(&mut self, start: usize, raw: bool, bytes: bool, fmt: bool) -> Result<(), SyntaxError> {
        let (line, col) = (self.line, (start.saturating_sub(self.line_start) + 1) as u32);
        let q = self.at(0);
        let triple = self.at(1) == q && self.at(2) == q;
        self.pos += if triple { 3 } else { 1 };
        let body_start = self.pos;
        let body_end;
        loop {
            let Some(&c) = self.b.get(self.pos) else {
                return Err(SyntaxError::new("unterminated string", line, col));
            };
            match c {
                b'\\' => {
                    self.pos += 1;
                    if self.at(0) == b'\n' {
                        self.pos += 1;
                        self.newline();
                    } else if self.pos < self.b.len() {
                        self.pos += 1;
                    }
                }
                b'\n' => {
                    if !triple {
                        return Err(SyntaxError::new("unterminated string", line, col));
                    }
                    self.pos += 1;
                    self.newline();
                }
                b'{' if fmt && self.at(1) != b'{' => self.skip_fstring_field(line, col)?,
                b'{' if fmt => self.pos += 2,
                c if c == q && (!triple || (self.at(1) == q && self.at(2) == q)) => {
                    body_end = self.pos;
                    self.pos += if triple { 3 } else { 1 };
                    break;
                }
                _ => self.pos += 1,
            }
        }
        let body = self.slice(body_start, body_end);
        let tok = if fmt {
            Tok::FStr { body, raw, line }
        } else if bytes {
            match literal::unescape_bytes(body, raw) {
                Ok(v) => Tok::Bytes(v),
                Err(m) => return Err(SyntaxError::new(m, line, col)),
            }
        } else if raw || !body.contains('\\') {
            Tok::Str(body.to_owned())
        } else {
            let mut s = String::with_capacity(body.len());
            if let Err(m) = unescape_str(body, &mut s) {
                return Err(SyntaxError::escape(m, line, col));
            }
            Tok::Str(s)
        };
        self.toks.push(Token { tok, line, col });
        Ok(())
    }

    /// Steps over an f-string replacement field (at its `{`), which may hold strings in the
    /// f-string's own quotes (`f"{d["k"]}"`, Python 3.12): the parser splits the field later.
    #[inline(never)]
    fn skip_fstring_field(&mut self, line: u32, col: u32) -> Result<(), SyntaxError> {
        let Some(end) = fscan::skip_field(self.b, self.pos + 1) else {
            return Err(SyntaxError::new("unterminated string", line, col));
        };
        while self.pos < end {
            self.pos += 1;
            if self.b.get(self.pos - 1) == Some(&b'\n') {
                self.newline();
            }
        }
        Ok(())
    }

    /// Consumes digits of `radix` with single underscores between them (and, when
    /// `lead_underscore`, one before the first). Returns whether at least one digit was read.
    fn digits(&mut self, radix: u32, lead_underscore: bool) -> Result<bool, SyntaxError> {
        let mut any = false;
        loop {
            let c = self.at(0);
            if c == b'_' {
                let next_ok = (self.at(1) as char).is_digit(radix);
                if !next_ok || !(any || lead_underscore) {
                    return Err(self.err("invalid syntax for number"));
                }
                self.pos += 1;
            } else if (c as char).is_digit(radix) {
                any = true;
                self.pos += 1;
            } else {
                return Ok(any);
            }
        }
    }

    fn number(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        let bad = |lx: &Self| lx.err("invalid syntax for number");
        if self.at(0) == b'0' {
            let radix = match self.at(1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => 0,
            };
            if radix != 0 {
                self.pos += 2;
                let dstart = self.pos;
                if !self.digits(radix, true)? {
                    return Err(bad(self));
                }
                if is_ident_char(self.at(0)) && (self.at(0) as char).is_ascii_digit() {
                    return Err(bad(self));
                }
                let text = self.slice(dstart, self.pos);
                let tok = literal::int_from_digits(text, radix);
                self.push(tok, start);
                return Ok(());
            }
        }
        let mut is_float = false;
        if self.at(0) != b'.' {
            self.digits(10, false)?;
        }
        if self.at(0) == b'.' {
            is_float = true;
            self.pos += 1;
            if self.at(0).is_ascii_digit() {
                self.digits(10, false)?;
            }
        }
        if matches!(self.at(0), b'e' | b'E') {
            let sign = usize::from(matches!(self.at(1), b'+' | b'-'));
            if self.at(1 + sign).is_ascii_digit() {
                is_float = true;
                self.pos += 1 + sign;
                self.digits(10, false)?;
            }
        }
        let text = self.slice(start, self.pos);
        let imag = matches!(self.at(0), b'j' | b'J');
        if imag {
            self.pos += 1;
        }
        let tok = if is_float || imag {
            let clean: String = text.chars().filter(|&c| c != '_').collect();
            let v: f64 = clean.parse().map_err(|_| bad(self))?;
            if imag {
                Tok::Imag(v)
            } else {
                Tok::Float(v)
            }
        } else {
            let nonzero = text.bytes().any(|c| c != b'0' && c != b'_');
            if text.len() > 1 && text.starts_with('0') && nonzero {
                return Err(self.err("invalid syntax for number"));
            }
            literal::int_from_digits(text, 10)
        };
        self.push(tok, start);
        Ok(())
    }

    fn op(&mut self, start: usize) -> Result<(), SyntaxError> {
        let (c0, c1, c2) = (self.at(0), self.at(1), self.at(2));
        let aug = |op| Op::AugAssign(op);
        let (op, len) = match (c0, c1, c2) {
            (b'(', _, _) => (Op::LParen, 1),
            (b')', _, _) => (Op::RParen, 1),
            (b'[', _, _) => (Op::LBracket, 1),
            (b']', _, _) => (Op::RBracket, 1),
            (b'{', _, _) => (Op::LBrace, 1),
            (b'}', _, _) => (Op::RBrace, 1),
            (b',', _, _) => (Op::Comma, 1),
            (b';', _, _) => (Op::Semi, 1),
            (b'~', _, _) => (Op::Tilde, 1),
            (b':', b'=', _) => (Op::Walrus, 2),
            (b':', _, _) => (Op::Colon, 1),
            (b'.', b'.', b'.') => (Op::Ellipsis, 3),
            (b'.', _, _) => (Op::Dot, 1),
            (b'=', b'=', _) => (Op::EqEq, 2),
            (b'=', _, _) => (Op::Assign, 1),
            (b'!', b'=', _) => (Op::NotEq, 2),
            (b'-', b'>', _) => (Op::Arrow, 2),
            (b'-', b'=', _) => (aug(BinOp::Sub), 2),
            (b'-', _, _) => (Op::Minus, 1),
            (b'+', b'=', _) => (aug(BinOp::Add), 2),
            (b'+', _, _) => (Op::Plus, 1),
            (b'*', b'*', b'=') => (aug(BinOp::Pow), 3),
            (b'*', b'*', _) => (Op::DoubleStar, 2),
            (b'*', b'=', _) => (aug(BinOp::Mul), 2),
            (b'*', _, _) => (Op::Star, 1),
            (b'/', b'/', b'=') => (aug(BinOp::FloorDiv), 3),
            (b'/', b'/', _) => (Op::DoubleSlash, 2),
            (b'/', b'=', _) => (aug(BinOp::Div), 2),
            (b'/', _, _) => (Op::Slash, 1),
            (b'%', b'=', _) => (aug(BinOp::Mod), 2),
            (b'%', _, _) => (Op::Percent, 1),
            (b'@', b'=', _) => (aug(BinOp::MatMul), 2),
            (b'@', _, _) => (Op::At, 1),
            (b'&', b'=', _) => (aug(BinOp::BitAnd), 2),
            (b'&', _, _) => (Op::Amp, 1),
            (b'|', b'=', _) => (aug(BinOp::BitOr), 2),
            (b'|', _, _) => (Op::Pipe, 1),
            (b'^', b'=', _) => (aug(BinOp::BitXor), 2),
            (b'^', _, _) => (Op::Caret, 1),
            (b'<', b'<', b'=') => (aug(BinOp::LShift), 3),
            (b'<', b'<', _) => (Op::LShift, 2),
            (b'<', b'=', _) => (Op::Le, 2),
            (b'<', _, _) => (Op::Lt, 1),
            (b'>', b'>', b'=') => (aug(BinOp::RShift), 3),
            (b'>', b'>', _) => (Op::RShift, 2),
            (b'>', b'=', _) => (Op::Ge, 2),
            (b'>', _, _) => (Op::Gt, 1),
            _ => return Err(self.err("invalid syntax")),
        };
        match op {
            Op::LParen | Op::LBracket | Op::LBrace => self.paren += 1,
            Op::RParen | Op::RBracket | Op::RBrace => self.paren = self.paren.saturating_sub(1),
            _ => {}
        }
        self.pos += len;
        self.push(Tok::Op(op), start);
        Ok(())
    }
}
