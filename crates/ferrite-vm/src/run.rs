//! Running source text: compile, load the code object (constants become values once), and run
//! it as an entry frame; plus the traceback printer used for uncaught exceptions.

use std::rc::Rc;

use ferrite_compiler::{Code, Constant, Mode};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::frame::{Frame, FrameKind};
use crate::heap::ObjRef;
use crate::object::{CodeObject, Object};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Turns a compiled `Code` into a runtime code object, recursively for nested code.
    pub fn load_code(&mut self, code: &Rc<Code>) -> PyResult<Value> {
        let mut consts = Vec::with_capacity(code.consts.len());
        let mark = self.roots_mark();
        for c in &code.consts {
            let v = self.load_constant(c)?;
            self.root(v);
            consts.push(v);
        }
        self.truncate_roots(mark);
        let names = code.names.iter().map(|n| self.names.intern(n)).collect();
        let slot_names = code.slot_names.iter().map(|n| self.names.intern(n)).collect();
        let name = self.names.intern(&code.name);
        let obj = CodeObject {
            code: code.clone(),
            consts,
            names,
            slot_names,
            name,
            qualname: Rc::from(code.qualname.as_str()),
            filename: Rc::from(code.filename.as_str()),
            global_cache: (0..code.names.len()).map(|_| Default::default()).collect(),
            attr_cache: (0..code.names.len() * crate::attr_cache::PURPOSES).map(|_| Default::default()).collect(),
            fast_call: !code.flags.varargs
                && !code.flags.varkeywords
                && code.kwonlyargcount == 0
                && code.cell_slots.is_empty()
                && !code.flags.generator
                && !code.flags.coroutine,
        };
        self.alloc(Object::Code(Rc::new(obj)))
    }

    fn load_constant(&mut self, c: &Constant) -> PyResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Ellipsis => self.ellipsis,
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(s) => {
                let parsed = s.parse::<dashu_int::IBig>().map_err(|_| self.value_error("invalid int literal"))?;
                self.new_bigint(parsed)?
            }
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => self.alloc(Object::Complex(*real, *imag))?,
            Constant::Str(s) => self.new_str(s)?,
            Constant::Bytes(b) => self.new_bytes(b.clone())?,
            Constant::Tuple(items) => {
                let mut vals = Vec::with_capacity(items.len());
                let mark = self.roots_mark();
                for i in items {
                    let v = self.load_constant(i)?;
                    self.root(v);
                    vals.push(v);
                }
                self.truncate_roots(mark);
                self.new_tuple(vals)?
            }
            Constant::Code(code) => self.load_code(code)?,
        })
    }

    /// Compiles source; a syntax error becomes a Python SyntaxError with its location.
    pub fn compile(&mut self, src: &[u8], filename: &str, mode: Mode) -> PyResult<Value> {
        match ferrite_compiler::compile_source_opt(src, filename, mode, self.config.optimize) {
            Ok(code) => self.load_code(&code),
            Err(e) => {
                let kind = match e.kind {
                    ferrite_compiler::SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
                    ferrite_compiler::SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
                    ferrite_compiler::SyntaxErrorKind::NotImplemented => ExcKind::NotImplementedError,
                };
                let err = self.new_exception(kind, &e.msg);
                let fname: Rc<str> = Rc::from(filename);
                let none_name = self.intern("");
                if let Some(d) = self.exc_data_mut(err.0) {
                    d.traceback.push((fname, e.line, none_name));
                }
                Err(err)
            }
        }
    }

    /// Runs source text in a module's namespace.
    pub fn run_code_in(&mut self, src: &[u8], filename: &str, mode: Mode, module: ObjRef) -> PyResult<Value> {
        let code = self.compile(src, filename, mode)?;
        self.run_code_object(code, module)
    }

    /// Runs a loaded module-level code object.
    pub fn run_code_object(&mut self, code: Value, module: ObjRef) -> PyResult<Value> {
        let Some(cr) = code.as_obj() else { return Err(self.internal_error("no code")) };
        let Object::Code(code_rc) = self.heap.get(cr) else { return Err(self.internal_error("no code")) };
        let code_rc = code_rc.clone();
        let nlocals = code_rc.code.nlocals as usize;
        let base = self.stack.len();
        self.stack.resize(base + nlocals, Value::Unbound);
        if self.frames.len() >= self.config.max_frames {
            self.stack.truncate(base);
            return Err(self.recursion_error());
        }
        self.frames.push(Frame {
            code: code_rc,
            owner: cr,
            module,
            ip: 0,
            base,
            ret_to: base,
            stack_base: base + nlocals,
            blocks: Vec::new(),
            kind: FrameKind::Normal,
            entry: true,
            exc_depth: self.handled.len(),
        });
        self.run_entry_frame()
    }

    /// Runs a program as `__main__`.
    pub fn run_main(&mut self, src: &[u8], filename: &str) -> PyResult<Value> {
        let m = self.main_module_or_new()?;
        let file_key = self.n.__file__;
        let fv = self.new_str(filename)?;
        self.module_set(m, file_key, fv);
        self.run_code_in(src, filename, Mode::Exec, m)
    }

    /// The `__main__` module, created on first use.
    pub fn main_module_or_new(&mut self) -> PyResult<ObjRef> {
        if let Some(m) = self.main_module {
            return Ok(m);
        }
        let mv = self.new_module("__main__")?;
        let Some(m) = mv.as_obj() else { return Err(self.internal_error("module")) };
        self.main_module = Some(m);
        self.module_register("__main__", mv);
        Ok(m)
    }

    /// Prints an exception with its traceback, as MicroPython does.
    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut out = String::new();
        let tb = self.exc_data(exc).map(|d| d.traceback.clone()).unwrap_or_default();
        let limit = self.traceback_limit().unwrap_or(usize::MAX);
        if !tb.is_empty() && limit > 0 {
            out.push_str("Traceback (most recent call last):\n");
            for (file, line, name) in tb.iter().rev().take(limit) {
                let n = self.name_str(*name);
                if n.is_empty() {
                    out.push_str(&format!("  File \"{file}\", line {line}\n"));
                } else {
                    out.push_str(&format!("  File \"{file}\", line {line}, in {n}\n"));
                }
            }
        }
        let class = self.type_of(exc);
        let name = self.class_qualname(class);
        let msg = self.exception_str(exc).unwrap_or_default();
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
        out
    }

    /// `sys.tracebacklimit` when the program has set it to an int: as MicroPython, a traceback
    /// prints at most that many entries, the outermost first, and none (not even the
    /// `Traceback` line) when it is 0 or less.
    fn traceback_limit(&mut self) -> Option<usize> {
        let sys = self.module_lookup("sys")?.as_obj()?;
        let name = self.intern("tracebacklimit");
        match self.module_get(sys, name)? {
            Value::Int(i) => Some(i.max(0) as usize),
            _ => None,
        }
    }

    /// What an uncaught exception means for the process: `Some(code)` to exit with (SystemExit),
    /// `None` to print it and exit 1.
    pub fn system_exit_code(&mut self, e: PyErr) -> Option<i32> {
        if !self.is_exception_kind(e.0, ExcKind::SystemExit) {
            return None;
        }
        let args = self.exc_data(e.0).map(|d| d.args).unwrap_or(Value::None);
        let items = self.tuple_items(args);
        Some(match items.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => *i as i32,
            Some(Value::Bool(b)) => *b as i32,
            Some(other) => {
                let s = self.to_str(*other).unwrap_or_default();
                let _ = self.write_err(&format!("{s}\n"));
                1
            }
        })
    }

    pub fn write_err(&mut self, s: &str) -> PyResult<()> {
        use std::io::Write;
        self.flush_out();
        let _ = std::io::stderr().write_all(s.as_bytes());
        Ok(())
    }
}
