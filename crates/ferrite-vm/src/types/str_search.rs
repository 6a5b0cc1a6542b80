//! Substring search behind `str.find`/`count`/`replace`/`split` and friends.
//!
//! The search runs on bytes: a match of a valid UTF-8 needle inside valid UTF-8 text always
//! starts and ends on character boundaries, so byte offsets found here can slice the text. It uses
//! memchr's vectorised searchers rather than the standard library's two-way searcher, which the
//! `strings` benchmark profile showed as its largest library cost (single-character needles such
//! as `','` or `'\n'` are the common case, and `memchr` handles them many bytes at a time).

use memchr::memmem;

/// Byte offset of the first occurrence of `needle` (an empty needle is found at 0).
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [] => Some(0),
        [b] => memchr::memchr(*b, hay.as_bytes()),
        n => memmem::find(hay.as_bytes(), n),
    }
}

/// Byte offset of the last occurrence of `needle` (an empty needle is found at the end).
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [] => Some(hay.len()),
        [b] => memchr::memrchr(*b, hay.as_bytes()),
        n => memmem::rfind(hay.as_bytes(), n),
    }
}

/// Non-overlapping occurrences of a non-empty `needle`, counted from the left (`str.count`).
pub fn count(hay: &str, needle: &str) -> usize {
    match needle.as_bytes() {
        [] => 0,
        [b] => memchr::memchr_iter(*b, hay.as_bytes()).count(),
        n => memmem::find_iter(hay.as_bytes(), n).count(),
    }
}

/// Calls `f` with the byte offset of each of at most `limit` non-overlapping occurrences of a
/// non-empty `needle`, left to right.
pub fn each_match(hay: &str, needle: &str, limit: usize, mut f: impl FnMut(usize)) {
    let h = hay.as_bytes();
    match needle.as_bytes() {
        [] => {}
        [b] => memchr::memchr_iter(*b, h).take(limit).for_each(&mut f),
        n => memmem::find_iter(h, n).take(limit).for_each(&mut f),
    }
}

/// As `each_match`, right to left (what `rsplit` needs: `'aaa'.rsplit('aa')` splits at 1).
pub fn each_match_rev(hay: &str, needle: &str, limit: usize, mut f: impl FnMut(usize)) {
    let h = hay.as_bytes();
    match needle.as_bytes() {
        [] => {}
        [b] => memchr::memrchr_iter(*b, h).take(limit).for_each(&mut f),
        n => memmem::rfind_iter(h, n).take(limit).for_each(&mut f),
    }
}

/// `hay.replace(old, new)` for at most `limit` occurrences of a non-empty `old`; `None` when
/// there is none, so the caller can return the receiver itself.
pub fn replace(hay: &str, old: &str, new: &str, limit: usize) -> Option<String> {
    let mut out: Option<String> = None;
    let mut last = 0;
    each_match(hay, old, limit, |at| {
        let o = out.get_or_insert_with(|| {
            let grow = new.len().saturating_sub(old.len()).saturating_mul(4);
            String::with_capacity(hay.len().saturating_add(grow))
        });
        o.push_str(hay.get(last..at).unwrap_or(""));
        o.push_str(new);
        last = at + old.len();
    });
    let mut o = out?;
    o.push_str(hay.get(last..).unwrap_or(""));
    Some(o)
}

/// Python's whitespace for `str.split()`/`strip()` as this runtime has always defined it
/// (Rust's `char::is_whitespace`), checked byte-wise for ASCII text.
#[inline]
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std() {
        let texts = ["", "a", "aaa", "abcabcab", "héllo wörld héllo", "a,b,,c,", "ééé"];
        let needles = ["", "a", "aa", "abc", "é", "llo", ",", "ö", "zz"];
        for t in texts {
            for n in needles {
                assert_eq!(find(t, n), t.find(n), "find {t:?} {n:?}");
                assert_eq!(rfind(t, n), t.rfind(n), "rfind {t:?} {n:?}");
                if !n.is_empty() {
                    assert_eq!(count(t, n), t.matches(n).count(), "count {t:?} {n:?}");
                    let expect = if t.contains(n) { Some(t.replace(n, "<>")) } else { None };
                    assert_eq!(replace(t, n, "<>", usize::MAX), expect, "replace {t:?} {n:?}");
                    let mut rev = Vec::new();
                    each_match_rev(t, n, usize::MAX, |i| rev.push(i));
                    let std_rev: Vec<usize> = t.rmatch_indices(n).map(|(i, _)| i).collect();
                    assert_eq!(rev, std_rev, "rmatch {t:?} {n:?}");
                }
            }
        }
        assert!((0u8..128).all(|b| is_ascii_space(b) == (b as char).is_whitespace()));
    }
}
