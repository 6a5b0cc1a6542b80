//! Core operations on lists, tuples, dicts and sets that the interpreter and the built-in
//! methods share. Dict and set lookups go through `dict_find`, which hashes with Python's
//! `hash` and compares with Python's `==` (possibly calling user code) outside any borrow of the
//! table.

use crate::dict::Dict;
use crate::error::{PyErr, PyResult};
use crate::object::{Object, ViewKind};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The items of a list or tuple (or of a subclass instance of one); empty for others.
    pub fn list_items(&self, v: Value) -> Vec<Value> {
        match self.builtin_base(v).as_obj().map(|r| self.heap.get(r)) {
            Some(Object::List(l)) => l.clone(),
            Some(Object::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        }
    }

    pub fn tuple_items(&self, v: Value) -> Vec<Value> {
        self.list_items(v)
    }

    /// The underlying list/dict of a value: itself, or the built-in base of a subclass instance.
    pub(crate) fn builtin_base(&self, v: Value) -> Value {
        if let Some(Object::Instance(i)) = v.as_obj().map(|r| self.heap.get(r)) {
            if !i.base.is_none() {
                return i.base;
            }
        }
        v
    }

    /// `list.append(v)`: a list with room takes `v` with one heap lookup; growing, a list
    /// subclass and the errors take the general path.
    #[inline(never)]
    pub fn list_append(&mut self, list: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(r) = list {
            if let Object::List(l) = self.heap.get_mut(r) {
                if l.len() < l.capacity() {
                    l.push(v);
                    return Ok(());
                }
            }
        }
        self.list_append_general(list, v)
    }

    #[cold]
    #[inline(never)]
    fn list_append_general(&mut self, list: Value, v: Value) -> PyResult<()> {
        let list = self.builtin_base(list);
        let Some(r) = list.as_obj() else { return Err(self.type_error("not a list")) };
        if let Object::List(l) = self.heap.get_mut(r) {
            let grew = l.len() == l.capacity();
            l.push(v);
            if grew && !self.heap.resize(r) {
                if let Object::List(l) = self.heap.get_mut(r) {
                    l.pop();
                }
                self.heap.resize(r);
                return Err(self.memory_error());
            }
            Ok(())
        } else {
            Err(self.type_error("not a list"))
        }
    }

    pub fn list_extend(&mut self, list: Value, iterable: Value) -> PyResult<()> {
        let list = self.builtin_base(list);
        let items = self.iterate_to_vec(iterable)?;
        let Some(r) = list.as_obj() else { return Err(self.type_error("not a list")) };
        if !self.heap.can_fit(items.len() * 16) {
            return Err(self.memory_error());
        }
        let old_len = match self.heap.get_mut(r) {
            Object::List(l) => {
                let n = l.len();
                l.extend(items);
                n
            }
            _ => return Err(self.type_error("not a list")),
        };
        if !self.heap.resize(r) {
            if let Object::List(l) = self.heap.get_mut(r) {
                l.truncate(old_len);
                l.shrink_to(old_len);
            }
            self.heap.resize(r);
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Collects any iterable into a vector (fast paths for the built-in sequences).
    pub fn iterate_to_vec(&mut self, iterable: Value) -> PyResult<Vec<Value>> {
        if let Some(r) = iterable.as_obj() {
            match self.heap.get(r) {
                Object::List(l) => return Ok(l.clone()),
                Object::Tuple(t) => return Ok(t.to_vec()),
                Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => {
                    return Ok(d.iter().map(|e| e.key).collect());
                }
                // `list(d.keys())`, `list(d.values())`: straight from the table.
                &Object::DictView { dict, kind: kind @ (ViewKind::Keys | ViewKind::Values) } => {
                    if let Some(d) = self.table(dict) {
                        return Ok(d.iter().map(|e| if kind == ViewKind::Keys { e.key } else { e.value }).collect());
                    }
                }
                _ => {}
            }
        }
        let it = self.get_iter(iterable)?;
        let mark = self.roots_mark();
        self.root(it);
        // Items collected so far are rooted through a list, since `iter_next` may run Python
        // code that collects garbage.
        let holder = self.new_list(Vec::new())?;
        self.root(holder);
        let result =
            self.for_each_item(it, |vm, v| vm.list_append(holder, v).map(|()| true)).map(|()| self.list_items(holder));
        self.truncate_roots(mark);
        result
    }

    /// `UnpackSequence`/`UnpackEx`: replaces the sequence on top of the stack with its items,
    /// first item on top.
    pub(crate) fn unpack_sequence(&mut self, seq: Value, before: usize, after: Option<usize>) -> PyResult<()> {
        if after.is_none() {
            // `a, b = pair`: a tuple or list of the right length goes straight onto the stack.
            let items: Option<&[Value]> = match seq.as_obj().map(|r| self.heap.get(r)) {
                Some(Object::Tuple(t)) => Some(t),
                Some(Object::List(l)) => Some(l),
                _ => None,
            };
            if let Some(items) = items.filter(|items| items.len() == before) {
                self.stack.pop();
                self.stack.extend(items.iter().rev());
                return Ok(());
            }
        }
        let items = self.iterate_to_vec(seq)?;
        self.stack.pop();
        match after {
            None => {
                if items.len() != before {
                    return Err(if items.len() < before {
                        self.value_error(format!("need more than {} values to unpack", items.len()))
                    } else {
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    });
                }
                self.stack.extend(items.into_iter().rev());
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!("need more than {} values to unpack", items.len())));
                }
                let star_end = items.len() - after;
                for v in items[star_end..].iter().rev() {
                    self.stack.push(*v);
                }
                let middle = self.new_list(items[before..star_end].to_vec())?;
                self.stack.push(middle);
                for v in items[..before].iter().rev() {
                    self.stack.push(*v);
                }
            }
        }
        Ok(())
    }

    // ---- dicts

    /// The table behind a dict, set or frozenset value (or a dict subclass instance).
    fn table(&self, v: Value) -> Option<&Dict> {
        let v = self.builtin_base(v);
        match self.heap.get(v.as_obj()?) {
            Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => Some(d),
            _ => None,
        }
    }

    fn table_mut(&mut self, v: Value) -> Option<&mut Dict> {
        let v = self.builtin_base(v);
        match self.heap.get_mut(v.as_obj()?) {
            Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => Some(d),
            _ => None,
        }
    }

    /// Finds `key` in a dict or set: its entry number, and the hash (for a following insert).
    pub(crate) fn dict_find(&mut self, table: Value, key: Value) -> PyResult<(Option<usize>, u64)> {
        let hash = self.hash(key)?;
        Ok((self.dict_find_hashed(table, key, hash)?, hash))
    }

    /// `dict_find` with the key's hash already known (set algebra reuses the stored hashes).
    /// Candidates of the common key types are compared in place; only other pairs go through
    /// Python's `==`, which may run user code and is then checked for mutation of the table.
    pub(crate) fn dict_find_hashed(&mut self, table: Value, key: Value, hash: u64) -> PyResult<Option<usize>> {
        let Some(tr) = self.builtin_base(table).as_obj() else { return Ok(None) };
        let mut cursor = 0;
        loop {
            let (i, k, version) = match self.heap.get(tr) {
                Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => {
                    let Some(i) = d.probe(hash, &mut cursor) else { return Ok(None) };
                    let Some(k) = d.entry(i).map(|e| e.key) else { continue };
                    (i, k, d.version)
                }
                _ => return Ok(None),
            };
            if k.is(key) {
                return Ok(Some(i));
            }
            match (k, key) {
                // Same-kind immediates that are not identical are not equal.
                (Value::Int(_), Value::Int(_)) | (Value::Bool(_), Value::Bool(_)) => continue,
                (Value::Obj(a), Value::Obj(b)) => match (self.heap.get(a), self.heap.get(b)) {
                    (Object::Str(x), Object::Str(y)) => {
                        if x.s == y.s {
                            return Ok(Some(i));
                        }
                        continue;
                    }
                    (Object::Bytes(x), Object::Bytes(y)) => {
                        if x == y {
                            return Ok(Some(i));
                        }
                        continue;
                    }
                    _ => {}
                },
                _ => {}
            }
            if self.eq(k, key)? {
                return Ok(Some(i));
            }
            let now = match self.heap.get(tr) {
                Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => Some(d.version),
                _ => None,
            };
            if now != Some(version) {
                return Err(self.runtime_error("dict mutated during lookup"));
            }
        }
    }

    pub fn dict_get(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        let (i, _) = self.dict_find(dict, key)?;
        Ok(i.and_then(|i| self.table(dict).and_then(|d| d.entry(i)).map(|e| e.value)))
    }

    pub fn dict_set(&mut self, dict: Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(owner) = self.table(dict).and_then(|d| d.owner) {
            // `globals()` or `obj.__dict__`: a write to it is a write to the namespace.
            self.namespace_write(owner, key, Some(value));
        }
        let (i, hash) = self.dict_find(dict, key)?;
        match i {
            Some(i) => {
                if let Some(d) = self.table_mut(dict) {
                    d.set_value(i, value);
                }
            }
            None => {
                if let Some(d) = self.table_mut(dict) {
                    d.insert_new(hash, key, value);
                }
                if let Some(r) = self.builtin_base(dict).as_obj() {
                    if !self.heap.resize(r) {
                        return Err(self.memory_error());
                    }
                }
            }
        }
        Ok(())
    }

    /// `dict.setdefault(key, default)` with one lookup: the value at `key`, or `default` after
    /// storing it there.
    pub fn dict_setdefault(&mut self, dict: Value, key: Value, default: Value) -> PyResult<Value> {
        if self.table(dict).is_some_and(|d| d.owner.is_some()) {
            // A namespace dict keeps its owner in step through `dict_set`.
            if let Some(v) = self.dict_get(dict, key)? {
                return Ok(v);
            }
            self.dict_set(dict, key, default)?;
            return Ok(default);
        }
        let (i, hash) = self.dict_find(dict, key)?;
        if let Some(v) = i.and_then(|i| self.table(dict).and_then(|d| d.entry(i)).map(|e| e.value)) {
            return Ok(v);
        }
        if let Some(d) = self.table_mut(dict) {
            d.insert_new(hash, key, default);
        }
        if let Some(r) = self.builtin_base(dict).as_obj() {
            if !self.heap.resize(r) {
                return Err(self.memory_error());
            }
        }
        Ok(default)
    }

    pub fn dict_remove(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        if let Some(owner) = self.table(dict).and_then(|d| d.owner) {
            self.namespace_write(owner, key, None);
        }
        let (i, _) = self.dict_find(dict, key)?;
        Ok(match i {
            Some(i) => self.table_mut(dict).and_then(|d| d.remove_at(i)).map(|(_, v)| v),
            None => None,
        })
    }

    /// Entries of a dict in order (a snapshot).
    pub fn dict_items(&self, dict: Value) -> Vec<(Value, Value)> {
        self.table(dict).map(|d| d.iter().map(|e| (e.key, e.value)).collect()).unwrap_or_default()
    }

    pub fn dict_len(&self, dict: Value) -> usize {
        self.table(dict).map_or(0, |d| d.len())
    }

    /// `dict.update(mapping_or_pairs)`; with `unique`, a repeated key is an error (`f(**a, **b)`).
    pub fn dict_update(&mut self, dict: Value, other: Value, unique: bool) -> PyResult<()> {
        let is_dict = matches!(self.builtin_base(other).as_obj().map(|r| self.heap.get(r)), Some(Object::Dict(_)));
        if is_dict {
            for (k, v) in self.dict_items(other) {
                if unique && self.dict_get(dict, k)?.is_some() {
                    let ks = self.str_ref(k).unwrap_or("?").to_string();
                    return Err(self.type_error(format!("function got multiple values for keyword argument '{ks}'")));
                }
                self.dict_set(dict, k, v)?;
            }
            return Ok(());
        }
        let keys_name = self.n.keys;
        if let Some(keys) = self.get_attr_opt(other, keys_name)? {
            let ks = self.call(keys, &[])?;
            let ks = self.iterate_to_vec(ks)?;
            for k in ks {
                let v = self.get_item(other, k)?;
                self.dict_set(dict, k, v)?;
            }
            return Ok(());
        }
        let pairs = self.iterate_to_vec(other)?;
        for p in pairs {
            let kv = self.iterate_to_vec(p)?;
            if kv.len() != 2 {
                return Err(self.value_error("dictionary update sequence element has wrong length"));
            }
            self.dict_set(dict, kv[0], kv[1])?;
        }
        Ok(())
    }

    pub(crate) fn dict_eq(&mut self, a: Value, b: Value, depth: usize) -> PyResult<bool> {
        if self.dict_len(a) != self.dict_len(b) {
            return Ok(false);
        }
        for (k, v) in self.dict_items(a) {
            match self.dict_get(b, k)? {
                Some(w) => {
                    if !v.is(w) && !self.eq_depth(v, w, depth + 1)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ---- sets

    pub fn new_set_value(&mut self) -> PyResult<Value> {
        self.alloc(Object::Set(Box::new(Dict::new())))
    }

    pub fn set_add(&mut self, set: Value, item: Value) -> PyResult<()> {
        let (i, hash) = self.dict_find(set, item)?;
        if i.is_none() {
            if let Some(d) = self.table_mut(set) {
                d.insert_new(hash, item, Value::None);
            }
            if let Some(r) = set.as_obj() {
                if !self.heap.resize(r) {
                    return Err(self.memory_error());
                }
            }
        }
        Ok(())
    }

    pub fn set_update(&mut self, set: Value, iterable: Value) -> PyResult<()> {
        let items = self.iterate_to_vec(iterable)?;
        for item in items {
            self.set_add(set, item)?;
        }
        Ok(())
    }

    pub fn set_contains(&mut self, set: Value, item: Value) -> PyResult<bool> {
        match self.dict_find(set, item) {
            Ok((i, _)) => Ok(i.is_some()),
            Err(e) => Ok(self.set_find_set_key(set, item, e)?.is_some()),
        }
    }

    pub fn set_remove(&mut self, set: Value, item: Value) -> PyResult<bool> {
        let i = match self.dict_find(set, item) {
            Ok((i, _)) => i,
            Err(e) => self.set_find_set_key(set, item, e)?,
        };
        Ok(match i {
            Some(i) => self.table_mut(set).and_then(|d| d.remove_at(i)).is_some(),
            None => false,
        })
    }

    /// A set given to `in`, `remove` or `discard` of a set is looked up as the frozenset of its
    /// items, as in CPython (`set('ab') in {frozenset('ab')}`); MicroPython raises TypeError
    /// (docs/differences.md). Reached only when hashing `item` failed with `err`, which any
    /// other item re-raises.
    #[cold]
    #[inline(never)]
    fn set_find_set_key(&mut self, set: Value, item: Value, err: PyErr) -> PyResult<Option<usize>> {
        let hash = match item.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Set(d)) => crate::ops::compare::hash_set_items(d),
            _ => return Err(err),
        };
        self.dict_find_hashed(set, item, hash)
    }

    /// Members of a set with their stored hashes (a snapshot).
    pub(crate) fn set_entries(&self, set: Value) -> Vec<(Value, u64)> {
        self.table(set).map(|d| d.iter().map(|e| (e.key, e.hash)).collect()).unwrap_or_default()
    }

    pub fn set_keys(&self, set: Value) -> Vec<Value> {
        self.table(set).map(|d| d.iter().map(|e| e.key).collect()).unwrap_or_default()
    }

    pub(crate) fn is_set_like(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Object::Set(_) | Object::FrozenSet(_)))
    }

    /// Subset ordering for `<`, `<=`, `>`, `>=` on sets; `None` if not both sets.
    pub(crate) fn set_order(
        &mut self,
        op: ferrite_compiler::bytecode::CmpOp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<bool>> {
        use ferrite_compiler::bytecode::CmpOp;
        if !self.is_set_like(a) || !self.is_set_like(b) {
            return Ok(None);
        }
        let subset = |vm: &mut Vm, x: Value, y: Value| -> PyResult<bool> {
            for k in vm.set_keys(x) {
                if !vm.set_contains(y, k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        let (la, lb) = (self.dict_len(a), self.dict_len(b));
        Ok(Some(match op {
            CmpOp::LtE => subset(self, a, b)?,
            CmpOp::Lt => la < lb && subset(self, a, b)?,
            CmpOp::GtE => subset(self, b, a)?,
            _ => la > lb && subset(self, b, a)?,
        }))
    }

    /// The bytes of a bytes-like value (bytes, bytearray, memoryview).
    pub fn bytes_like(&self, v: Value) -> Option<Vec<u8>> {
        match self.heap.get(v.as_obj()?) {
            Object::Bytes(b) | Object::ByteArray(b) => Some(b.clone()),
            Object::Instance(i) if !i.base.is_none() => self.bytes_like(i.base),
            Object::Data(d) => d.data.buffer().map(|b| b.to_vec()),
            Object::MemoryView { base, start, len, .. } => {
                let inner = self.bytes_like(*base)?;
                inner.get(*start..*start + *len).map(|s| s.to_vec())
            }
            _ => None,
        }
    }
}
