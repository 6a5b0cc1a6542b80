//! Frozen Python modules: the sources under `python/` are embedded at build time (see build.rs)
//! and handed to the VM's importer through `vm.frozen = Some(ferrite_frozen::lookup)`. They are
//! found after native modules and before `sys.path`; their `__file__` is `.frozen/<name>`.

include!(concat!(env!("OUT_DIR"), "/frozen_table.rs"));

/// The source of frozen module `name` (a dotted name) and whether it is a package.
pub fn lookup(name: &str) -> Option<(&'static str, bool)> {
    MODULES
        .binary_search_by(|(n, _, _)| (*n).cmp(name))
        .ok()
        .and_then(|i| MODULES.get(i))
        .map(|(_, src, pkg)| (*src, *pkg))
}

/// The names of every frozen module, for `help('modules')` and tests.
pub fn names() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|(n, _, _)| *n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_asyncio() {
        let (src, pkg) = super::lookup("asyncio").unwrap_or(("", false));
        assert!(pkg);
        assert!(!src.is_empty());
        assert!(super::lookup("asyncio.nope").is_none());
        assert!(super::lookup("").is_none());
    }
}
