//! The importer: `sys.modules`, native modules, frozen modules, then `.py` files and packages on
//! `sys.path`. The one rule for MicroPython's `u`-prefixed names lives here: `import uX` falls
//! back to `X` when no module is called `uX`.

use crate::error::{ExcKind, PyResult};
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Where frozen (built-in Python) module sources come from: the embedder supplies them.
pub type FrozenLookup = fn(&str) -> Option<(&'static str, bool)>;

impl Vm {
    /// An `import` statement: through `builtins.__import__` when a program has replaced it (as
    /// CPython and MicroPython do, so import hooks see every import), else straight to the
    /// importer.
    pub(crate) fn import_stmt(&mut self, name: Name, fromlist: Value, level: Value) -> PyResult<Value> {
        let hook = self.module_get(self.builtins, self.n.__import__);
        let replaced = match hook {
            Some(h) => match h.as_obj().map(|r| self.heap.get(r)) {
                Some(Object::Native(nf)) => !std::ptr::eq(*nf, &crate::builtins::IMPORT),
                _ => true,
            },
            None => false,
        };
        let Some(hook) = hook.filter(|_| replaced) else { return self.import_name(name, fromlist, level) };
        let name_v = self.name_value(name)?;
        self.root(name_v);
        let globals = match self.frames.last().map(|f| f.module) {
            Some(m) => self.module_dict(m)?,
            None => Value::None,
        };
        self.temp_roots.pop();
        self.call(hook, &[name_v, globals, Value::None, fromlist, level])
    }

    pub(crate) fn import_name(&mut self, name: Name, fromlist: Value, level: Value) -> PyResult<Value> {
        let level = match level {
            Value::Int(l) => l.max(0) as usize,
            _ => 0,
        };
        let raw = self.name_str(name).to_string();
        let full = if level > 0 { self.resolve_relative(&raw, level)? } else { raw };
        if full.is_empty() {
            return Err(self.new_exception(ExcKind::ImportError, "can't perform relative import"));
        }
        // Import each package on the way down.
        let mut module = Value::None;
        let mut prefix = String::new();
        let mut top = Value::None;
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            // Only a first import binds the submodule in its package: a name the package set
            // since (`from .mod import mod`, a function) survives a later `import pkg.mod`.
            let loaded_before = self.module_lookup(&prefix).is_some();
            let m = self.load_module(&prefix, module)?;
            if let (Some(parent), false) = (module.as_obj(), module.is_none() || loaded_before) {
                let pn = self.intern(part);
                self.module_set(parent, pn, m);
            }
            if top.is_none() {
                top = m;
            }
            module = m;
        }
        let has_fromlist = !fromlist.is_none() && self.tuple_len(fromlist) > 0;
        if has_fromlist {
            // `from pkg import submodule`: load submodules named in the fromlist.
            if self.is_package(module) {
                for item in self.tuple_items(fromlist) {
                    let Some(s) = self.str_ref(item).map(|s| s.to_string()) else { continue };
                    if s == "*" {
                        continue;
                    }
                    let n = self.intern(&s);
                    let has = module.as_obj().and_then(|m| self.module_get(m, n)).is_some();
                    if !has {
                        let sub = format!("{full}.{s}");
                        if let Ok(m) = self.load_module(&sub, module) {
                            if let Some(p) = module.as_obj() {
                                self.module_set(p, n, m);
                            }
                        }
                    }
                }
            }
            Ok(module)
        } else if level > 0 {
            Ok(module)
        } else {
            Ok(top)
        }
    }

    fn is_package(&self, m: Value) -> bool {
        let p = self.n.__path__;
        m.as_obj().and_then(|r| self.module_get(r, p)).is_some()
    }

    fn resolve_relative(&mut self, name: &str, level: usize) -> PyResult<String> {
        let module = self.frames.last().map(|f| f.module);
        let Some(m) = module else {
            return Err(self.new_exception(ExcKind::ImportError, "can't perform relative import"));
        };
        let mname = self.module_name(m);
        let is_pkg = self.is_package(Value::Obj(m));
        let mut parts: Vec<&str> = mname.split('.').collect();
        let drop = if is_pkg { level - 1 } else { level };
        if drop > parts.len() || mname == "__main__" {
            return Err(self.new_exception(ExcKind::ImportError, "can't perform relative import"));
        }
        parts.truncate(parts.len() - drop);
        let mut base = parts.join(".");
        if !name.is_empty() {
            if !base.is_empty() {
                base.push('.');
            }
            base.push_str(name);
        }
        Ok(base)
    }

    /// Loads (or finds already loaded) the module with the full dotted name.
    pub fn load_module(&mut self, full: &str, parent: Value) -> PyResult<Value> {
        if let Some(m) = self.module_lookup(full) {
            return Ok(m);
        }
        if let Some(m) = self.load_native(full)? {
            return Ok(m);
        }
        if let Some(m) = self.load_frozen(full)? {
            return Ok(m);
        }
        if let Some(m) = self.load_from_path(full, parent)? {
            return Ok(m);
        }
        // The u-prefix rule: `uos` is `os`, `ujson` is `json`...
        if let Some(plain) = full.strip_prefix('u') {
            if !plain.is_empty() && !full.contains('.') {
                match self.load_module(plain, parent) {
                    Ok(m) => {
                        self.module_register(full, m);
                        return Ok(m);
                    }
                    // Not found under either name: report the name the program used.
                    Err(e) if self.is_exception_kind(e.0, ExcKind::ImportError) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        let msg = format!("no module named '{full}'");
        Err(self.new_exception(ExcKind::ImportError, &msg))
    }

    fn load_native(&mut self, full: &str) -> PyResult<Option<Value>> {
        let Some(def) = self.native_modules.iter().find(|d| d.name == full).copied() else { return Ok(None) };
        let m = self.new_module(full)?;
        self.module_register(full, m);
        if let Some(r) = m.as_obj() {
            if let Err(e) = (def.init)(self, r) {
                self.module_unregister(full);
                return Err(e);
            }
        }
        Ok(Some(m))
    }

    fn load_frozen(&mut self, full: &str) -> PyResult<Option<Value>> {
        let Some(lookup) = self.frozen else { return Ok(None) };
        let Some((src, is_pkg)) = lookup(full) else { return Ok(None) };
        let filename = format!(".frozen/{}", full.replace('.', "/"));
        self.exec_module_source(full, src.as_bytes(), &filename, is_pkg.then(|| ".frozen".to_string())).map(Some)
    }

    fn load_from_path(&mut self, full: &str, parent: Value) -> PyResult<Option<Value>> {
        let rel = full.replace('.', "/");
        let dirs: Vec<String> = if let (Some(p), true) = (parent.as_obj(), !parent.is_none()) {
            let pk = self.n.__path__;
            match self.module_get(p, pk).and_then(|v| self.str_ref(v).map(|s| s.to_string())) {
                Some(dir) => vec![dir],
                None => return Ok(None),
            }
        } else {
            self.sys_path_entries()
        };
        let leaf = full.rsplit('.').next().unwrap_or(full);
        for dir in dirs {
            let base = if parent.is_none() { rel.clone() } else { leaf.to_string() };
            let join = |d: &str, f: &str| if d.is_empty() { f.to_string() } else { format!("{d}/{f}") };
            let pkg_init = join(&dir, &format!("{base}/__init__.py"));
            let file = join(&dir, &format!("{base}.py"));
            if let Some(src) = self.fs_read(&file) {
                return self.exec_module_source(full, &src, &file, None).map(Some);
            }
            if self.resolve_path(&join(&dir, &format!("{base}.mpy"))).is_some_and(|p| p.is_file()) {
                // Compiled MicroPython bytecode is not something Ferrite runs: the error MicroPython
                // gives for an .mpy of another version.
                return Err(self.value_error("incompatible .mpy file"));
            }
            if let Some(src) = self.fs_read(&pkg_init) {
                let pkg_dir = join(&dir, &base);
                return self.exec_module_source(full, &src, &pkg_init, Some(pkg_dir)).map(Some);
            }
            let pkg_dir = join(&dir, &base);
            if self.fs_is_dir(&pkg_dir) {
                // A namespace package: a directory without __init__.py.
                return self.exec_module_source(full, b"", &pkg_dir, Some(pkg_dir.clone())).map(Some);
            }
        }
        Ok(None)
    }

    fn exec_module_source(
        &mut self,
        full: &str,
        src: &[u8],
        filename: &str,
        package_dir: Option<String>,
    ) -> PyResult<Value> {
        let m = self.new_module(full)?;
        let Some(mr) = m.as_obj() else { return Err(self.internal_error("module")) };
        self.module_register(full, m);
        let fk = self.n.__file__;
        let fv = self.new_str(filename)?;
        self.module_set(mr, fk, fv);
        if let Some(dir) = package_dir {
            let pk = self.n.__path__;
            let pv = self.new_string(dir)?;
            self.module_set(mr, pk, pv);
        }
        match self.run_code_in(src, filename, ferrite_compiler::Mode::Exec, mr) {
            Ok(_) => Ok(m),
            Err(e) => {
                self.module_unregister(full);
                Err(e)
            }
        }
    }

    fn sys_path_entries(&self) -> Vec<String> {
        match self.sys_path.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::List(l)) => l.iter().filter_map(|v| self.str_ref(*v).map(|s| s.to_string())).collect(),
            _ => self.config.path.clone(),
        }
    }

    fn fs_read(&self, path: &str) -> Option<Vec<u8>> {
        let p = if path.is_empty() { "." } else { path };
        let resolved = self.resolve_path(p)?;
        if resolved.is_file() {
            std::fs::read(resolved).ok()
        } else {
            None
        }
    }

    fn fs_is_dir(&self, path: &str) -> bool {
        self.resolve_path(path).is_some_and(|p| p.is_dir())
    }

    /// Maps a device path to a host path (the device filesystem hook; identity for now).
    pub fn resolve_path(&self, path: &str) -> Option<std::path::PathBuf> {
        match &self.fs_root {
            Some(root) => crate::vfs::resolve_in(root, &self.fs_cwd, path),
            None => Some(std::path::PathBuf::from(path)),
        }
    }

    pub(crate) fn import_from(&mut self, module: Value, name: Name) -> PyResult<Value> {
        match self.get_attr_opt(module, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            // A module `__getattr__` refusing the name still lets a submodule load.
            Err(e) if self.is_exception_kind(e.0, ExcKind::AttributeError) => {}
            Err(e) => return Err(e),
        }
        // A submodule not yet loaded.
        if let Some(m) = module.as_obj() {
            if self.is_package(module) {
                let full = format!("{}.{}", self.module_name(m), self.name_str(name));
                if let Ok(sub) = self.load_module(&full, module) {
                    self.module_set(m, name, sub);
                    return Ok(sub);
                }
            }
        }
        let s = self.name_str(name).to_string();
        Err(self.new_exception(ExcKind::ImportError, &format!("can't import name {s}")))
    }

    pub(crate) fn import_star(&mut self, module: Value) -> PyResult<()> {
        let Some(m) = module.as_obj() else { return Ok(()) };
        let entries: Vec<(Name, Value)> = match self.heap.get(m) {
            Object::Module(md) => md.globals.iter().collect(),
            _ => Vec::new(),
        };
        let Some(target) = self.frames.last().map(|f| f.module) else { return Ok(()) };
        for (n, v) in entries {
            if self.name_str(n).starts_with('_') {
                continue;
            }
            self.module_set(target, n, v);
        }
        Ok(())
    }

    /// Registers a native module so `import name` finds it.
    pub fn register_native_module(&mut self, def: &'static crate::vm::NativeModuleDef) {
        self.native_modules.push(def);
    }

    pub fn module_ref(&mut self, name: &str) -> Option<ObjRef> {
        self.module_lookup(name).and_then(|v| v.as_obj())
    }
}
