//! `re` (docs: library/re.html): regular expressions on `regex-automata`, also importable as
//! `ure`. Patterns are translated (`translate.rs`); compiled patterns and match objects are
//! native classes (`Pattern` here, `Match` in `matching.rs`); the module-level functions are a
//! few lines of Python over `compile` with a small cache (`PRELUDE`).
//!
//! Beyond MicroPython (which has match, search, sub, split, compile and group/groups/start/end/
//! span): fullmatch, subn, findall, finditer, escape, purge, groupdict, named groups, `{m,n}`,
//! non-capturing groups, `\b`, and the flags IGNORECASE, MULTILINE, DOTALL, VERBOSE (ASCII and
//! UNICODE are accepted and change nothing). Divergences from CPython: `\d \w \s` and `\b` are
//! ASCII-only as in MicroPython; `$` without MULTILINE matches only at the very end (CPython
//! also before a final newline); backreferences and lookaround raise `re.error` (a ValueError
//! subclass, so MicroPython's `except ValueError` also catches it).

mod matching;
mod translate;

use std::cell::OnceCell;

use ferrite_vm::builtins::{check_args, check_kwargs, kwarg};
use ferrite_vm::native::NativeFunction;
use ferrite_vm::types::object::add_getter;
use ferrite_vm::types::set_class_attr;
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyErr, PyResult, Value, Vm};
use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};

use crate::util::{add_functions, set};

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "re", init };

// CPython's flag values.
const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const UNICODE: i64 = 32;
const VERBOSE: i64 = 64;
const DEBUG: i64 = 128;
const ASCII: i64 = 256;

/// Engine limits: a pattern past them is `re.error`, never a crash or a runaway allocation.
/// The nesting limit guards the engine's recursive passes over the syntax tree.
const NEST_LIMIT: u32 = 200;
const NFA_SIZE_LIMIT: usize = 4 << 20;
const CACHE_CAPACITY: usize = 2 << 20;

const PRELUDE: &str = r#"
class error(ValueError):
    pass

Pattern._error = error
_cache = {}

def compile(pattern, flags=0):
    if type(pattern) is Pattern:
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if len(_cache) >= 64:
            _cache.clear()
        p = Pattern(pattern, flags)
        _cache[key] = p
    return p

def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)

def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)

def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)

def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)

def purge():
    _cache.clear()
"#;

/// A compiled pattern.
pub(crate) struct Pattern {
    /// The pattern as given (str or bytes).
    source: Value,
    flags: i64,
    bytes: bool,
    translated: String,
    regex: Regex,
    /// `(?:pattern)\z`, for fullmatch: built on first use.
    full: OnceCell<Option<Regex>>,
    /// Capture groups, not counting group 0.
    groups: usize,
    /// Named groups and their numbers.
    names: Vec<(String, usize)>,
}
ferrite_vm::native_data!(Pattern, |p, out| out.push(p.source));

/// How a search is anchored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    Search,
    Match,
    Full,
}

/// Byte spans of group 0 and every capture group of one match.
pub(crate) type Spans = Vec<Option<(usize, usize)>>;

fn build(translated: &str, bytes: bool, flags: i64) -> Result<Regex, String> {
    let syn = syntax::Config::new()
        .unicode(!bytes)
        .utf8(!bytes)
        .case_insensitive(flags & IGNORECASE != 0)
        .multi_line(flags & MULTILINE != 0)
        .dot_matches_new_line(flags & DOTALL != 0)
        .nest_limit(NEST_LIMIT);
    let cfg = Regex::config()
        .utf8_empty(!bytes)
        .nfa_size_limit(Some(NFA_SIZE_LIMIT))
        .onepass_size_limit(Some(NFA_SIZE_LIMIT))
        .hybrid_cache_capacity(CACHE_CAPACITY);
    Regex::builder().syntax(syn).configure(cfg).build(translated).map_err(|e| {
        if e.size_limit().is_some() {
            return "pattern too large".to_string();
        }
        // The engine's message is several lines drawing the pattern; one line says why.
        let text = match e.syntax_error() {
            Some(se) => se.to_string(),
            None => e.to_string(),
        };
        let why = text.lines().find_map(|l| l.trim().strip_prefix("error: "));
        why.unwrap_or("bad pattern").to_string()
    })
}

impl Pattern {
    fn full(&self) -> Option<&Regex> {
        self.full.get_or_init(|| build(&format!("(?:{})\\z", self.translated), self.bytes, self.flags).ok()).as_ref()
    }

    /// One match in `hay[..end]` starting the search at `start`.
    pub(crate) fn exec(&self, hay: &[u8], start: usize, end: usize, anchor: Anchor) -> Option<Spans> {
        let re = match anchor {
            Anchor::Full => self.full()?,
            _ => &self.regex,
        };
        let hay = hay.get(..end)?;
        if start > hay.len() {
            return None;
        }
        let anchored = if anchor == Anchor::Search { Anchored::No } else { Anchored::Yes };
        let input = Input::new(hay).span(start..hay.len()).anchored(anchored);
        let mut caps = re.create_captures();
        re.search_captures(&input, &mut caps);
        if !caps.is_match() {
            return None;
        }
        Some((0..=self.groups).map(|i| caps.get_group(i).map(|s| (s.start, s.end))).collect())
    }

    /// Successive matches in `hay[..end]` from `start`, at most `limit` (0: all), with Python's
    /// rule for empty matches: one may follow a non-empty match but not another empty one at
    /// the same place (then the search moves on by one character).
    pub(crate) fn exec_all(&self, hay: &[u8], start: usize, end: usize, limit: usize) -> Vec<Spans> {
        let mut out = Vec::new();
        let mut pos = start;
        // The previous match was empty and ended at `pos`.
        let mut must_advance = false;
        while pos <= end && (limit == 0 || out.len() < limit) {
            let Some(mut m) = self.exec(hay, pos, end, Anchor::Search) else { break };
            let Some(&Some((mut s, mut e))) = m.first() else { break };
            if must_advance && s == e && s == pos {
                let next = next_char(hay, pos, self.bytes);
                if next > end {
                    break;
                }
                let Some(m2) = self.exec(hay, next, end, Anchor::Search) else { break };
                let Some(&Some((s2, e2))) = m2.first() else { break };
                (m, s, e) = (m2, s2, e2);
            }
            must_advance = s == e;
            pos = e;
            out.push(m);
        }
        out
    }
}

/// The byte offset of the character after the one at `at`.
fn next_char(hay: &[u8], at: usize, bytes: bool) -> usize {
    let mut j = at + 1;
    if !bytes {
        while hay.get(j).is_some_and(|b| b & 0xC0 == 0x80) {
            j += 1;
        }
    }
    j
}

/// Raises `re.error` (the class the prelude stored on `Pattern`), or ValueError before that.
fn re_error(vm: &mut Vm, cls: ObjRef, msg: &str) -> PyErr {
    let n = vm.intern("_error");
    let class = vm.get_attr(Value::Obj(cls), n).ok().and_then(|c| c.as_obj());
    let Some(class) = class else { return vm.value_error(msg) };
    let text = match vm.new_str(msg) {
        Ok(t) => t,
        Err(e) => return e,
    };
    let args = match vm.new_tuple(vec![text]) {
        Ok(a) => a,
        Err(e) => return e,
    };
    match vm.make_exception(class, args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// `Pattern(pattern, flags=0)`, what `re.compile` calls on a cache miss.
fn pattern_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "compile", args, 2, 3)?;
    check_kwargs(vm, kw, &["flags"])?;
    let Some(cls) = args[0].as_obj() else { return Err(vm.type_error("class expected")) };
    let source = args[1];
    let flags = match args.get(2).copied().or_else(|| kwarg(vm, kw, "flags")) {
        Some(f) => vm.index_value(f, "flags")?,
        None => 0,
    };
    let (chars, bytes): (Vec<char>, bool) = if let Some(s) = vm.str_ref(source) {
        (s.chars().collect(), false)
    } else if let Some(b) = vm.bytes_like(source) {
        (b.iter().map(|&x| char::from(x)).collect(), true)
    } else {
        let tn = vm.type_name(source);
        return Err(vm.type_error(format!("first argument must be string or compiled pattern, not {tn}")));
    };
    let syn = translate::Syntax { bytes, verbose: flags & VERBOSE != 0 };
    let translated = translate::translate(&chars, &syn).map_err(|m| re_error(vm, cls, &m))?;
    let regex = build(&translated, bytes, flags).map_err(|m| re_error(vm, cls, &m))?;
    let groups = regex.captures_len().saturating_sub(1);
    let names = regex
        .group_info()
        .pattern_names(regex_automata::PatternID::ZERO)
        .enumerate()
        .filter_map(|(i, n)| n.map(|n| (n.to_string(), i)))
        .collect();
    let flags = if bytes { flags } else { flags | UNICODE };
    let p = Pattern { source, flags, bytes, translated, regex, full: OnceCell::new(), groups, names };
    vm.new_data(cls, Box::new(p))
}

/// Runs `f` on the pattern payload of `v`.
pub(crate) fn with_pattern<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&Pattern) -> R) -> PyResult<R> {
    if let Some(p) = vm.data::<Pattern>(v) {
        return Ok(f(p));
    }
    Err(vm.type_error("compiled pattern expected"))
}

fn pattern_attr(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Value> {
    check_args(vm, what, args, 1, 1)?;
    let (source, flags, groups, names) = with_pattern(vm, args[0], |p| (p.source, p.flags, p.groups, p.names.clone()))?;
    match what {
        "pattern" => Ok(source),
        "flags" => Ok(Value::Int(flags)),
        "groups" => Ok(Value::Int(groups as i64)),
        _ => {
            let d = vm.new_dict()?;
            vm.root(d);
            for (n, i) in names {
                let k = vm.new_string(n)?;
                vm.root(k);
                let r = vm.dict_set(d, k, Value::Int(i as i64));
                vm.temp_roots.pop();
                if let Err(e) = r {
                    vm.temp_roots.pop();
                    return Err(e);
                }
            }
            vm.temp_roots.pop();
            Ok(d)
        }
    }
}

fn pattern_pattern(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    pattern_attr(vm, args, "pattern")
}
fn pattern_flags(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    pattern_attr(vm, args, "flags")
}
fn pattern_groups(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    pattern_attr(vm, args, "groups")
}
fn pattern_groupindex(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    pattern_attr(vm, args, "groupindex")
}

fn pattern_repr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let (source, flags, bytes) = with_pattern(vm, args[0], |p| (p.source, p.flags, p.bytes))?;
    let mut s = format!("re.compile({}", vm.repr(source)?);
    let shown = if bytes { flags } else { flags & !UNICODE };
    if shown != 0 {
        let mut names = Vec::new();
        for (bit, name) in [
            (IGNORECASE, "re.IGNORECASE"),
            (MULTILINE, "re.MULTILINE"),
            (DOTALL, "re.DOTALL"),
            (VERBOSE, "re.VERBOSE"),
            (DEBUG, "re.DEBUG"),
            (ASCII, "re.ASCII"),
        ] {
            if shown & bit != 0 {
                names.push(name.to_string());
            }
        }
        let rest = shown & !(IGNORECASE | MULTILINE | DOTALL | VERBOSE | DEBUG | ASCII | UNICODE);
        if rest != 0 {
            names.push(format!("0x{rest:x}"));
        }
        s.push_str(", ");
        s.push_str(&names.join("|"));
    }
    s.push(')');
    vm.new_string(s)
}

native!(PATTERN_NEW, "__new__", pattern_new, kw);
native!(PATTERN_PATTERN, "pattern", pattern_pattern);
native!(PATTERN_FLAGS, "flags", pattern_flags);
native!(PATTERN_GROUPS, "groups", pattern_groups);
native!(PATTERN_GROUPINDEX, "groupindex", pattern_groupindex);
native!(PATTERN_REPR, "__repr__", pattern_repr);

fn escape(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "escape", args, 1, 1)?;
    if let Some(s) = vm.str_ref(args[0]) {
        let e = translate::escape(s);
        return vm.new_string(e);
    }
    match vm.bytes_like(args[0]) {
        Some(b) => {
            // Escape as latin-1 text, which leaves bytes >= 0x80 alone.
            let s: String = b.iter().map(|&x| char::from(x)).collect();
            let e: Vec<u8> = translate::escape(&s).chars().map(|c| c as u32 as u8).collect();
            vm.new_bytes(e)
        }
        None => Err(vm.type_error("escape() argument must be str or bytes")),
    }
}
native!(ESCAPE, "escape", escape);

static PATTERN_METHODS: &[&NativeFunction] = &[
    &PATTERN_NEW,
    &PATTERN_REPR,
    &matching::MATCH,
    &matching::SEARCH,
    &matching::FULLMATCH,
    &matching::SUB,
    &matching::SUBN,
    &matching::SPLIT,
    &matching::FINDALL,
    &matching::FINDITER,
];

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let pattern = vm.new_native_class("Pattern", &[], PATTERN_METHODS)?;
    for g in [&PATTERN_PATTERN, &PATTERN_FLAGS, &PATTERN_GROUPS, &PATTERN_GROUPINDEX] {
        add_getter(vm, pattern, g);
    }
    let match_cls = matching::make_class(vm)?;
    set_class_attr(vm, pattern, "_Match", Value::Obj(match_cls));
    set(vm, m, "Pattern", Value::Obj(pattern));
    set(vm, m, "Match", Value::Obj(match_cls));
    add_functions(vm, m, &[&ESCAPE])?;
    for (name, v) in [
        ("I", IGNORECASE),
        ("IGNORECASE", IGNORECASE),
        ("M", MULTILINE),
        ("MULTILINE", MULTILINE),
        ("S", DOTALL),
        ("DOTALL", DOTALL),
        ("X", VERBOSE),
        ("VERBOSE", VERBOSE),
        ("U", UNICODE),
        ("UNICODE", UNICODE),
        ("A", ASCII),
        ("ASCII", ASCII),
        ("DEBUG", DEBUG),
    ] {
        set(vm, m, name, Value::Int(v));
    }
    vm.run_code_in(PRELUDE.as_bytes(), "<re>", ferrite_compiler::Mode::Exec, m)?;
    Ok(())
}
