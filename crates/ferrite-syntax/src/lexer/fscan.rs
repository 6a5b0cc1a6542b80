//! Finding where a string literal or an f-string replacement field ends, with f-strings nested
//! inside fields in the same quotes (PEP 701, Python 3.12, which MicroPython accepts:
//! `f"a{f"b{x}"}"`). The lexer uses it to find the end of an f-string, the parser to find the end
//! of a field's expression; neither decodes anything here.

/// `b[q]` is a quote opening a string literal whose prefix letters (if any) come just before
/// it. Returns the index just after the closing quote, or `None` if the string is unterminated.
pub(crate) fn skip_string(b: &[u8], q: usize) -> Option<usize> {
    // The prefix: up to two of f, r, b, u right before the quote, not ending a longer name
    // (`x if"a"else"b"` has no prefix).
    let mut p = q;
    while p > 0 && q - p < 3 && b.get(p - 1).is_some_and(|c| b"fFrRbBuU".contains(c)) {
        p -= 1;
    }
    let word_before = p > 0 && b.get(p - 1).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_');
    let is_f = !word_before && q - p <= 2 && b.get(p..q).is_some_and(|s| s.iter().any(|c| matches!(c, b'f' | b'F')));
    let quote = *b.get(q)?;
    let triple = b.get(q + 1) == Some(&quote) && b.get(q + 2) == Some(&quote);
    let mut j = q + if triple { 3 } else { 1 };
    loop {
        let c = *b.get(j)?;
        match c {
            b'\\' => j += 2,
            b'\n' if !triple => return None,
            b'{' if is_f && b.get(j + 1) == Some(&b'{') => j += 2,
            b'{' if is_f => j = skip_field(b, j + 1)?,
            _ if c == quote && (!triple || (b.get(j + 1) == Some(&quote) && b.get(j + 2) == Some(&quote))) => {
                return Some(j + if triple { 3 } else { 1 });
            }
            _ => j += 1,
        }
    }
}

/// `b[start..]` is a replacement field just after its `{`. Returns the index just after the
/// field's closing `}`, or `None` if it does not close. Strings in the expression are skipped
/// whole; after the format spec's `:` quotes are plain characters and `{...}` are nested fields.
pub(crate) fn skip_field(b: &[u8], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_spec = false;
    let mut j = start;
    loop {
        let c = *b.get(j)?;
        if in_spec {
            match c {
                b'{' => j = skip_field(b, j + 1)?,
                b'}' => return Some(j + 1),
                _ => j += 1,
            }
            continue;
        }
        match c {
            b'\'' | b'"' => {
                j = skip_string(b, j)?;
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth > 0 => depth -= 1,
            b'}' => return Some(j + 1),
            b':' if depth == 0 => in_spec = true,
            _ => {}
        }
        j += 1;
    }
}
