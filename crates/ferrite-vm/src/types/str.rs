//! `str`: constructor, indexing and methods (docs: library/builtins.html#str; MicroPython
//! implements the CPython methods listed there).

use crate::builtins::{check_args, kwarg};
use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::object::Object;
use crate::types::add_methods;
use crate::value::Value;
use crate::vm::Vm;

/// The receiver of a str method as an owned string (TypeError for other types).
pub fn self_str(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<String> {
    match args.first().and_then(|v| vm.str_ref(*v)) {
        Some(s) => Ok(s.to_string()),
        None => {
            let v = args.first().copied().unwrap_or(Value::None);
            let base = vm.builtin_base(v);
            if let Some(s) = vm.str_ref(base) {
                return Ok(s.to_string());
            }
            Err(vm.type_error(format!("descriptor '{method}' requires a 'str' object")))
        }
    }
}

/// A str argument (TypeError naming the method otherwise).
pub fn arg_str(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.str_ref(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("can't convert '{tn}' object to str implicitly")))
        }
    }
}

fn str_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let Some(&x) = args.get(1) else { return Ok(vm.empty_str) };
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
    if vm.str_ref(x).is_some() {
        return Ok(x);
    }
    let s = vm.to_str(x)?;
    vm.new_string(s)
}

/// `s[i]` and `s[a:b:c]`.
pub fn str_getitem(vm: &mut Vm, s: Value, index: Value) -> PyResult<Value> {
    let Some(Object::Str(ps)) = s.as_obj().map(|r| vm.heap.get(r)) else { return Err(vm.type_error("expected str")) };
    let ascii = ps.is_ascii();
    let nchars = ps.chars as usize;
    if let Value::Int(i) = index {
        let n = nchars as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.index_error("string index out of range"));
        }
        let text = &ps.s;
        if ascii {
            let b = text.as_bytes()[j as usize];
            let mut buf = [0u8; 4];
            let c = (b as char).encode_utf8(&mut buf).to_string();
            return vm.new_string(c);
        }
        let c = text.chars().nth(j as usize).unwrap_or(' ');
        return vm.new_string(c.to_string());
    }
    let text = ps.s.to_string();
    if matches!(index.as_obj().map(|r| vm.heap.get(r)), Some(Object::Slice(..))) {
        let sl = vm.slice_indices(index, nchars)?;
        if ascii {
            let b = text.as_bytes();
            let out: String = if sl.step == 1 {
                let (a, z) = (sl.start as usize, (sl.stop.max(sl.start)) as usize);
                text.get(a..z).unwrap_or("").to_string()
            } else {
                sl.indices().map(|i| b[i] as char).collect()
            };
            return vm.new_string(out);
        }
        let chars: Vec<char> = text.chars().collect();
        let out: String = sl.indices().filter_map(|i| chars.get(i)).collect();
        return vm.new_string(out);
    }
    let i = vm.seq_index(index, nchars, "string")?;
    let c = text.chars().nth(i).unwrap_or(' ');
    vm.new_string(c.to_string())
}

fn join(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "join", args, 2, 2)?;
    let sep = self_str(vm, args, "join")?;
    let items = vm.iterate_to_vec(args[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_ref(*item) {
            Some(s) => out.push_str(s),
            None => {
                let tn = vm.type_name(*item);
                return Err(
                    vm.type_error(format!("join expects a list of str/bytes objects consistent with self, not {tn}"))
                );
            }
        }
    }
    vm.new_string(out)
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)], right: bool) -> PyResult<Value> {
    let s = self_str(vm, args, "split")?;
    let sep = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep")).unwrap_or(Value::None);
    let maxsplit = args.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit")).unwrap_or(Value::Int(-1));
    let maxsplit = vm.index_value(maxsplit, "maxsplit")?;
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let parts: Vec<String> = if sep.is_none() {
        let mut parts: Vec<String> = Vec::new();
        if right {
            let mut rest = s.trim_end();
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest.to_string());
                    break;
                }
                match rest.rfind(char::is_whitespace) {
                    Some(i) => {
                        let ch = rest[i..].chars().next().map_or(1, |c| c.len_utf8());
                        parts.push(rest[i + ch..].to_string());
                        rest = rest[..i].trim_end();
                    }
                    None => {
                        parts.push(rest.to_string());
                        break;
                    }
                }
            }
            parts.reverse();
        } else {
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest.to_string());
                    break;
                }
                match rest.find(char::is_whitespace) {
                    Some(i) => {
                        parts.push(rest[..i].to_string());
                        rest = rest[i..].trim_start();
                    }
                    None => {
                        parts.push(rest.to_string());
                        break;
                    }
                }
            }
        }
        parts
    } else {
        let sep = arg_str(vm, sep)?;
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        if right {
            let mut v: Vec<String> = s.rsplitn(limit.saturating_add(1), sep.as_str()).map(|p| p.to_string()).collect();
            v.reverse();
            v
        } else {
            s.splitn(limit.saturating_add(1), sep.as_str()).map(|p| p.to_string()).collect()
        }
    };
    let mut out = Vec::with_capacity(parts.len());
    for p in parts {
        out.push(vm.new_string(p)?);
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
    let s = self_str(vm, args, "strip")?;
    let chars: Option<Vec<char>> = match args.get(1) {
        Some(v) if !v.is_none() => Some(arg_str(vm, *v)?.chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => c.is_whitespace(),
    };
    let mut t: &str = &s;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    if t.len() == s.len() {
        return Ok(args[0]);
    }
    vm.new_str(t)
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
    let s = self_str(vm, args, "replace")?;
    let old = arg_str(vm, args[1])?;
    let new = arg_str(vm, args[2])?;
    let count = match args.get(3) {
        Some(c) => vm.index_value(*c, "count")?,
        None => -1,
    };
    let out = if count < 0 { s.replace(&old, &new) } else { s.replacen(&old, &new, count as usize) };
    vm.new_string(out)
}

fn starts_ends(vm: &mut Vm, args: &[Value], ends: bool) -> PyResult<Value> {
    check_args(vm, "startswith", args, 2, 4)?;
    let s = self_str(vm, args, "startswith")?;
    let (start, end) = char_range(vm, args, char_count(&s))?;
    let sub = if start <= end { &s[byte_at(&s, start)..byte_at(&s, end)] } else { "" };
    let prefixes: Vec<Value> = match args[1].as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![args[1]],
    };
    for p in prefixes {
        let p = arg_str(vm, p)?;
        let hit = if ends { sub.ends_with(&p) } else { sub.starts_with(&p) };
        if hit && start <= end {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
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

/// Byte offset of character index `ci` (the end of the text past the last character).
fn byte_at(s: &str, ci: usize) -> usize {
    if s.is_ascii() {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
}

/// Character offset range for find/index/count's optional start and end.
fn char_range(vm: &mut Vm, args: &[Value], n: usize) -> PyResult<(usize, usize)> {
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

fn find_impl(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<Option<usize>> {
    check_args(vm, "find", args, 2, 4)?;
    let s = self_str(vm, args, "find")?;
    let needle = arg_str(vm, args[1])?;
    let (start, end) = char_range(vm, args, char_count(&s))?;
    if start > end {
        return Ok(None);
    }
    let hay = &s[byte_at(&s, start)..byte_at(&s, end)];
    let found = if right { hay.rfind(&needle) } else { hay.find(&needle) };
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
    let s = self_str(vm, args, "count")?;
    let needle = arg_str(vm, args[1])?;
    let (start, end) = char_range(vm, args, char_count(&s))?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay = &s[byte_at(&s, start)..byte_at(&s, end)];
    if needle.is_empty() {
        return Ok(Value::Int(char_count(hay) as i64 + 1));
    }
    Ok(Value::Int(hay.matches(&needle).count() as i64))
}

fn upper(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "upper")?;
    vm.new_string(s.to_uppercase())
}
fn lower(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "lower")?;
    vm.new_string(s.to_lowercase())
}

fn encode(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "encode", args, 1, 3)?;
    let s = self_str(vm, args, "encode")?;
    let (enc, err) = crate::types::bytes::codec_args(vm, args, kw, 1)?;
    let b = crate::types::bytes::encode_str(vm, &s, &enc, &err)?;
    vm.new_bytes(b)
}

fn char_test(vm: &mut Vm, args: &[Value], f: fn(char) -> bool) -> PyResult<Value> {
    let s = self_str(vm, args, "is")?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}
fn isdigit(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    char_test(vm, args, crate::types::str_extra::is_digit_char)
}
fn isalpha(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    // Letters only: Rust's Alphabetic also covers letter-numbers such as 'Ⅷ'.
    char_test(vm, args, |c| c.is_alphabetic() && !c.is_numeric())
}
fn isspace(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    char_test(vm, args, char::is_whitespace)
}
fn isalnum(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    char_test(vm, args, char::is_alphanumeric)
}
/// At least one cased character, and none of the other case (titlecase counts as neither).
fn isupper(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    use crate::types::str_extra::{is_cased, is_titlecase};
    let s = self_str(vm, args, "isupper")?;
    Ok(Value::Bool(s.chars().any(is_cased) && !s.chars().any(|c| c.is_lowercase() || is_titlecase(c))))
}
fn islower(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    use crate::types::str_extra::{is_cased, is_titlecase};
    let s = self_str(vm, args, "islower")?;
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
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested {} in the spec.
            let mut depth_b = 1;
            let mut j = i + 1;
            while j < chars.len() && depth_b > 0 {
                match chars[j] {
                    '{' => depth_b += 1,
                    '}' => depth_b -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth_b != 0 {
                return Err(vm.value_error("unmatched '{' in format"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            i = j;
            let (name_part, spec) = match find_outside_brackets(&field, ':') {
                Some(k) => (field[..k].to_string(), field[k + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name_part, conv) = match find_outside_brackets(&name_part, '!') {
                Some(k) => {
                    let mut cs = name_part[k + 1..].chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => (name_part[..k].to_string(), Some(c)),
                        (None, _) => return Err(vm.value_error("end of string while looking for conversion specifier")),
                        _ => return Err(vm.value_error("expected ':' after conversion specifier")),
                    }
                }
                None => (name_part, None),
            };
            // Split the field name into its first part and the accessors after it.
            let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
            let first = &name_part[..first_end];
            let positional = first.is_empty() || first.bytes().all(|b| b.is_ascii_digit());
            if positional && matches!(named, FieldArgs::Map(_)) {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            let mut value = if first.is_empty() {
                if numbering.1 {
                    return Err(
                        vm.value_error("cannot switch from manual field specification to automatic field numbering")
                    );
                }
                let v = pos.get(numbering.0).copied();
                numbering.0 += 1;
                match v {
                    Some(v) => v,
                    None => return Err(vm.index_error("tuple index out of range")),
                }
            } else if let Ok(n) = first.parse::<usize>() {
                if numbering.0 > 0 {
                    return Err(
                        vm.value_error("cannot switch from automatic field numbering to manual field specification")
                    );
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
            let value = match conv {
                Some('r') => {
                    let r = vm.repr(value)?;
                    vm.new_string(r)?
                }
                Some('a') => {
                    let r = vm.repr(value)?;
                    vm.new_string(crate::format::ascii_escape(&r))?
                }
                Some('s') => {
                    let r = vm.to_str(value)?;
                    vm.new_string(r)?
                }
                Some(_) => return Err(vm.value_error("unknown conversion specifier")),
                None => value,
            };
            let spec = if spec.contains('{') { format_rec(vm, &spec, pos, named, depth + 1, numbering)? } else { spec };
            out.push_str(&vm.format(value, &spec)?);
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
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
    crate::format::percent_format(vm, args[0], args[1])
}

native!(STR_NEW, "__new__", str_new);
native!(JOIN, "join", join);
native!(SPLIT, "split", split);
native!(RSPLIT, "rsplit", rsplit);
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
native!(ENCODE, "encode", encode);
native!(ISDIGIT, "isdigit", isdigit);
native!(ISALPHA, "isalpha", isalpha);
native!(ISSPACE, "isspace", isspace);
native!(ISALNUM, "isalnum", isalnum);
native!(ISUPPER, "isupper", isupper);
native!(ISLOWER, "islower", islower);
native!(FORMAT, "format", format);
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
