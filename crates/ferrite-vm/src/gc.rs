//! Precise mark-and-sweep collection, run only at interpreter safe points.
//!
//! Marking uses an explicit worklist (no recursion, so deep structures cannot overflow the Rust
//! stack). Roots are everything the VM holds directly: the thread's value stack and frames, the
//! exceptions being handled, native code's temporary roots, the module table, the built-in
//! classes and singletons.

use crate::heap::ObjRef;
use crate::object::{Iter, Object};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    pub fn collect_garbage(&mut self) {
        let mut work: Vec<ObjRef> = Vec::with_capacity(256);
        let push = |work: &mut Vec<ObjRef>, v: Value| {
            if let Value::Obj(r) = v {
                work.push(r);
            }
        };
        for v in &self.stack {
            push(&mut work, *v);
        }
        for f in self.frames.iter().chain(self.sched.parked_frames()) {
            work.push(f.owner);
            work.push(f.module);
            match f.kind {
                crate::frame::FrameKind::Init(v) => push(&mut work, v),
                crate::frame::FrameKind::Generator(g, _) => work.push(g),
                crate::frame::FrameKind::ClassBody(ns) => work.push(ns),
                _ => {}
            }
            for c in &f.code.consts {
                push(&mut work, *c);
            }
        }
        for v in self.handled.iter().chain(self.temp_roots.iter()).chain(self.char_cache.iter()) {
            push(&mut work, *v);
        }
        push(&mut work, self.modules);
        work.push(self.builtins);
        work.extend(self.types.all());
        for v in [
            self.empty_tuple,
            self.empty_str,
            self.memory_error_instance,
            self.ellipsis,
            self.not_implemented,
            self.object_new,
            self.object_init,
            self.object_setattr,
            self.object_hash,
            self.object_eq,
        ] {
            push(&mut work, v);
        }
        if let Some(m) = self.main_module {
            work.push(m);
        }
        if let Some(e) = self.pending_throw {
            push(&mut work, e.0);
        }
        for v in self.extra_roots() {
            push(&mut work, v);
        }
        self.mark(work);
        self.sweep();
    }

    fn mark(&mut self, mut work: Vec<ObjRef>) {
        let mut children: Vec<Value> = Vec::new();
        while let Some(r) = work.pop() {
            let Some(slot) = self.heap.slots.get_mut(r.index as usize) else { continue };
            if slot.generation != r.generation || slot.marked || slot.object.is_none() {
                continue;
            }
            slot.marked = true;
            let Some(obj) = &slot.object else { continue };
            children.clear();
            trace(obj, &mut children, &mut work);
            for v in &children {
                if let Value::Obj(c) = v {
                    work.push(*c);
                }
            }
        }
    }

    fn sweep(&mut self) {
        let heap = &mut self.heap;
        let mut freed = 0usize;
        for (i, slot) in heap.slots.iter_mut().enumerate() {
            if slot.object.is_none() {
                continue;
            }
            if slot.marked {
                slot.marked = false;
            } else {
                slot.object = None;
                slot.generation = slot.generation.wrapping_add(1);
                freed += slot.size as usize;
                slot.size = 0;
                heap.free.push(i as u32);
            }
        }
        heap.bytes = heap.bytes.saturating_sub(freed);
        heap.collections += 1;
        let step = match heap.user_threshold {
            Some(n) => n,
            None => heap.bytes.max(crate::heap::MIN_THRESHOLD.saturating_sub(heap.bytes)),
        };
        heap.threshold = crate::heap::collect_at(heap.bytes, step, heap.limit);
    }
}

/// Pushes the values an object refers to.
fn trace(obj: &Object, out: &mut Vec<Value>, refs: &mut Vec<ObjRef>) {
    match obj {
        Object::Dead | Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_) | Object::BigInt(_) => {}
        Object::Complex(..) | Object::Range(_) | Object::Native(_) => {}
        Object::Tuple(t) => out.extend_from_slice(t),
        Object::List(l) => out.extend_from_slice(l),
        Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => {
            if let Some(m) = d.owner {
                refs.push(m);
            }
            for e in d.iter() {
                out.push(e.key);
                out.push(e.value);
            }
        }
        Object::Slice(a, b, c) => out.extend_from_slice(&[*a, *b, *c]),
        Object::Cell(v) => out.push(*v),
        Object::Code(c) => out.extend_from_slice(&c.consts),
        Object::Function(f) => {
            refs.push(f.code);
            refs.push(f.module);
            out.extend_from_slice(&f.defaults);
            out.extend(f.kwdefaults.iter().map(|(_, v)| *v));
            out.extend_from_slice(&f.closure);
            out.extend(f.attrs.values());
        }
        Object::BoundMethod { func, receiver } => out.extend_from_slice(&[*func, *receiver]),
        Object::Class(c) => {
            refs.extend_from_slice(&c.bases);
            refs.extend_from_slice(&c.mro);
            refs.extend(c.meta);
            out.extend(c.dict.values());
        }
        Object::Instance(i) => {
            refs.push(i.class);
            out.extend(i.attrs.values());
            out.push(i.base);
            if let Some(d) = i.dict {
                refs.push(d);
            }
            if let Some(e) = &i.exception {
                out.extend_from_slice(&[e.args, e.cause, e.context]);
            }
        }
        Object::Module(m) => {
            out.extend(m.globals.values());
            if let Some(d) = m.mirror {
                refs.push(d);
            }
        }
        Object::Property { getter, setter, deleter } => out.extend_from_slice(&[*getter, *setter, *deleter]),
        Object::ClassMethod(v) | Object::StaticMethod(v) => out.push(*v),
        Object::Super { class, receiver } => {
            refs.push(*class);
            out.push(*receiver);
        }
        Object::Iterator(it) => match &**it {
            Iter::Seq { seq, .. } | Iter::Reversed { seq, .. } => out.push(*seq),
            Iter::Range { .. } | Iter::Done => {}
            Iter::DictKeys { dict, .. } | Iter::DictValues { dict, .. } | Iter::DictItems { dict, .. } => {
                refs.push(*dict)
            }
            Iter::Str { s, .. } => refs.push(*s),
            Iter::Enumerate { iter, count } => out.extend_from_slice(&[*iter, *count]),
            Iter::Zip { iters } => out.extend_from_slice(iters),
            Iter::Map { func, iters } => {
                out.push(*func);
                out.extend_from_slice(iters);
            }
            Iter::Filter { func, iter } => out.extend_from_slice(&[*func, *iter]),
            Iter::Callable { func, sentinel } => out.extend_from_slice(&[*func, *sentinel]),
            Iter::GetItem { obj, .. } => out.push(*obj),
            Iter::AsyncGenStep { gen } => refs.push(*gen),
            Iter::AsyncGenOp { gen, arg, .. } => {
                refs.push(*gen);
                out.push(*arg);
            }
        },
        Object::Generator(g) => {
            refs.push(g.function);
            refs.extend(g.delegator);
            if let Some(saved) = &g.frame {
                out.extend_from_slice(&saved.stack);
                out.extend_from_slice(&saved.handled);
                // While the generator runs, its frame is on a thread's frame stack, traced there.
                if let Some(f) = &saved.frame {
                    refs.push(f.owner);
                    refs.push(f.module);
                    out.extend_from_slice(&f.code.consts);
                    if let Some(d) = f.locals_dict() {
                        refs.push(d);
                    }
                }
            }
        }
        Object::MemoryView { base, .. } => out.push(*base),
        Object::DictView { dict, .. } => out.push(*dict),
        Object::Data(d) => {
            refs.push(d.class);
            out.extend(d.attrs.values());
            d.data.trace(out);
        }
    }
}
