//! The insertion-ordered hash table behind `dict`, `set` and `frozenset`.
//!
//! It knows nothing of Python equality: lookups hand back the entries whose stored hash matches,
//! one at a time, and the VM decides equality (which may call a user's `__eq__`, so it cannot run
//! while this table is borrowed). Entries live in a vector in insertion order; the index is an
//! open-addressing table of entry numbers with linear probing. Removal leaves a tombstone entry
//! (key `Unbound`) that the next resize compacts away.

use crate::value::Value;

const EMPTY: u32 = 0;
const DELETED: u32 = 1;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Entry>,
    /// Entry number + 2, or EMPTY / DELETED. Length is zero or a power of two.
    index: Vec<u32>,
    len: usize,
    /// Bumped on every insertion or removal, so iterators can detect changes in size.
    pub version: u32,
    /// Set on a dict that stands for a namespace (`globals()` of a module, `obj.__dict__` of an
    /// instance): writes to it are writes to that namespace too (`namespace.rs`).
    pub owner: Option<crate::heap::ObjRef>,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict { entries: Vec::with_capacity(n), ..Dict::default() };
        if n > 0 {
            d.index = vec![EMPTY; (n * 3 / 2 + 1).next_power_of_two().max(8)];
        }
        d
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Finds the next candidate entry for `hash`, starting at probe position `*cursor` (start
    /// with 0). Returns the entry number; the caller checks key equality and calls again to go on.
    #[inline]
    pub fn probe(&self, hash: u64, cursor: &mut usize) -> Option<usize> {
        if self.index.is_empty() {
            return None;
        }
        let mask = self.index.len() - 1;
        loop {
            if *cursor > mask {
                return None;
            }
            let pos = (hash as usize).wrapping_add(*cursor) & mask;
            *cursor += 1;
            match self.index[pos] {
                EMPTY => return None,
                DELETED => continue,
                slot => {
                    let i = (slot - 2) as usize;
                    if let Some(e) = self.entries.get(i) {
                        if e.hash == hash && !e.key.is_unbound() {
                            return Some(i);
                        }
                    }
                }
            }
        }
    }

    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_unbound())
    }

    pub fn set_value(&mut self, i: usize, value: Value) {
        if let Some(e) = self.entries.get_mut(i) {
            e.value = value;
        }
    }

    /// Adds a key the caller has checked is absent.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.index.len() * 2 {
            self.grow();
        }
        let i = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        self.place(hash, i);
        self.len += 1;
        self.version = self.version.wrapping_add(1);
    }

    fn place(&mut self, hash: u64, i: usize) {
        let mask = self.index.len() - 1;
        let mut pos = hash as usize & mask;
        loop {
            if self.index[pos] <= DELETED {
                self.index[pos] = i as u32 + 2;
                return;
            }
            pos = (pos + 1) & mask;
        }
    }

    fn grow(&mut self) {
        self.entries.retain(|e| !e.key.is_unbound());
        let cap = ((self.len + 1) * 3).next_power_of_two().max(8);
        self.index = vec![EMPTY; cap];
        for i in 0..self.entries.len() {
            let h = self.entries[i].hash;
            self.place(h, i);
        }
    }

    /// Removes entry `i`, returning its key and value.
    pub fn remove_at(&mut self, i: usize) -> Option<(Value, Value)> {
        let e = *self.entries.get(i)?;
        if e.key.is_unbound() {
            return None;
        }
        let mask = self.index.len() - 1;
        let mut pos = e.hash as usize & mask;
        loop {
            if self.index[pos] == i as u32 + 2 {
                self.index[pos] = DELETED;
                break;
            }
            if self.index[pos] == EMPTY {
                break;
            }
            pos = (pos + 1) & mask;
        }
        if let Some(slot) = self.entries.get_mut(i) {
            slot.key = Value::Unbound;
            slot.value = Value::Unbound;
        }
        self.len -= 1;
        self.version = self.version.wrapping_add(1);
        if self.len == 0 {
            self.entries.clear();
            self.index.iter_mut().for_each(|s| *s = EMPTY);
        }
        Some((e.key, e.value))
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
        self.version = self.version.wrapping_add(1);
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_unbound())
    }

    /// The raw entry vector length (including tombstones), for index-based iteration.
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }

    /// The last live entry (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_unbound())
    }

    pub fn approx_size(&self) -> usize {
        self.entries.capacity() * 40 + self.index.capacity() * 4
    }
}
