//! Translates a Python regular expression into the syntax of `regex-automata`.
//!
//! The two dialects agree on most of the language; this pass rewrites where they differ and
//! refuses what the engine cannot do:
//! - `\d \w \s` (and negations) become ASCII classes, as MicroPython defines them; `\b \B` are
//!   ASCII word boundaries; `\Z` is `\z`.
//! - Escaped and special-in-the-engine literal characters become `\x{..}`, so `[`, `&&`, `--`,
//!   `~~` in a class and `\<` `\>` mean what Python means.
//! - A `{` that is not a repetition is a literal, as in Python; `{,n}` is `{0,n}`.
//! - VERBOSE (`re.X`, `(?x)`) is applied here: whitespace and `#` comments outside classes go.
//! - Backreferences, lookaround, atomic groups, possessive repeats, conditionals and `\N{...}`
//!   are errors (MicroPython supports none of them either).
//!
//! The scan is a loop over the pattern with no recursion, so nesting depth costs nothing here;
//! the engine's own nesting and size limits apply afterwards.

use std::fmt::Write;

/// How a pattern is read.
pub struct Syntax {
    /// A bytes pattern: characters are bytes, matching is not Unicode-aware.
    pub bytes: bool,
    pub verbose: bool,
}

/// Python's `\s` in MicroPython's ASCII form: `[ \t-\r]`.
const SPACE: &str = r"\x{20}\x{9}-\x{d}";
const DIGIT: &str = "0-9";
const WORD: &str = "0-9A-Za-z_";

/// The translated pattern, or a message for `re.error`.
pub fn translate(pattern: &[char], syntax: &Syntax) -> Result<String, String> {
    let mut t = Translator {
        p: pattern,
        i: 0,
        out: String::with_capacity(pattern.len() + 16),
        syntax,
        verbose: syntax.verbose,
    };
    t.run()?;
    Ok(t.out)
}

struct Translator<'a> {
    p: &'a [char],
    i: usize,
    out: String,
    syntax: &'a Syntax,
    verbose: bool,
}

/// One element of a character class.
enum ClassItem {
    Char(char),
    /// A class written as text to nest inside the class, e.g. `[0-9]`.
    Set(String),
}

impl Translator<'_> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn run(&mut self) -> Result<(), String> {
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                '\\' => {
                    let item = self.escape(false)?;
                    match item {
                        ClassItem::Char(ch) => self.literal(ch),
                        ClassItem::Set(s) => self.out.push_str(&s),
                    }
                }
                '[' => self.class()?,
                '(' => self.group()?,
                '{' => self.brace()?,
                '}' => self.literal('}'),
                '*' | '+' | '?' => {
                    self.out.push(c);
                    self.after_repeat()?;
                }
                '#' if self.verbose => {
                    while let Some(n) = self.peek() {
                        self.i += 1;
                        if n == '\n' {
                            break;
                        }
                    }
                }
                c if self.verbose && c.is_whitespace() => {}
                '.' | '^' | '$' | '|' | ')' => self.out.push(c),
                c => self.literal(c),
            }
        }
        Ok(())
    }

    /// A literal character: itself when plain, else `\x{..}`.
    fn literal(&mut self, c: char) {
        let plain = c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && !self.syntax.bytes);
        if plain {
            self.out.push(c);
        } else {
            let _ = write!(self.out, "\\x{{{:x}}}", c as u32);
        }
    }

    /// After `*`, `+`, `?` or `{m,n}`: an optional lazy `?`; possessive `+` is refused.
    fn after_repeat(&mut self) -> Result<(), String> {
        match self.peek() {
            Some('?') => {
                self.i += 1;
                self.out.push('?');
            }
            Some('+') => return Err("possessive repeat not supported".into()),
            _ => {}
        }
        if matches!(self.peek(), Some('*' | '+' | '?'))
            || (self.peek() == Some('{') && self.repeat_at(self.i).is_some())
        {
            return Err("multiple repeat".into());
        }
        Ok(())
    }

    /// Parses `{m}`, `{m,}`, `{,n}`, `{m,n}` starting at `p[at] == '{'`: (min, max, end index).
    fn repeat_at(&self, at: usize) -> Option<(String, Option<String>, bool, usize)> {
        let mut j = at + 1;
        let mut lo = String::new();
        while let Some(c) = self.p.get(j).filter(|c| c.is_ascii_digit()) {
            lo.push(*c);
            j += 1;
        }
        let mut hi = None;
        let mut comma = false;
        if self.p.get(j) == Some(&',') {
            comma = true;
            j += 1;
            let mut h = String::new();
            while let Some(c) = self.p.get(j).filter(|c| c.is_ascii_digit()) {
                h.push(*c);
                j += 1;
            }
            if !h.is_empty() {
                hi = Some(h);
            }
        }
        if self.p.get(j) != Some(&'}') || (lo.is_empty() && hi.is_none()) {
            return None;
        }
        Some((lo, hi, comma, j + 1))
    }

    fn brace(&mut self) -> Result<(), String> {
        let at = self.i - 1;
        match self.repeat_at(at) {
            Some((lo, hi, comma, end)) => {
                self.i = end;
                let lo = if lo.is_empty() { "0".to_string() } else { lo };
                let _ = match (comma, hi) {
                    (false, _) => write!(self.out, "{{{lo}}}"),
                    (true, None) => write!(self.out, "{{{lo},}}"),
                    (true, Some(h)) => {
                        if h.parse::<u64>().ok() < lo.parse::<u64>().ok() {
                            return Err("min repeat greater than max repeat".into());
                        }
                        write!(self.out, "{{{lo},{h}}}")
                    }
                };
                self.after_repeat()
            }
            None => {
                self.literal('{');
                Ok(())
            }
        }
    }

    /// After `(`.
    fn group(&mut self) -> Result<(), String> {
        if self.peek() != Some('?') {
            self.out.push('(');
            return Ok(());
        }
        self.i += 1;
        let Some(c) = self.peek() else { return Err("unexpected end of pattern".into()) };
        match c {
            ':' => {
                self.i += 1;
                self.out.push_str("(?:");
            }
            'P' => {
                self.i += 1;
                match self.peek() {
                    Some('<') => {
                        self.i += 1;
                        let mut name = String::new();
                        loop {
                            match self.peek() {
                                Some('>') => {
                                    self.i += 1;
                                    break;
                                }
                                Some(ch) if ch.is_alphanumeric() || ch == '_' => {
                                    name.push(ch);
                                    self.i += 1;
                                }
                                _ => return Err("bad character in group name".into()),
                            }
                        }
                        if name.is_empty() || name.starts_with(|ch: char| ch.is_ascii_digit()) {
                            return Err(format!("bad character in group name '{name}'"));
                        }
                        let _ = write!(self.out, "(?P<{name}>");
                    }
                    Some('=') => return Err("backreferences not supported".into()),
                    _ => return Err("unknown extension ?P".into()),
                }
            }
            '=' | '!' => return Err("lookahead not supported".into()),
            '<' => {
                if matches!(self.peek_at(1), Some('=' | '!')) {
                    return Err("lookbehind not supported".into());
                }
                return Err("unknown extension ?<".into());
            }
            '>' => return Err("atomic groups not supported".into()),
            '(' => return Err("conditional groups not supported".into()),
            '#' => {
                while let Some(ch) = self.peek() {
                    self.i += 1;
                    if ch == ')' {
                        return Ok(());
                    }
                }
                return Err("missing ), unterminated comment".into());
            }
            _ => self.inline_flags()?,
        }
        Ok(())
    }

    /// `(?aiLmsux)`, `(?i:...)`, `(?-i:...)`: i, m, s pass to the engine, x is applied here,
    /// a, L, u change nothing (classes are ASCII already).
    fn inline_flags(&mut self) -> Result<(), String> {
        let mut on = String::new();
        let mut off = String::new();
        let mut negate = false;
        loop {
            let Some(c) = self.peek() else { return Err("missing -, : or )".into()) };
            self.i += 1;
            match c {
                'i' | 'm' | 's' => {
                    if negate {
                        off.push(c);
                    } else {
                        on.push(c);
                    }
                }
                'x' => {
                    if negate {
                        return Err("bad inline flags: cannot turn off flag 'x'".into());
                    }
                    self.verbose = true;
                }
                'a' | 'L' | 'u' => {}
                '-' if !negate => negate = true,
                ')' => {
                    if negate {
                        return Err("missing :".into());
                    }
                    if !on.is_empty() {
                        let _ = write!(self.out, "(?{on})");
                    }
                    return Ok(());
                }
                ':' => {
                    let neg = if off.is_empty() { String::new() } else { format!("-{off}") };
                    let _ = write!(self.out, "(?{on}{neg}:");
                    return Ok(());
                }
                _ => return Err(format!("unknown extension ?{c}")),
            }
        }
    }

    /// `n` hex digits after `\x`, `\u` or `\U`.
    fn hex(&mut self, n: usize, what: char) -> Result<char, String> {
        let mut v: u32 = 0;
        for _ in 0..n {
            let d = self.peek().and_then(|c| c.to_digit(16));
            let Some(d) = d else { return Err(format!("incomplete escape \\{what}")) };
            v = v * 16 + d;
            self.i += 1;
        }
        char::from_u32(v).ok_or_else(|| format!("bad escape \\{what}"))
    }

    /// After `\`: one character or a class, inside or outside a character class.
    fn escape(&mut self, in_class: bool) -> Result<ClassItem, String> {
        let Some(c) = self.peek() else { return Err("bad escape (end of pattern)".into()) };
        self.i += 1;
        let set = |body: &str, neg: bool| ClassItem::Set(format!("[{}{body}]", if neg { "^" } else { "" }));
        Ok(match c {
            'd' => set(DIGIT, false),
            'D' => set(DIGIT, true),
            'w' => set(WORD, false),
            'W' => set(WORD, true),
            's' => set(SPACE, false),
            'S' => set(SPACE, true),
            'b' if in_class => ClassItem::Char('\u{8}'),
            'b' | 'B' | 'A' | 'Z' if !in_class => ClassItem::Set(match (c, self.syntax.bytes) {
                ('b', false) => r"(?-u:\b)".into(),
                ('B', false) => r"(?-u:\B)".into(),
                ('b', true) => r"\b".into(),
                ('B', true) => r"\B".into(),
                ('A', _) => r"\A".into(),
                _ => r"\z".into(),
            }),
            'a' => ClassItem::Char('\u{7}'),
            'f' => ClassItem::Char('\u{c}'),
            'n' => ClassItem::Char('\n'),
            'r' => ClassItem::Char('\r'),
            't' => ClassItem::Char('\t'),
            'v' => ClassItem::Char('\u{b}'),
            'x' => ClassItem::Char(self.hex(2, 'x')?),
            'u' if !self.syntax.bytes => ClassItem::Char(self.hex(4, 'u')?),
            'U' if !self.syntax.bytes => ClassItem::Char(self.hex(8, 'U')?),
            '0'..='7'
                if c == '0'
                    || (self.peek().is_some_and(|d| d.is_digit(8))
                        && self.peek_at(1).is_some_and(|d| d.is_digit(8))) =>
            {
                let mut v = c.to_digit(8).unwrap_or(0);
                let mut k = 1;
                while k < 3 {
                    match self.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            self.i += 1;
                            k += 1;
                        }
                        None => break,
                    }
                }
                if v > 0o377 {
                    return Err(format!("octal escape value \\{v:o} outside of range 0-0o377"));
                }
                ClassItem::Char(char::from_u32(v).unwrap_or('\0'))
            }
            '1'..='9' => return Err("backreferences not supported".into()),
            c if c.is_ascii_alphanumeric() => return Err(format!("bad escape \\{c}")),
            c => ClassItem::Char(c),
        })
    }

    /// After `[`: copies the class with every literal made safe for the engine.
    fn class(&mut self) -> Result<(), String> {
        self.out.push('[');
        if self.peek() == Some('^') {
            self.i += 1;
            self.out.push('^');
        }
        let mut first = true;
        loop {
            let Some(c) = self.peek() else { return Err("unterminated character set".into()) };
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let item = if c == '\\' { self.escape(true)? } else { ClassItem::Char(c) };
            match item {
                ClassItem::Set(s) => self.out.push_str(&s),
                ClassItem::Char(lo) => {
                    // A range `lo-hi`, unless the `-` is last in the class.
                    if self.peek() == Some('-') && self.peek_at(1).is_some_and(|n| n != ']') {
                        self.i += 1;
                        let n = self.peek().unwrap_or(']');
                        self.i += 1;
                        let hi = if n == '\\' { self.escape(true)? } else { ClassItem::Char(n) };
                        let ClassItem::Char(hi) = hi else { return Err("bad character range".into()) };
                        if hi < lo {
                            return Err("bad character range".into());
                        }
                        self.literal(lo);
                        self.out.push('-');
                        self.literal(hi);
                    } else {
                        self.literal(lo);
                    }
                }
            }
        }
        self.out.push(']');
        Ok(())
    }

    #[cfg(test)]
    fn done(&self) -> bool {
        self.i >= self.p.len()
    }
}

/// `re.escape`: a backslash before every character special in a Python pattern.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\\t"),
            '\n' => out.push_str("\\\n"),
            '\r' => out.push_str("\\\r"),
            '\u{b}' => out.push_str("\\\u{b}"),
            '\u{c}' => out.push_str("\\\u{c}"),
            '(' | ')' | '[' | ']' | '{' | '}' | '?' | '*' | '+' | '-' | '|' | '^' | '$' | '\\' | '.' | '&' | '~'
            | '#' | ' ' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(s: &str) -> Result<String, String> {
        let chars: Vec<char> = s.chars().collect();
        translate(&chars, &Syntax { bytes: false, verbose: false })
    }

    #[test]
    fn classes_and_escapes() {
        assert_eq!(tr(r"\d+").as_deref(), Ok("[0-9]+"));
        assert_eq!(tr(r"[\w.]").as_deref(), Ok(r"[[0-9A-Za-z_]\x{2e}]"));
        assert_eq!(tr(r"a{,3}").as_deref(), Ok("a{0,3}"));
        assert_eq!(tr(r"a{x").as_deref(), Ok(r"a\x{7b}x"));
        assert!(tr(r"(a)\1").is_err());
        assert!(tr(r"(?=a)").is_err());
        assert!(tr(r"[a").is_err());
    }

    #[test]
    fn deep_nesting_is_linear() {
        let p = "(".repeat(100_000) + &")".repeat(100_000);
        let chars: Vec<char> = p.chars().collect();
        let mut t = Translator {
            p: &chars,
            i: 0,
            out: String::new(),
            syntax: &Syntax { bytes: false, verbose: false },
            verbose: false,
        };
        assert!(t.run().is_ok());
        assert!(t.done());
    }
}
