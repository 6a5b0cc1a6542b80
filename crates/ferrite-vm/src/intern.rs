//! Interned names: attribute, global and keyword names compared as integers.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// An interned name. Comparing two names is comparing two integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(pub u32);

/// A multiply-rotate hash over 8-byte words: names are short identifiers, and SipHash was a
/// tenth of startup (interning every built-in name). Names come from program text and
/// attribute names, not from data a peer sends, so flooding resistance is not needed here.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

/// The table of interned names. One per VM (no global state).
#[derive(Default)]
pub struct Interner {
    map: HashMap<Box<str>, Name, BuildHasherDefault<WordHasher>>,
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
