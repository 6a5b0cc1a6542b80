//! The searching methods of `re.Pattern` (match, search, fullmatch, sub, subn, split, findall,
//! finditer) and the `re.Match` class.
//!
//! Offsets inside are byte offsets into the subject's UTF-8 (or bytes); what Python sees
//! (`pos`, `start()`, `span()`) are character indices, converted at the edge. Subjects are
//! read in place from the heap, not copied.

use ferrite_vm::builtins::{check_args, check_kwargs, kwarg};
use ferrite_vm::native::NativeFunction;
use ferrite_vm::object::Object;
use ferrite_vm::types::object::add_getter;
use ferrite_vm::{native, Name, ObjRef, PyResult, Value, Vm};

use super::{with_pattern, Anchor, Pattern, Spans};

/// A match: the spans of every group, plus what `m.re`, `m.string`, `m.pos` report.
struct Match {
    pattern: Value,
    string: Value,
    spans: Spans,
    pos: usize,
    endpos: usize,
}
ferrite_vm::native_data!(Match, |m, out| {
    out.push(m.pattern);
    out.push(m.string);
});

/// The bytes of a str, bytes or bytearray subject, borrowed from the heap.
fn hay(vm: &Vm, v: Value) -> Option<&[u8]> {
    match vm.heap.get(v.as_obj()?) {
        Object::Str(s) => Some(s.s.as_bytes()),
        Object::Bytes(b) | Object::ByteArray(b) => Some(b),
        _ => None,
    }
}

/// A subject and the byte range to search, from `(string, pos, endpos)`.
struct Target {
    subject: Value,
    start: usize,
    end: usize,
    pos: usize,
    endpos: usize,
}

/// The character index of byte offset `b` in a str subject (bytes: itself).
fn char_index(vm: &Vm, subject: Value, b: usize) -> usize {
    match subject.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(s)) if !s.is_ascii() => s.s.get(..b).map_or(b, |p| p.chars().count()),
        _ => b,
    }
}

/// The byte offset of character index `c` (clamped to the end).
fn byte_offset(vm: &Vm, subject: Value, c: usize) -> usize {
    match subject.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(s)) if !s.is_ascii() => s.s.char_indices().nth(c).map_or(s.s.len(), |(b, _)| b),
        _ => c.min(hay(vm, subject).map_or(0, |h| h.len())),
    }
}

fn target(vm: &mut Vm, pat: Value, s: Value, pos: Option<Value>, endpos: Option<Value>) -> PyResult<Target> {
    let bytes_pat = with_pattern(vm, pat, |p| p.bytes)?;
    let is_str = vm.str_ref(s).is_some();
    let subject = match s.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_)) => s,
        _ => match vm.bytes_like(s) {
            Some(b) => vm.new_bytes(b)?,
            None => {
                let tn = vm.type_name(s);
                return Err(vm.type_error(format!("expected string or bytes-like object, got '{tn}'")));
            }
        },
    };
    if bytes_pat && is_str {
        return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
    }
    if !bytes_pat && !is_str {
        return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
    }
    let nchars = if is_str { vm.len(subject)? } else { hay(vm, subject).map_or(0, |h| h.len()) };
    let mut index = |v: Option<Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => Ok(vm.index_value(v, "pos")?.clamp(0, nchars as i64) as usize),
        }
    };
    let pos = index(pos, 0)?;
    let endpos = index(endpos, nchars)?;
    let start = byte_offset(vm, subject, pos);
    let end = byte_offset(vm, subject, endpos);
    Ok(Target { subject, start, end, pos, endpos })
}

/// One search; `Ok(None)` when nothing matches.
fn exec_one(vm: &mut Vm, pat: Value, t: &Target, anchor: Anchor) -> PyResult<Option<Spans>> {
    let found = vm
        .data::<Pattern>(pat)
        .and_then(|p| hay(vm, t.subject).map(|h| p.exec(h, t.start, t.end.max(t.start), anchor)));
    match found {
        Some(r) => Ok(r),
        None => Err(vm.type_error("compiled pattern expected")),
    }
}

fn exec_all(vm: &mut Vm, pat: Value, t: &Target, limit: usize) -> PyResult<Vec<Spans>> {
    let found = vm
        .data::<Pattern>(pat)
        .and_then(|p| hay(vm, t.subject).map(|h| p.exec_all(h, t.start, t.end.max(t.start), limit)));
    match found {
        Some(r) => Ok(r),
        None => Err(vm.type_error("compiled pattern expected")),
    }
}

/// `subject[a..b]` as a new str or bytes.
fn slice(vm: &mut Vm, subject: Value, a: usize, b: usize) -> PyResult<Value> {
    let is_str = vm.str_ref(subject).is_some();
    let part = hay(vm, subject).and_then(|h| h.get(a..b)).map(|p| p.to_vec()).unwrap_or_default();
    if is_str {
        vm.new_string(String::from_utf8_lossy(&part).into_owned())
    } else {
        vm.new_bytes(part)
    }
}

fn new_match(vm: &mut Vm, pat: Value, t: &Target, spans: Spans) -> PyResult<Value> {
    let cls = vm.type_of(pat);
    let n = vm.intern("_Match");
    let Some(mcls) = vm.get_attr(Value::Obj(cls), n)?.as_obj() else {
        return Err(vm.internal_error("re.Match class"));
    };
    let m = Match { pattern: pat, string: t.subject, spans, pos: t.pos, endpos: t.endpos };
    vm.new_data(mcls, Box::new(m))
}

/// `(string, pos=0, endpos=None)` of match, search, fullmatch, findall, finditer.
fn subject_args(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Target> {
    check_args(vm, name, args, 1, 4)?;
    check_kwargs(vm, kw, &["string", "pos", "endpos"])?;
    let Some(s) = args.get(1).copied().or_else(|| kwarg(vm, kw, "string")) else {
        return Err(vm.type_error(format!("{name}() missing required argument 'string'")));
    };
    let pos = args.get(2).copied().or_else(|| kwarg(vm, kw, "pos"));
    let endpos = args.get(3).copied().or_else(|| kwarg(vm, kw, "endpos"));
    target(vm, args[0], s, pos, endpos)
}

fn match_at(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)], name: &str, anchor: Anchor) -> PyResult<Value> {
    let t = subject_args(vm, name, args, kw)?;
    vm.root(t.subject);
    let r = match exec_one(vm, args[0], &t, anchor) {
        Ok(Some(spans)) => new_match(vm, args[0], &t, spans),
        Ok(None) => Ok(Value::None),
        Err(e) => Err(e),
    };
    vm.temp_roots.pop();
    r
}

fn pattern_match(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    match_at(vm, args, kw, "match", Anchor::Match)
}
fn pattern_search(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    match_at(vm, args, kw, "search", Anchor::Search)
}
fn pattern_fullmatch(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    match_at(vm, args, kw, "fullmatch", Anchor::Full)
}

/// A group's value from its span: the substring, or `default` when it did not take part.
fn group_value(vm: &mut Vm, subject: Value, span: Option<(usize, usize)>, default: Value) -> PyResult<Value> {
    match span {
        Some((a, b)) => slice(vm, subject, a, b),
        None => Ok(default),
    }
}

fn findall(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let t = subject_args(vm, "findall", args, kw)?;
    let mark = vm.roots_mark();
    vm.root(t.subject);
    let r = findall_inner(vm, args[0], &t);
    vm.truncate_roots(mark);
    r
}

fn findall_inner(vm: &mut Vm, pat: Value, t: &Target) -> PyResult<Value> {
    let all = exec_all(vm, pat, t, 0)?;
    let list = vm.new_list(Vec::new())?;
    vm.root(list);
    let empty = slice(vm, t.subject, 0, 0)?;
    vm.root(empty);
    for spans in all {
        let item = if spans.len() <= 2 {
            let span = spans.get(if spans.len() == 2 { 1 } else { 0 }).copied().flatten();
            group_value(vm, t.subject, span, empty)?
        } else {
            let mut parts = Vec::with_capacity(spans.len() - 1);
            let mark = vm.roots_mark();
            for span in spans.iter().skip(1) {
                let v = group_value(vm, t.subject, *span, empty)?;
                vm.root(v);
                parts.push(v);
            }
            vm.truncate_roots(mark);
            vm.new_tuple(parts)?
        };
        vm.list_append(list, item)?;
    }
    Ok(list)
}

/// Lazy in CPython; here the matches are found at once and handed out by a list iterator.
fn finditer(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let t = subject_args(vm, "finditer", args, kw)?;
    let mark = vm.roots_mark();
    vm.root(t.subject);
    let r = (|| {
        let all = exec_all(vm, args[0], &t, 0)?;
        let list = vm.new_list(Vec::new())?;
        vm.root(list);
        for spans in all {
            let m = new_match(vm, args[0], &t, spans)?;
            vm.list_append(list, m)?;
        }
        vm.get_iter(list)
    })();
    vm.truncate_roots(mark);
    r
}

fn split(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "split", args, 2, 3)?;
    check_kwargs(vm, kw, &["maxsplit"])?;
    let maxsplit = match args.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit")) {
        Some(v) => vm.index_value(v, "maxsplit")?,
        None => 0,
    };
    let t = target(vm, args[0], args[1], None, None)?;
    let mark = vm.roots_mark();
    vm.root(t.subject);
    let r = (|| {
        let list = vm.new_list(Vec::new())?;
        vm.root(list);
        if maxsplit < 0 {
            let whole = slice(vm, t.subject, t.start, t.end)?;
            vm.list_append(list, whole)?;
            return Ok(list);
        }
        let all = exec_all(vm, args[0], &t, maxsplit as usize)?;
        let mut last = t.start;
        for spans in all {
            let Some(&Some((s, e))) = spans.first() else { continue };
            if s == e {
                // MicroPython stops splitting at the first empty match (CPython 3.7+ splits
                // there too): `re.split("x*", "axbc")` is `['axbc']`.
                break;
            }
            let piece = slice(vm, t.subject, last, s)?;
            vm.list_append(list, piece)?;
            for span in spans.iter().skip(1) {
                let g = group_value(vm, t.subject, *span, Value::None)?;
                vm.list_append(list, g)?;
            }
            last = e;
        }
        let rest = slice(vm, t.subject, last, t.end)?;
        vm.list_append(list, rest)?;
        Ok(list)
    })();
    vm.truncate_roots(mark);
    r
}

/// One part of a replacement template.
enum Piece {
    Lit(Vec<u8>),
    Group(usize),
}

/// Why a template is refused: `re.error`, or IndexError for an unknown group name (as CPython).
enum TemplateError {
    Bad(String),
    UnknownName(String),
}

impl From<String> for TemplateError {
    fn from(m: String) -> TemplateError {
        TemplateError::Bad(m)
    }
}

/// Parses `\1`, `\g<1>`, `\g<name>` and the character escapes of a replacement template.
fn parse_template(t: &[u8], groups: usize, names: &[(String, usize)]) -> Result<Vec<Piece>, TemplateError> {
    let mut pieces = Vec::new();
    let mut lit = Vec::new();
    let mut i = 0;
    let group = |n: usize| if n > groups { Err(format!("invalid group reference {n}")) } else { Ok(n) };
    while let Some(&c) = t.get(i) {
        i += 1;
        if c != b'\\' {
            lit.push(c);
            continue;
        }
        let Some(&e) = t.get(i) else { return Err(TemplateError::Bad("bad escape (end of pattern)".into())) };
        i += 1;
        let simple = match e {
            b'n' => Some(b'\n'),
            b't' => Some(b'\t'),
            b'r' => Some(b'\r'),
            b'f' => Some(0x0c),
            b'v' => Some(0x0b),
            b'a' => Some(0x07),
            b'b' => Some(0x08),
            b'\\' => Some(b'\\'),
            _ => None,
        };
        if let Some(s) = simple {
            lit.push(s);
            continue;
        }
        let n = match e {
            b'g' => {
                if t.get(i) != Some(&b'<') {
                    return Err(TemplateError::Bad("missing <".into()));
                }
                let Some(close) = t.get(i + 1..).and_then(|r| r.iter().position(|&x| x == b'>')) else {
                    return Err(TemplateError::Bad("missing >, unterminated name".into()));
                };
                let name = String::from_utf8_lossy(t.get(i + 1..i + 1 + close).unwrap_or(&[])).into_owned();
                i += close + 2;
                match name.parse::<usize>() {
                    Ok(n) => group(n)?,
                    Err(_) => match names.iter().find(|(k, _)| *k == name) {
                        Some((_, n)) => *n,
                        None => return Err(TemplateError::UnknownName(format!("unknown group name '{name}'"))),
                    },
                }
            }
            b'0' => {
                // Octal: up to two more digits.
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 {
                    match t.get(i).filter(|d| (b'0'..=b'7').contains(d)) {
                        Some(d) => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                            k += 1;
                        }
                        None => break,
                    }
                }
                lit.extend(char::from_u32(v).unwrap_or('\0').to_string().as_bytes());
                continue;
            }
            b'1'..=b'9' => {
                let mut n = usize::from(e - b'0');
                if let Some(d) = t.get(i).filter(|d| d.is_ascii_digit()) {
                    n = n * 10 + usize::from(d - b'0');
                    i += 1;
                }
                group(n)?
            }
            e if e.is_ascii_alphabetic() => return Err(TemplateError::Bad(format!("bad escape \\{}", char::from(e)))),
            e => {
                lit.push(b'\\');
                lit.push(e);
                continue;
            }
        };
        if !lit.is_empty() {
            pieces.push(Piece::Lit(std::mem::take(&mut lit)));
        }
        pieces.push(Piece::Group(n));
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}

/// Appends the expansion of `pieces` for one match.
fn expand_into(vm: &Vm, subject: Value, spans: &Spans, pieces: &[Piece], out: &mut Vec<u8>) {
    let h = hay(vm, subject).unwrap_or(&[]);
    for p in pieces {
        match p {
            Piece::Lit(l) => out.extend_from_slice(l),
            Piece::Group(n) => {
                if let Some(Some((a, b))) = spans.get(*n) {
                    out.extend_from_slice(h.get(*a..*b).unwrap_or(&[]));
                }
            }
        }
    }
}

/// The template of a str/bytes replacement of the pattern's own type.
fn template_of(vm: &mut Vm, pat: Value, repl: Value) -> PyResult<Vec<Piece>> {
    let (bytes, groups, names) = with_pattern(vm, pat, |p| (p.bytes, p.groups, p.names.clone()))?;
    let text = if bytes { vm.bytes_like(repl) } else { vm.str_ref(repl).map(|s| s.as_bytes().to_vec()) };
    let Some(text) = text else {
        let tn = vm.type_name(repl);
        return Err(vm.type_error(format!("expected str or bytes-like object or callable, got '{tn}'")));
    };
    if !text.contains(&b'\\') {
        return Ok(vec![Piece::Lit(text)]);
    }
    parse_template(&text, groups, &names).map_err(|e| match e {
        TemplateError::Bad(m) => {
            let cls = vm.type_of(pat);
            super::re_error(vm, cls, &m)
        }
        TemplateError::UnknownName(m) => vm.index_error(m),
    })
}

fn finish(vm: &mut Vm, subject: Value, out: Vec<u8>) -> PyResult<Value> {
    if vm.str_ref(subject).is_some() {
        vm.new_string(String::from_utf8_lossy(&out).into_owned())
    } else {
        vm.new_bytes(out)
    }
}

/// sub and subn: the new string and the number of replacements.
fn substitute(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<(Value, usize)> {
    check_args(vm, "sub", args, 3, 4)?;
    check_kwargs(vm, kw, &["count"])?;
    let count = match args.get(3).copied().or_else(|| kwarg(vm, kw, "count")) {
        Some(v) => vm.index_value(v, "count")?,
        None => 0,
    };
    let (pat, repl) = (args[0], args[1]);
    let t = target(vm, pat, args[2], None, None)?;
    let mark = vm.roots_mark();
    vm.root(t.subject);
    let r = (|| {
        if count < 0 {
            return Ok((t.subject, 0));
        }
        let is_text = vm.str_ref(repl).is_some() || vm.bytes_like(repl).is_some();
        let template = if is_text || !vm.is_callable(repl) { Some(template_of(vm, pat, repl)?) } else { None };
        let all = exec_all(vm, pat, &t, count as usize)?;
        let n = all.len();
        let mut out = Vec::new();
        let mut last = 0;
        for spans in all {
            let Some(&Some((s, e))) = spans.first() else { continue };
            out.extend_from_slice(hay(vm, t.subject).and_then(|h| h.get(last..s)).unwrap_or(&[]));
            match &template {
                Some(pieces) => expand_into(vm, t.subject, &spans, pieces, &mut out),
                None => {
                    let m = new_match(vm, pat, &t, spans)?;
                    vm.root(m);
                    let r = vm.call(repl, &[m])?;
                    let piece = if vm.str_ref(t.subject).is_some() {
                        vm.str_ref(r).map(|s| s.as_bytes().to_vec())
                    } else {
                        vm.bytes_like(r)
                    };
                    let Some(piece) = piece else {
                        let tn = vm.type_name(r);
                        return Err(vm.type_error(format!("expected str instance, {tn} found")));
                    };
                    out.extend_from_slice(&piece);
                }
            }
            last = e;
        }
        out.extend_from_slice(hay(vm, t.subject).and_then(|h| h.get(last..)).unwrap_or(&[]));
        Ok((finish(vm, t.subject, out)?, n))
    })();
    vm.truncate_roots(mark);
    r
}

fn sub(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    substitute(vm, args, kw).map(|(s, _)| s)
}

fn subn(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let (s, n) = substitute(vm, args, kw)?;
    vm.root(s);
    let t = vm.new_tuple(vec![s, Value::Int(n as i64)]);
    vm.temp_roots.pop();
    t
}

native!(MATCH, "match", pattern_match, kw);
native!(SEARCH, "search", pattern_search, kw);
native!(FULLMATCH, "fullmatch", pattern_fullmatch, kw);
native!(SUB, "sub", sub, kw);
native!(SUBN, "subn", subn, kw);
native!(SPLIT, "split", split, kw);
native!(FINDALL, "findall", findall, kw);
native!(FINDITER, "finditer", finditer, kw);

// ---- Match objects ----

/// Runs `f` on the match payload of `v`.
fn with_match<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&Match) -> R) -> PyResult<R> {
    if let Some(m) = vm.data::<Match>(v) {
        return Ok(f(m));
    }
    Err(vm.type_error("match object expected"))
}

/// A group number from an int or a group name.
fn group_index(vm: &mut Vm, m: Value, g: Value) -> PyResult<usize> {
    let (pattern, ngroups) = with_match(vm, m, |m| (m.pattern, m.spans.len()))?;
    if let Some(name) = vm.str_ref(g).map(|s| s.to_string()) {
        let found = with_pattern(vm, pattern, |p| p.names.iter().find(|(k, _)| *k == name).map(|(_, i)| *i))?;
        return found.ok_or_else(|| vm.index_error("no such group"));
    }
    let i = vm.index_value(g, "group")?;
    if i < 0 || i as usize >= ngroups {
        return Err(vm.index_error("no such group"));
    }
    Ok(i as usize)
}

fn span_of(vm: &mut Vm, m: Value, g: Option<Value>) -> PyResult<Option<(usize, usize)>> {
    let i = match g {
        Some(g) => group_index(vm, m, g)?,
        None => 0,
    };
    with_match(vm, m, |m| m.spans.get(i).copied().flatten())
}

fn group_by(vm: &mut Vm, m: Value, g: Option<Value>, default: Value) -> PyResult<Value> {
    let span = span_of(vm, m, g)?;
    let subject = with_match(vm, m, |m| m.string)?;
    group_value(vm, subject, span, default)
}

fn m_group(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "group", args, 1, 100)?;
    match args.len() {
        1 => group_by(vm, args[0], None, Value::None),
        2 => group_by(vm, args[0], Some(args[1]), Value::None),
        _ => {
            let mark = vm.roots_mark();
            let mut items = Vec::new();
            for g in &args[1..] {
                match group_by(vm, args[0], Some(*g), Value::None) {
                    Ok(v) => {
                        vm.root(v);
                        items.push(v);
                    }
                    Err(e) => {
                        vm.truncate_roots(mark);
                        return Err(e);
                    }
                }
            }
            let t = vm.new_tuple(items);
            vm.truncate_roots(mark);
            t
        }
    }
}

fn m_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__getitem__", args, 2, 2)?;
    group_by(vm, args[0], Some(args[1]), Value::None)
}

fn m_groups(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "groups", args, 1, 2)?;
    check_kwargs(vm, kw, &["default"])?;
    let default = args.get(1).copied().or_else(|| kwarg(vm, kw, "default")).unwrap_or(Value::None);
    let (subject, spans) = with_match(vm, args[0], |m| (m.string, m.spans.clone()))?;
    let mark = vm.roots_mark();
    let mut items = Vec::new();
    for span in spans.iter().skip(1) {
        match group_value(vm, subject, *span, default) {
            Ok(v) => {
                vm.root(v);
                items.push(v);
            }
            Err(e) => {
                vm.truncate_roots(mark);
                return Err(e);
            }
        }
    }
    let t = vm.new_tuple(items);
    vm.truncate_roots(mark);
    t
}

fn m_groupdict(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "groupdict", args, 1, 2)?;
    check_kwargs(vm, kw, &["default"])?;
    let default = args.get(1).copied().or_else(|| kwarg(vm, kw, "default")).unwrap_or(Value::None);
    let (subject, spans, pattern) = with_match(vm, args[0], |m| (m.string, m.spans.clone(), m.pattern))?;
    let names = with_pattern(vm, pattern, |p| p.names.clone())?;
    let d = vm.new_dict()?;
    let mark = vm.roots_mark();
    vm.root(d);
    let r = (|| {
        for (name, i) in names {
            let k = vm.new_string(name)?;
            vm.root(k);
            let v = group_value(vm, subject, spans.get(i).copied().flatten(), default)?;
            vm.root(v);
            vm.dict_set(d, k, v)?;
        }
        Ok(d)
    })();
    vm.truncate_roots(mark);
    r
}

/// start, end, span: character indices, -1 for a group that did not take part.
fn m_pos(vm: &mut Vm, args: &[Value], which: u8) -> PyResult<Value> {
    check_args(vm, "span", args, 1, 2)?;
    let span = span_of(vm, args[0], args.get(1).copied())?;
    let subject = with_match(vm, args[0], |m| m.string)?;
    let (a, b) = match span {
        Some((a, b)) => (char_index(vm, subject, a) as i64, char_index(vm, subject, b) as i64),
        None => (-1, -1),
    };
    match which {
        0 => Ok(Value::Int(a)),
        1 => Ok(Value::Int(b)),
        _ => vm.new_tuple(vec![Value::Int(a), Value::Int(b)]),
    }
}

fn m_start(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    m_pos(vm, args, 0)
}
fn m_end(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    m_pos(vm, args, 1)
}
fn m_span(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    m_pos(vm, args, 2)
}

fn m_expand(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "expand", args, 2, 2)?;
    let (pattern, subject, spans) = with_match(vm, args[0], |m| (m.pattern, m.string, m.spans.clone()))?;
    let pieces = template_of(vm, pattern, args[1])?;
    let mut out = Vec::new();
    expand_into(vm, subject, &spans, &pieces, &mut out);
    finish(vm, subject, out)
}

fn m_repr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let span = m_pos(vm, &args[..1], 2)?;
    vm.root(span);
    let text = group_by(vm, args[0], None, Value::None);
    vm.temp_roots.pop();
    let text = text?;
    let s = format!("<re.Match object; span={}, match={}>", vm.repr(span)?, vm.repr(text)?);
    vm.new_string(s)
}

fn m_field(vm: &mut Vm, args: &[Value], which: u8) -> PyResult<Value> {
    check_args(vm, "attribute", args, 1, 1)?;
    with_match(vm, args[0], |m| match which {
        0 => m.string,
        1 => m.pattern,
        2 => Value::Int(m.pos as i64),
        _ => Value::Int(m.endpos as i64),
    })
}

fn m_string(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    m_field(vm, args, 0)
}
fn m_re(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    m_field(vm, args, 1)
}
fn m_pos_attr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    m_field(vm, args, 2)
}
fn m_endpos(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    m_field(vm, args, 3)
}

native!(M_GROUP, "group", m_group);
native!(M_GETITEM, "__getitem__", m_getitem);
native!(M_GROUPS, "groups", m_groups, kw);
native!(M_GROUPDICT, "groupdict", m_groupdict, kw);
native!(M_START, "start", m_start);
native!(M_END, "end", m_end);
native!(M_SPAN, "span", m_span);
native!(M_EXPAND, "expand", m_expand);
native!(M_REPR, "__repr__", m_repr);
native!(M_STRING, "string", m_string);
native!(M_RE, "re", m_re);
native!(M_POS, "pos", m_pos_attr);
native!(M_ENDPOS, "endpos", m_endpos);

static MATCH_METHODS: &[&NativeFunction] =
    &[&M_GROUP, &M_GETITEM, &M_GROUPS, &M_GROUPDICT, &M_START, &M_END, &M_SPAN, &M_EXPAND, &M_REPR];

pub(super) fn make_class(vm: &mut Vm) -> PyResult<ObjRef> {
    let cls = vm.new_native_class("Match", &[], MATCH_METHODS)?;
    for g in [&M_STRING, &M_RE, &M_POS, &M_ENDPOS] {
        add_getter(vm, cls, g);
    }
    Ok(cls)
}
