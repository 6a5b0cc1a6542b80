//! Interned names: attribute, global and keyword names compared as integers.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::namemap::NameHasher;

/// An interned name. Comparing two names is comparing two integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(pub u32);

/// The table of interned names. One per VM (no global state).
#[derive(Default)]
pub struct Interner {
    map: HashMap<Box<str>, Name, BuildHasherDefault<NameHasher>>,
    names: Vec<Box<str>>,
}

impl Interner {
    pub fn intern(&mut self, s: &str) -> Name {
        if let Some(&n) = self.map.get(s) {
            return n;
        }
        let n = Name(self.names.len() as u32);
        self.names.push(s.into());
        self.map.insert(s.into(), n);
        n
    }

    pub fn lookup(&self, s: &str) -> Option<Name> {
        self.map.get(s).copied()
    }

    pub fn get(&self, n: Name) -> &str {
        self.names.get(n.0 as usize).map(|s| &**s).unwrap_or("?")
    }
}
