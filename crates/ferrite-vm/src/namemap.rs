//! An insertion-ordered map from interned names to values: instance attributes, class and module
//! namespaces. Small maps (the common case for instances) are a linear scan over a vector; past
//! `INDEX_AT` entries a hash index is added.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::intern::Name;
use crate::value::Value;

/// Past this many entries a hash index pays for itself (a scan of 8 integer compares is cheaper
/// than hashing).
const INDEX_AT: usize = 8;

/// Names are small integers already unique: a multiplicative hash spreads them well and costs
/// one instruction (SipHash, the std default, was the top cost of global lookups). The interner
/// hashes the names' text with it too, a word at a time (SipHash was a tenth of startup); names
/// come from program text, not from data a peer sends, so flooding resistance is not needed.
#[derive(Default, Clone, Copy)]
pub struct NameHasher(u64);

impl Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.mix(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(w));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.mix(n as u64);
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

impl NameHasher {
    #[inline]
    fn mix(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

type NameIndex = HashMap<Name, usize, BuildHasherDefault<NameHasher>>;

#[derive(Default, Clone)]
pub struct NameMap {
    entries: Vec<(Name, Value)>,
    index: Option<NameIndex>,
    /// Bumped when a name is added or removed (not when a value changes): a cached entry
    /// position stays valid while this is unchanged.
    shape: u32,
}

impl NameMap {
    pub fn new() -> NameMap {
        NameMap::default()
    }

    #[inline]
    fn position(&self, name: Name) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(&name).copied(),
            None => self.entries.iter().position(|(n, _)| *n == name),
        }
    }

    #[inline]
    pub fn get(&self, name: Name) -> Option<Value> {
        self.position(name).and_then(|i| self.entries.get(i)).map(|(_, v)| *v)
    }

    /// The map's shape version (see `shape`).
    #[inline]
    pub fn shape(&self) -> u32 {
        self.shape
    }

    /// Where `name` is, for a cache that reads it back with `value_at` while the shape holds.
    pub fn position_of(&self, name: Name) -> Option<usize> {
        self.position(name)
    }

    #[inline]
    pub fn value_at(&self, i: usize) -> Option<Value> {
        self.entries.get(i).map(|(_, v)| *v)
    }

    /// The value at `i` if the entry there is still `name` (a cached position checked).
    #[inline]
    pub fn get_at(&self, i: usize, name: Name) -> Option<Value> {
        match self.entries.get(i) {
            Some((n, v)) if *n == name => Some(*v),
            _ => None,
        }
    }

    /// Replaces the value at `i` if the entry there is `name`; false if it is not.
    #[inline]
    pub fn set_at(&mut self, i: usize, name: Name, value: Value) -> bool {
        match self.entries.get_mut(i) {
            Some(e) if e.0 == name => {
                e.1 = value;
                true
            }
            _ => false,
        }
    }

    pub fn contains(&self, name: Name) -> bool {
        self.position(name).is_some()
    }

    pub fn insert(&mut self, name: Name, value: Value) {
        if let Some(i) = self.position(name) {
            if let Some(e) = self.entries.get_mut(i) {
                e.1 = value;
            }
            return;
        }
        self.entries.push((name, value));
        self.shape = self.shape.wrapping_add(1);
        if let Some(index) = &mut self.index {
            index.insert(name, self.entries.len() - 1);
        } else if self.entries.len() > INDEX_AT {
            self.index = Some(self.entries.iter().enumerate().map(|(i, (n, _))| (*n, i)).collect());
        }
    }

    pub fn remove(&mut self, name: Name) -> Option<Value> {
        let i = self.position(name)?;
        self.shape = self.shape.wrapping_add(1);
        let (_, v) = self.entries.remove(i);
        if self.index.is_some() {
            self.index = Some(self.entries.iter().enumerate().map(|(i, (n, _))| (*n, i)).collect());
        }
        Some(v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (Name, Value)> + '_ {
        self.entries.iter().copied()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.entries.iter().map(|(_, v)| *v)
    }

    pub fn approx_size(&self) -> usize {
        self.entries.capacity() * 24 + self.index.as_ref().map_or(0, |i| i.capacity() * 16)
    }
}
