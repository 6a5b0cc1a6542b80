//! `str`: constructor, indexing and methods (docs: library/builtins.html#str; MicroPython
//! implements the CPython methods listed there).

use crate::builtins::{check_args, kwarg};
use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::native;
use crate::object::{Object, PyStr};
use crate::types::add_methods;
use crate::types::str_search;
use crate::value::Value;
use crate::vm::Vm;

/// The receiver of a str method as an owned string (TypeError for other types). Methods that
/// only read the text use `self_ref` and borrow it instead.
pub fn self_str(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<String> {
    let r = self_ref(vm, args, method)?;
    Ok(text(vm, r).to_string())
}

/// The str object behind a str method's receiver: the receiver itself, or the str value of a
/// str subclass instance (TypeError for other types). Its text is then borrowed with `text`,
/// which avoids copying the receiver on every call.
#[inline]
pub fn self_ref(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<ObjRef> {
    if let Some(r) = args.first().and_then(|v| v.as_obj()) {
        if matches!(vm.heap.get(r), Object::Str(_)) {
            return Ok(r);
        }
    }
    self_ref_slow(vm, args, method)
}

/// A str subclass instance's str, or the TypeError: out of line, as the receiver is nearly
/// always an exact str.
#[cold]
#[inline(never)]
fn self_ref_slow(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<ObjRef> {
    let v = args.first().copied().unwrap_or(Value::None);
    if let Some(r) = vm.builtin_base(v).as_obj() {
        if matches!(vm.heap.get(r), Object::Str(_)) {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!("descriptor '{method}' requires a 'str' object")))
}

/// A str argument's object (TypeError naming the type otherwise).
#[inline]
pub fn arg_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    if let Some(r) = vm.builtin_base(v).as_obj() {
        if matches!(vm.heap.get(r), Object::Str(_)) {
            return Ok(r);
        }
    }
    Err(not_str_error(vm, v))
}

#[cold]
#[inline(never)]
fn not_str_error(vm: &mut Vm, v: Value) -> crate::error::PyErr {
    let tn = vm.type_name(v);
    vm.type_error(format!("can't convert '{tn}' object to str implicitly"))
}

/// The text of a str object found by `self_ref`/`arg_ref` (empty for anything else).
#[inline]
pub fn text(vm: &Vm, r: ObjRef) -> &str {
    match vm.heap.get(r) {
        Object::Str(s) => &s.s,
        _ => "",
    }
}

/// Rejects any argument to a method that takes none (`'x'.isdigit(1)` is a TypeError).
#[inline]
fn no_arguments(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)], method: &str) -> PyResult<()> {
    check_args(vm, method, args, 1, 1)?;
    if !kw.is_empty() {
        crate::builtins::check_kwargs(vm, kw, &[])?;
    }
    Ok(())
}

/// The str payload of an object found by `self_ref`/`arg_ref`.
#[inline]
fn pystr(vm: &Vm, r: ObjRef) -> Option<&PyStr> {
    match vm.heap.get(r) {
        Object::Str(s) => Some(s),
        _ => None,
    }
}

/// A new str holding bytes `a..b` of str object `r` (both on character boundaries). Copies the
/// part once, straight from the heap; one-character ASCII parts come from the shared cache.
pub fn substr(vm: &mut Vm, r: ObjRef, a: usize, b: usize) -> PyResult<Value> {
    let (part, ascii): (Box<str>, bool) = {
        let Some(ps) = pystr(vm, r) else { return Ok(vm.empty_str) };
        let part = ps.s.get(a..b).unwrap_or("");
        if part.len() <= 1 {
            let byte = part.as_bytes().first().copied();
            return match byte {
                None => Ok(vm.empty_str),
                Some(c) => vm.new_str((c as char).encode_utf8(&mut [0u8; 4])),
            };
        }
        (part.into(), ps.is_ascii())
    };
    new_from_box(vm, part, ascii)
}

/// A str from text already known to be ASCII (or not), skipping the scan that counts characters.
pub(crate) fn new_from_box(vm: &mut Vm, s: Box<str>, ascii: bool) -> PyResult<Value> {
    if s.len() <= 1 {
        return vm.new_str(&s);
    }
    if ascii {
        let chars = s.len().min(u32::MAX as usize) as u32;
        return vm.alloc(Object::Str(PyStr { s, hash: std::cell::Cell::new(0), chars }));
    }
    vm.alloc(Object::Str(PyStr::new(s)))
}

/// A str argument (TypeError naming the method otherwise).
pub fn arg_str(vm: &mut Vm, v: Value) -> PyResult<String> {
    let r = arg_ref(vm, v)?;
    Ok(text(vm, r).to_string())
}

/// `str(x)`; for a subclass of str, an instance of it carrying that text (`subclass.rs`).
fn str_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let s = plain_str_new(vm, args, kw)?;
    vm.new_for_class(args, vm.types.str_, s)
}

fn plain_str_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let Some(&x) = args.get(1) else { return Ok(vm.empty_str) };
    // `args[0]` is the class: str takes at most the object, an encoding and an error mode.
    crate::types::bytes::check_codec_arity(vm, "str", args)?;
    let encoding = args.get(2).copied().or_else(|| kwarg(vm, kw, "encoding"));
    let errors = args.get(3).copied().or_else(|| kwarg(vm, kw, "errors"));
    if encoding.is_some() || errors.is_some() {
        let Some(b) = vm.bytes_like(x) else {
            let tn = vm.type_name(x);
            return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found")));
        };
        let (enc, err) = crate::types::bytes::codec_args(vm, args, kw, 2)?;
        let s = crate::types::bytes::decode_bytes(vm, &b, &enc, &err)?;
        return vm.new_string(s);
    }
    if matches!(x.as_obj().map(|r| vm.heap.get(r)), Some(Object::Str(_))) {
        return Ok(x);
    }
    let s = vm.to_str(x)?;
    vm.new_string(s)
}

/// `s[i]` and `s[a:b:c]`.
pub fn str_getitem(vm: &mut Vm, s: Value, index: Value) -> PyResult<Value> {
    let Some(r) = s.as_obj() else { return Err(vm.type_error("expected str")) };
    let Some(ps) = pystr(vm, r) else { return Err(vm.type_error("expected str")) };
    let ascii = ps.is_ascii();
    let nchars = ps.chars as usize;
    let i = match index {
        Value::Int(i) => i,
        _ if matches!(index.as_obj().map(|o| vm.heap.get(o)), Some(Object::Slice(..))) => {
            let sl = vm.slice_indices(index, nchars)?;
            return str_slice(vm, r, sl, ascii);
        }
        _ => vm.seq_index(index, nchars, "string")? as i64,
    };
    let n = nchars as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("string index out of range"));
    }
    let j = j as usize;
    if ascii {
        return substr(vm, r, j, j + 1);
    }
    let c = text(vm, r).chars().nth(j).unwrap_or(' ');
    vm.new_str(c.encode_utf8(&mut [0u8; 4]))
}

/// A slice of str object `r` (`ascii`: its text is ASCII, so characters are bytes).
fn str_slice(vm: &mut Vm, r: ObjRef, sl: crate::ops::subscr::SliceIndices, ascii: bool) -> PyResult<Value> {
    if ascii && sl.step == 1 {
        let (a, z) = (sl.start as usize, sl.stop.max(sl.start) as usize);
        return substr(vm, r, a, z);
    }
    let out: String = {
        let s = text(vm, r);
        if ascii {
            let b = s.as_bytes();
            sl.indices().filter_map(|i| b.get(i).map(|&c| c as char)).collect()
        } else {
            let chars: Vec<char> = s.chars().collect();
            sl.indices().filter_map(|i| chars.get(i)).collect()
        }
    };
    new_from_box(vm, out.into_boxed_str(), ascii)
}

fn join(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "join", args, 2, 2)?;
    let sep = self_ref(vm, args, "join")?;
    let seq = args[1];
    let direct = matches!(seq.as_obj().map(|r| vm.heap.get(r)), Some(Object::List(_) | Object::Tuple(_)));
    let joined = if direct {
        // A list or tuple is read in place: no copy of its items.
        let items: &[Value] = match seq.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::List(l)) => l,
            Some(Object::Tuple(t)) => t,
            _ => &[],
        };
        join_texts(vm, text(vm, sep), items)
    } else {
        let items = vm.iterate_to_vec(seq)?;
        join_texts(vm, text(vm, sep), &items)
    };
    match joined {
        Ok((out, ascii)) => new_from_box(vm, out.into_boxed_str(), ascii),
        Err(bad) => {
            let tn = vm.type_name(bad);
            Err(vm.type_error(format!("join expects a list of str/bytes objects consistent with self, not {tn}")))
        }
    }
}

/// The items joined by `sep`, sized exactly before copying (and whether all of it is ASCII), or
/// the first item that is not a str.
fn join_texts(vm: &Vm, sep: &str, items: &[Value]) -> Result<(String, bool), Value> {
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    let mut ascii = sep.is_ascii();
    for &item in items {
        match vm.builtin_base(item).as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Str(ps)) => {
                total = total.saturating_add(ps.s.len());
                ascii &= ps.is_ascii();
            }
            _ => return Err(item),
        }
    }
    let mut out = String::with_capacity(total);
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Some(Object::Str(ps)) = vm.builtin_base(item).as_obj().map(|r| vm.heap.get(r)) {
            out.push_str(&ps.s);
        }
    }
    Ok((out, ascii))
}

/// Byte spans of the words of `s` split at runs of whitespace, at most `limit` splits, from the
/// left or (`right`) from the right; spans come out in text order.
fn whitespace_spans(s: &str, limit: usize, right: bool) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    if s.is_ascii() {
        let b = s.as_bytes();
        if right {
            let mut end = b.len();
            loop {
                while end > 0 && str_search::is_ascii_space(b[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if spans.len() == limit {
                    spans.push((0, end));
                    break;
                }
                let mut start = end;
                while start > 0 && !str_search::is_ascii_space(b[start - 1]) {
                    start -= 1;
                }
                spans.push((start, end));
                end = start;
            }
            spans.reverse();
        } else {
            let mut start = 0;
            loop {
                while start < b.len() && str_search::is_ascii_space(b[start]) {
                    start += 1;
                }
                if start == b.len() {
                    break;
                }
                if spans.len() == limit {
                    spans.push((start, b.len()));
                    break;
                }
                let mut end = start;
                while end < b.len() && !str_search::is_ascii_space(b[end]) {
                    end += 1;
                }
                spans.push((start, end));
                start = end;
            }
        }
        return spans;
    }
    let offset = |part: &str| part.as_ptr() as usize - s.as_ptr() as usize;
    if right {
        let mut rest = s.trim_end();
        while !rest.is_empty() {
            if spans.len() == limit {
                spans.push((0, rest.len()));
                break;
            }
            match rest.rfind(char::is_whitespace) {
                Some(i) => {
                    let ch = rest[i..].chars().next().map_or(1, |c| c.len_utf8());
                    spans.push((i + ch, rest.len()));
                    rest = rest[..i].trim_end();
                }
                None => {
                    spans.push((0, rest.len()));
                    break;
                }
            }
        }
        spans.reverse();
    } else {
        let mut rest = s.trim_start();
        while !rest.is_empty() {
            let at = offset(rest);
            if spans.len() == limit {
                spans.push((at, s.len()));
                break;
            }
            match rest.find(char::is_whitespace) {
                Some(i) => {
                    spans.push((at, at + i));
                    rest = rest[i..].trim_start();
                }
                None => {
                    spans.push((at, s.len()));
                    break;
                }
            }
        }
    }
    spans
}

/// Byte spans of the parts of `s` split at `sep` (non-empty), at most `limit` splits.
fn sep_spans(s: &str, sep: &str, limit: usize, right: bool) -> Vec<(usize, usize)> {
    // Room for the few parts of a typical record from the start: growing 4 -> 8 reallocates.
    let mut spans = Vec::with_capacity(8);
    if right {
        let mut end = s.len();
        str_search::each_match_rev(s, sep, limit, |at| {
            spans.push((at + sep.len(), end));
            end = at;
        });
        spans.push((0, end));
        spans.reverse();
    } else {
        let mut start = 0;
        str_search::each_match(s, sep, limit, |at| {
            spans.push((start, at));
            start = at + sep.len();
        });
        spans.push((start, s.len()));
    }
    spans
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)], right: bool) -> PyResult<Value> {
    let method = if right { "rsplit" } else { "split" };
    check_args(vm, method, args, 1, 3)?;
    if !kw.is_empty() {
        crate::builtins::check_kwargs(vm, kw, &["sep", "maxsplit"])?;
        // An argument given both by position and by name.
        let mut positional = ["sep", "maxsplit"].iter().take(args.len().saturating_sub(1));
        if let Some(name) = positional.find(|n| kwarg(vm, kw, n).is_some()) {
            return Err(vm.type_error(format!("argument for {method}() given by name ('{name}') and position")));
        }
    }
    let r = self_ref(vm, args, "split")?;
    let sep = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep")).unwrap_or(Value::None);
    let maxsplit = args.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit")).unwrap_or(Value::Int(-1));
    let maxsplit = vm.index_value(maxsplit, "maxsplit")?;
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let spans = if sep.is_none() {
        whitespace_spans(text(vm, r), limit, right)
    } else {
        let sep = arg_ref(vm, sep)?;
        if text(vm, sep).is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        sep_spans(text(vm, r), text(vm, sep), limit, right)
    };
    let mut out = Vec::with_capacity(spans.len());
    for (a, b) in spans {
        out.push(substr(vm, r, a, b)?);
    }
    vm.new_list(out)
}

fn split(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}
fn rsplit(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

fn strip_impl(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    check_args(vm, "strip", args, 1, 2)?;
    let r = self_ref(vm, args, "strip")?;
    let chars = match args.get(1) {
        Some(v) if !v.is_none() => Some(arg_ref(vm, *v)?),
        _ => None,
    };
    let (a, b, len) = {
        // ASCII-ness is read from the str objects' flags, not found by scanning their text.
        let Some(ps) = pystr(vm, r) else { return Ok(args[0]) };
        let (s, s_ascii) = (&*ps.s, ps.is_ascii());
        let t = match chars.and_then(|c| pystr(vm, c)) {
            // ASCII strip characters (the usual `" |;"`) are tested byte by byte.
            Some(set) if set.is_ascii() && s_ascii => {
                let set = set.s.as_bytes();
                trim_bytes(s, left, right, |b| set.contains(&b))
            }
            Some(set) => trim_chars(s, left, right, |c| set.s.contains(c)),
            None if s_ascii => trim_bytes(s, left, right, str_search::is_ascii_space),
            None => trim_chars(s, left, right, char::is_whitespace),
        };
        let a = t.as_ptr() as usize - s.as_ptr() as usize;
        (a, a + t.len(), s.len())
    };
    if b - a == len && vm.is_exact_str(args[0]) {
        return Ok(args[0]);
    }
    substr(vm, r, a, b)
}

/// `s` without leading and/or trailing bytes that pass `f` (ASCII text only).
fn trim_bytes(s: &str, left: bool, right: bool, f: impl Fn(u8) -> bool) -> &str {
    let b = s.as_bytes();
    let (mut a, mut z) = (0, b.len());
    if left {
        while a < z && f(b[a]) {
            a += 1;
        }
    }
    if right {
        while z > a && f(b[z - 1]) {
            z -= 1;
        }
    }
    s.get(a..z).unwrap_or("")
}

fn trim_chars(s: &str, left: bool, right: bool, f: impl Fn(char) -> bool) -> &str {
    let mut t = s;
    if left {
        t = t.trim_start_matches(&f);
    }
    if right {
        t = t.trim_end_matches(&f);
    }
    t
}

fn strip(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}
fn lstrip(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}
fn rstrip(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

fn replace(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "replace", args, 3, 4)?;
    let r = self_ref(vm, args, "replace")?;
    let old = arg_ref(vm, args[1])?;
    let new = arg_ref(vm, args[2])?;
    let count = match args.get(3) {
        Some(c) => vm.index_value(*c, "count")?,
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let ascii = [r, new].iter().all(|&o| pystr(vm, o).is_some_and(PyStr::is_ascii));
    let (s, old, new) = (text(vm, r), text(vm, old), text(vm, new));
    let out = if old.is_empty() {
        Some(if count < 0 { s.replace(old, new) } else { s.replacen(old, new, limit) })
    } else if limit == 0 {
        None
    } else {
        str_search::replace(s, old, new, limit)
    };
    match out {
        Some(out) => new_from_box(vm, out.into_boxed_str(), ascii),
        // Nothing replaced: CPython returns the receiver itself when it is an exact str.
        None if vm.is_exact_str(args[0]) => Ok(args[0]),
        None => substr(vm, r, 0, text(vm, r).len()),
    }
}

fn starts_ends(vm: &mut Vm, args: &[Value], ends: bool) -> PyResult<Value> {
    check_args(vm, "startswith", args, 2, 4)?;
    let r = self_ref(vm, args, "startswith")?;
    let (start, end) = char_range(vm, args, char_len(vm, r))?;
    let one = [args[1]];
    let prefixes: &[Value] = match args[1].as_obj().map(|o| vm.heap.get(o)) {
        Some(Object::Tuple(t)) => t,
        _ => &one,
    };
    // Checked against the heap in place; a non-str prefix is reported after the borrow.
    let mut bad = None;
    let mut hit = false;
    if start <= end {
        let s = text(vm, r);
        let sub = &s[byte_at(s, start)..byte_at(s, end)];
        for &p in prefixes {
            match vm.str_ref(p) {
                Some(p) if if ends { sub.ends_with(p) } else { sub.starts_with(p) } => {
                    hit = true;
                    break;
                }
                Some(_) => {}
                None => {
                    bad = Some(p);
                    break;
                }
            }
        }
    } else if let Some(&p) = prefixes.iter().find(|p| vm.str_ref(**p).is_none()) {
        bad = Some(p);
    }
    if let Some(p) = bad {
        arg_ref(vm, p)?;
    }
    Ok(Value::Bool(hit))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    starts_ends(vm, args, false)
}
fn endswith(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    starts_ends(vm, args, true)
}

/// Number of characters (the byte length for ASCII text).
fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Number of characters of a str object, which it keeps.
fn char_len(vm: &Vm, r: ObjRef) -> usize {
    pystr(vm, r).map_or(0, |p| p.chars as usize)
}

/// Byte offset of character index `ci` (the end of the text past the last character).
fn byte_at(s: &str, ci: usize) -> usize {
    if s.is_ascii() {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
}

/// Character offset range for find/index/count's optional start and end.
fn char_range(vm: &mut Vm, args: &[Value], n: usize) -> PyResult<(usize, usize)> {
    if args.len() <= 2 {
        return Ok((0, n));
    }
    let n = n as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    // A start past the end stays past it, so an empty needle is not found there.
    let start = match args.get(2) {
        Some(v) if !v.is_none() => {
            let i = vm.index_value(*v, "start")?;
            if i > n {
                n as usize + 1
            } else {
                norm(i)
            }
        }
        _ => 0,
    };
    let end = match args.get(3) {
        Some(v) if !v.is_none() => norm(vm.index_value(*v, "end")?),
        _ => n as usize,
    };
    Ok((start, end))
}

/// The receiver's text between character offsets `start..end` (which the caller checked are in
/// order).
fn window(s: &str, start: usize, end: usize) -> &str {
    if start == 0 && end >= s.len() {
        return s;
    }
    &s[byte_at(s, start)..byte_at(s, end)]
}

fn find_impl(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<Option<usize>> {
    check_args(vm, "find", args, 2, 4)?;
    let r = self_ref(vm, args, "find")?;
    let needle = arg_ref(vm, args[1])?;
    let (start, end) = char_range(vm, args, char_len(vm, r))?;
    if start > end {
        return Ok(None);
    }
    let hay = window(text(vm, r), start, end);
    let needle = text(vm, needle);
    let found = if right { str_search::rfind(hay, needle) } else { str_search::find(hay, needle) };
    Ok(found.map(|byte| start + char_count(&hay[..byte])))
}

fn find(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, false)?.map_or(-1, |i| i as i64)))
}
fn rfind(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, true)?.map_or(-1, |i| i as i64)))
}
fn index(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn rindex(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "count", args, 2, 4)?;
    let r = self_ref(vm, args, "count")?;
    let needle = arg_ref(vm, args[1])?;
    let (start, end) = char_range(vm, args, char_len(vm, r))?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay = window(text(vm, r), start, end);
    let needle = text(vm, needle);
    if needle.is_empty() {
        return Ok(Value::Int(char_count(hay) as i64 + 1));
    }
    Ok(Value::Int(str_search::count(hay, needle) as i64))
}

fn upper(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    change_case(vm, args, "upper", true)
}
fn lower(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    change_case(vm, args, "lower", false)
}

/// `upper`/`lower`, with ASCII text mapped byte by byte.
fn change_case(vm: &mut Vm, args: &[Value], name: &str, up: bool) -> PyResult<Value> {
    let r = self_ref(vm, args, name)?;
    let (out, ascii) = {
        let s = text(vm, r);
        match (s.is_ascii(), up) {
            (true, true) => (s.to_ascii_uppercase(), true),
            (true, false) => (s.to_ascii_lowercase(), true),
            (false, true) => (s.to_uppercase(), false),
            (false, false) => (s.to_lowercase(), false),
        }
    };
    new_from_box(vm, out.into_boxed_str(), ascii)
}

fn encode(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "encode", args, 1, 3)?;
    let s = self_str(vm, args, "encode")?;
    let (enc, err) = crate::types::bytes::codec_args(vm, args, kw, 1)?;
    let b = crate::types::bytes::encode_str(vm, &s, &enc, &err)?;
    vm.new_bytes(b)
}

/// A character-class test (`isdigit`...): true when the text is non-empty and every character
/// passes; ASCII text is tested byte by byte with `ascii`, which must agree with `f` there.
/// The character-class tests (`isdigit`, `isalpha` ...): true for a non-empty str whose every
/// character passes. They take no arguments.
fn char_test(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Name, Value)],
    ascii: fn(u8) -> bool,
    f: fn(char) -> bool,
) -> PyResult<Value> {
    no_arguments(vm, args, kw, "is")?;
    let r = self_ref(vm, args, "is")?;
    let Some(ps) = pystr(vm, r) else { return Ok(Value::Bool(false)) };
    let s: &str = &ps.s;
    let ok = if ps.is_ascii() { s.bytes().all(ascii) } else { s.chars().all(f) };
    Ok(Value::Bool(!s.is_empty() && ok))
}
fn isdigit(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    char_test(vm, args, kw, |b| b.is_ascii_digit(), crate::types::str_extra::is_digit_char)
}
fn isalpha(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    // Letters only: Rust's Alphabetic also covers letter-numbers such as 'Ⅷ'.
    char_test(vm, args, kw, |b| b.is_ascii_alphabetic(), |c| c.is_alphabetic() && !c.is_numeric())
}
fn isspace(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    char_test(vm, args, kw, str_search::is_ascii_space, char::is_whitespace)
}
fn isalnum(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    char_test(vm, args, kw, |b| b.is_ascii_alphanumeric(), char::is_alphanumeric)
}
/// At least one cased character, and none of the other case (titlecase counts as neither).
fn isupper(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    use crate::types::str_extra::{is_cased, is_titlecase};
    no_arguments(vm, args, kw, "isupper")?;
    let r = self_ref(vm, args, "isupper")?;
    let s = text(vm, r);
    Ok(Value::Bool(s.chars().any(is_cased) && !s.chars().any(|c| c.is_lowercase() || is_titlecase(c))))
}
fn islower(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    use crate::types::str_extra::{is_cased, is_titlecase};
    no_arguments(vm, args, kw, "islower")?;
    let r = self_ref(vm, args, "islower")?;
    let s = text(vm, r);
    Ok(Value::Bool(s.chars().any(is_cased) && !s.chars().any(|c| c.is_uppercase() || is_titlecase(c))))
}

/// `str.format`: positional `{}`/`{0}`, keyword `{name}`, attribute and index access
/// (`{0.x}`, `{0[1]}`), conversions and format specs (with nested fields).
fn format(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "format")?;
    let out = format_impl(vm, &s, args.get(1..).unwrap_or(&[]), kw, 0)?;
    vm.new_string(out)
}

pub fn format_impl(vm: &mut Vm, s: &str, pos: &[Value], kw: &[(Name, Value)], depth: usize) -> PyResult<String> {
    format_fields(vm, s, pos, FieldArgs::Kw(kw), depth)
}

/// Where `str.format` finds named fields: keyword arguments, or a mapping (`format_map`).
#[derive(Clone, Copy)]
pub enum FieldArgs<'a> {
    Kw(&'a [(Name, Value)]),
    Map(Value),
}

/// The replacement-field engine behind `str.format` and `str.format_map`.
pub fn format_fields(vm: &mut Vm, s: &str, pos: &[Value], named: FieldArgs, depth: usize) -> PyResult<String> {
    let mut numbering = (0usize, false);
    format_rec(vm, s, pos, named, depth, &mut numbering)
}

/// One level of `str.format`; `numbering` (next automatic index, manual numbering seen) is shared
/// with the fields nested in format specs, so `'{:{}}'.format(x, 5)` takes 5 as the width.
fn format_rec(
    vm: &mut Vm,
    s: &str,
    pos: &[Value],
    named: FieldArgs,
    depth: usize,
    numbering: &mut (usize, bool),
) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    // Scanned as bytes: the braces are ASCII, so every slice below is on character boundaries,
    // and literal text is copied in runs.
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 16);
    let mut i = 0;
    let mut lit = 0;
    while let Some(&c) = bytes.get(i) {
        if c == b'{' {
            out.push_str(&s[lit..i]);
            if bytes.get(i + 1) == Some(&b'{') {
                out.push('{');
                i += 2;
                lit = i;
                continue;
            }
            // Find the matching close brace, allowing nested {} in the spec.
            let mut depth_b = 1;
            let mut j = i + 1;
            while let Some(&b) = bytes.get(j) {
                if depth_b == 0 {
                    break;
                }
                match b {
                    b'{' => depth_b += 1,
                    b'}' => depth_b -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth_b != 0 {
                return Err(vm.value_error("unmatched '{' in format"));
            }
            let field = &s[i + 1..j - 1];
            i = j;
            lit = i;
            let (name_part, spec) = match find_outside_brackets(field, ':') {
                Some(k) => (&field[..k], &field[k + 1..]),
                None => (field, ""),
            };
            let (name_part, conv) = match find_outside_brackets(name_part, '!') {
                Some(k) => {
                    let mut cs = name_part[k + 1..].chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => (&name_part[..k], Some(c)),
                        (None, _) => return Err(vm.value_error("end of string while looking for conversion specifier")),
                        _ => return Err(vm.value_error("expected ':' after conversion specifier")),
                    }
                }
                None => (name_part, None),
            };
            let value = field_value(vm, name_part, pos, named, numbering)?;
            let converted = match conv {
                Some('r') => Some(vm.repr(value)?),
                Some('a') => Some(crate::format::ascii_escape(&vm.repr(value)?)),
                Some('s') => Some(vm.to_str(value)?),
                Some(_) => return Err(vm.value_error("unknown conversion specifier")),
                None => None,
            };
            let value = match converted {
                // `{!r}` with no spec: the converted text is the result.
                Some(text) if spec.is_empty() => {
                    out.push_str(&text);
                    continue;
                }
                Some(text) => vm.new_string(text)?,
                None => value,
            };
            if spec.contains('{') {
                let spec = format_rec(vm, spec, pos, named, depth + 1, numbering)?;
                format_into(vm, &mut out, value, &spec)?;
            } else {
                format_into(vm, &mut out, value, spec)?;
            }
        } else if c == b'}' {
            if bytes.get(i + 1) == Some(&b'}') {
                out.push_str(&s[lit..i]);
                out.push('}');
                i += 2;
                lit = i;
                continue;
            }
            return Err(vm.value_error("single '}' encountered in format string"));
        } else {
            i += 1;
        }
    }
    out.push_str(&s[lit..]);
    Ok(out)
}

/// `format(value, spec)` appended to `out`; a str or small int with an empty spec (the usual
/// `'{}'`) is written directly instead of through an intermediate string.
fn format_into(vm: &mut Vm, out: &mut String, value: Value, spec: &str) -> PyResult<()> {
    if spec.is_empty() {
        match value {
            Value::Int(i) => {
                crate::format::push_int(out, i);
                return Ok(());
            }
            Value::Obj(r) => {
                if let Object::Str(ps) = vm.heap.get(r) {
                    out.push_str(&ps.s);
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    vm.format_into(out, value, spec)
}

/// The value a replacement field names: `{}`/`{0}` (positional), `{name}`, then `.attr` and
/// `[key]` accessors.
fn field_value(
    vm: &mut Vm,
    name_part: &str,
    pos: &[Value],
    named: FieldArgs,
    numbering: &mut (usize, bool),
) -> PyResult<Value> {
    // Split the field name into its first part and the accessors after it.
    let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
    let first = &name_part[..first_end];
    let positional = first.is_empty() || first.bytes().all(|b| b.is_ascii_digit());
    if positional && matches!(named, FieldArgs::Map(_)) {
        return Err(vm.value_error("Format string contains positional fields"));
    }
    let mut value = if first.is_empty() {
        if numbering.1 {
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        let v = pos.get(numbering.0).copied();
        numbering.0 += 1;
        match v {
            Some(v) => v,
            None => return Err(vm.index_error("tuple index out of range")),
        }
    } else if let Ok(n) = first.parse::<usize>() {
        if numbering.0 > 0 {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        numbering.1 = true;
        match pos.get(n).copied() {
            Some(v) => v,
            None => return Err(vm.index_error("tuple index out of range")),
        }
    } else {
        match named {
            FieldArgs::Kw(kw) => match kwarg(vm, kw, first) {
                Some(v) => v,
                None => {
                    let k = vm.new_str(first)?;
                    return Err(vm.key_error(k));
                }
            },
            FieldArgs::Map(m) => {
                let k = vm.new_str(first)?;
                vm.get_item(m, k)?
            }
        }
    };
    let mut rest = &name_part[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let n = vm.intern(&r[..end]);
            value = vm.get_attr(value, n)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            // As in CPython, only an all-digit key is an int index ("-1" is a str key).
            let k = match key.parse::<i64>() {
                Ok(n) if key.bytes().all(|b| b.is_ascii_digit()) => Value::Int(n),
                _ => vm.new_str(key)?,
            };
            value = vm.get_item(value, k)?;
            rest = r.get(end + 1..).unwrap_or("");
        } else {
            break;
        }
    }
    Ok(value)
}

/// The byte offset of `c` in a replacement field, skipping `[...]` index keys (`{0[a:b]}`).
fn find_outside_brackets(field: &str, c: char) -> Option<usize> {
    let mut in_key = false;
    for (i, ch) in field.char_indices() {
        match ch {
            '[' => in_key = true,
            ']' => in_key = false,
            _ if ch == c && !in_key => return Some(i),
            _ => {}
        }
    }
    None
}

fn str_mod(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__mod__", args, 2, 2)?;
    crate::format_spec::percent_format(vm, args[0], args[1])
}

native!(STR_NEW, "__new__", str_new, kw);
native!(JOIN, "join", join);
native!(SPLIT, "split", split, kw);
native!(RSPLIT, "rsplit", rsplit, kw);
native!(STRIP, "strip", strip);
native!(LSTRIP, "lstrip", lstrip);
native!(RSTRIP, "rstrip", rstrip);
native!(REPLACE, "replace", replace);
native!(STARTSWITH, "startswith", startswith);
native!(ENDSWITH, "endswith", endswith);
native!(FIND, "find", find);
native!(RFIND, "rfind", rfind);
native!(INDEX, "index", index);
native!(RINDEX, "rindex", rindex);
native!(COUNT, "count", count);
native!(UPPER, "upper", upper);
native!(LOWER, "lower", lower);
native!(ENCODE, "encode", encode, kw);
native!(ISDIGIT, "isdigit", isdigit, kw);
native!(ISALPHA, "isalpha", isalpha, kw);
native!(ISSPACE, "isspace", isspace, kw);
native!(ISALNUM, "isalnum", isalnum, kw);
native!(ISUPPER, "isupper", isupper, kw);
native!(ISLOWER, "islower", islower, kw);
native!(FORMAT, "format", format, kw);
native!(STR_MOD, "__mod__", str_mod);

pub fn install(vm: &mut Vm) {
    let t = vm.types.str_;
    add_methods(
        vm,
        t,
        &[
            &STR_NEW,
            &JOIN,
            &SPLIT,
            &RSPLIT,
            &STRIP,
            &LSTRIP,
            &RSTRIP,
            &REPLACE,
            &STARTSWITH,
            &ENDSWITH,
            &FIND,
            &RFIND,
            &INDEX,
            &RINDEX,
            &COUNT,
            &UPPER,
            &LOWER,
            &ENCODE,
            &ISDIGIT,
            &ISALPHA,
            &ISSPACE,
            &ISALNUM,
            &ISUPPER,
            &ISLOWER,
            &FORMAT,
            &STR_MOD,
        ],
    );
    crate::types::str_extra::install(vm);
}
