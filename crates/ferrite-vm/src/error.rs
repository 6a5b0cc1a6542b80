//! Python exceptions raised from Rust: one constructor per message, worded as MicroPython words it.

use crate::value::Value;
use crate::vm::Vm;

/// A raised Python exception: the exception instance.
#[derive(Clone, Copy, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// The built-in exception classes, in the order they are created (a base before its subclasses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    Exception,
    StopIteration,
    StopAsyncIteration,
    ArithmeticError,
    OverflowError,
    ZeroDivisionError,
    AssertionError,
    AttributeError,
    EOFError,
    ImportError,
    LookupError,
    IndexError,
    KeyError,
    MemoryError,
    NameError,
    UnboundLocalError,
    OSError,
    TimeoutError,
    RuntimeError,
    NotImplementedError,
    RecursionError,
    SyntaxError,
    IndentationError,
    TypeError,
    ValueError,
    UnicodeError,
    CancelledError,
}

impl ExcKind {
    pub const ALL: [ExcKind; 31] = [
        ExcKind::BaseException,
        ExcKind::SystemExit,
        ExcKind::KeyboardInterrupt,
        ExcKind::GeneratorExit,
        ExcKind::Exception,
        ExcKind::StopIteration,
        ExcKind::StopAsyncIteration,
        ExcKind::ArithmeticError,
        ExcKind::OverflowError,
        ExcKind::ZeroDivisionError,
        ExcKind::AssertionError,
        ExcKind::AttributeError,
        ExcKind::EOFError,
        ExcKind::ImportError,
        ExcKind::LookupError,
        ExcKind::IndexError,
        ExcKind::KeyError,
        ExcKind::MemoryError,
        ExcKind::NameError,
        ExcKind::UnboundLocalError,
        ExcKind::OSError,
        ExcKind::TimeoutError,
        ExcKind::RuntimeError,
        ExcKind::NotImplementedError,
        ExcKind::RecursionError,
        ExcKind::SyntaxError,
        ExcKind::IndentationError,
        ExcKind::TypeError,
        ExcKind::ValueError,
        ExcKind::UnicodeError,
        ExcKind::CancelledError,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExcKind::BaseException => "BaseException",
            ExcKind::SystemExit => "SystemExit",
            ExcKind::KeyboardInterrupt => "KeyboardInterrupt",
            ExcKind::GeneratorExit => "GeneratorExit",
            ExcKind::Exception => "Exception",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::StopAsyncIteration => "StopAsyncIteration",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::EOFError => "EOFError",
            ExcKind::ImportError => "ImportError",
            ExcKind::LookupError => "LookupError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::NameError => "NameError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::OSError => "OSError",
            ExcKind::TimeoutError => "TimeoutError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::NotImplementedError => "NotImplementedError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::SyntaxError => "SyntaxError",
            ExcKind::IndentationError => "IndentationError",
            ExcKind::TypeError => "TypeError",
            ExcKind::ValueError => "ValueError",
            ExcKind::UnicodeError => "UnicodeError",
            ExcKind::CancelledError => "CancelledError",
        }
    }

    pub fn parent(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            SystemExit | KeyboardInterrupt | GeneratorExit | Exception | CancelledError => BaseException,
            ArithmeticError | AssertionError | AttributeError | EOFError | ImportError | LookupError | MemoryError
            | NameError | OSError | RuntimeError | SyntaxError | TypeError | ValueError | StopIteration
            | StopAsyncIteration => Exception,
            OverflowError | ZeroDivisionError => ArithmeticError,
            IndexError | KeyError => LookupError,
            UnboundLocalError => NameError,
            TimeoutError => OSError,
            NotImplementedError | RecursionError => RuntimeError,
            IndentationError => SyntaxError,
            UnicodeError => ValueError,
        })
    }
}

impl Vm {
    /// Runs `f`, which builds an exception, with the heap lock and limit lifted: as MicroPython
    /// does with its emergency exception buffer, an exception (instance, args, message) can be
    /// made while `micropython.heap_lock()` is in force or the heap is full, so code run with the
    /// heap locked (an interrupt handler) can still raise. Exceptions are small; the bytes
    /// still count towards the heap.
    pub fn with_emergency_heap<T>(&mut self, f: impl FnOnce(&mut Vm) -> T) -> T {
        let (locked, limit) = (self.heap.locked, self.heap.limit);
        self.heap.locked = 0;
        self.heap.limit = usize::MAX;
        let r = f(self);
        self.heap.locked = locked;
        self.heap.limit = limit;
        r
    }

    /// A new exception of a built-in class with one string argument.
    pub fn new_exception(&mut self, kind: ExcKind, msg: &str) -> PyErr {
        self.with_emergency_heap(|vm| vm.new_exception_in_heap(kind, msg))
    }

    fn new_exception_in_heap(&mut self, kind: ExcKind, msg: &str) -> PyErr {
        let class = self.types.exc(kind);
        let args = if msg.is_empty() {
            self.empty_tuple
        } else {
            match self.new_str(msg) {
                Ok(s) => match self.new_tuple(vec![s]) {
                    Ok(t) => t,
                    Err(e) => return e,
                },
                Err(e) => return e,
            }
        };
        match self.make_exception(class, args) {
            Ok(v) => PyErr(v),
            Err(e) => e,
        }
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(ExcKind::TypeError, msg.as_ref())
    }
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(ExcKind::ValueError, msg.as_ref())
    }
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(ExcKind::IndexError, msg.as_ref())
    }
    pub fn runtime_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(ExcKind::RuntimeError, msg.as_ref())
    }
    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(ExcKind::OverflowError, msg.as_ref())
    }
    pub fn not_implemented_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(ExcKind::NotImplementedError, msg.as_ref())
    }
    pub fn zero_division(&mut self) -> PyErr {
        self.new_exception(ExcKind::ZeroDivisionError, "divide by zero")
    }
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let msg = format!("name '{name}' isn't defined");
        self.new_exception(ExcKind::NameError, &msg)
    }
    pub fn unbound_local(&mut self, name: &str) -> PyErr {
        let _ = name;
        self.new_exception(ExcKind::UnboundLocalError, "local variable referenced before assignment")
    }
    pub fn attribute_error(&mut self, obj: Value, attr: &str) -> PyErr {
        let tn = self.type_name(obj);
        let msg = if let Some(r) = obj.as_obj() {
            if matches!(self.heap.get(r), crate::object::Object::Class(_)) {
                let cn = self.class_name(r);
                format!("type object '{cn}' has no attribute '{attr}'")
            } else if matches!(self.heap.get(r), crate::object::Object::Module(_)) {
                let mn = self.module_name(r);
                format!("module '{mn}' has no attribute '{attr}'")
            } else {
                format!("'{tn}' object has no attribute '{attr}'")
            }
        } else {
            format!("'{tn}' object has no attribute '{attr}'")
        };
        self.new_exception(ExcKind::AttributeError, &msg)
    }
    pub fn memory_error(&mut self) -> PyErr {
        // The preallocated instance is reused: start its traceback afresh.
        self.heap.pressure = true;
        let e = self.memory_error_instance;
        if let Some(d) = self.exc_data_mut(e) {
            d.traceback.clear();
            d.context = Value::None;
        }
        PyErr(e)
    }
    pub fn recursion_error(&mut self) -> PyErr {
        self.new_exception(ExcKind::RuntimeError, "maximum recursion depth exceeded")
    }
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let class = self.types.exc(ExcKind::StopIteration);
        let made = self.with_emergency_heap(|vm| {
            let args = if value.is_none() { Ok(vm.empty_tuple) } else { vm.new_tuple(vec![value]) };
            args.and_then(|a| vm.make_exception(class, a))
        });
        match made {
            Ok(v) => PyErr(v),
            Err(e) => e,
        }
    }
    pub fn unsupported_binop(&mut self, op: &str, a: Value, b: Value) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.type_error(format!("unsupported types for {op}: '{ta}', '{tb}'"))
    }
    pub fn os_error(&mut self, errno: i32) -> PyErr {
        let class = self.types.exc(ExcKind::OSError);
        let made = self.with_emergency_heap(|vm| {
            vm.new_tuple(vec![Value::Int(errno as i64)]).and_then(|a| vm.make_exception(class, a))
        });
        match made {
            Ok(v) => PyErr(v),
            Err(e) => e,
        }
    }
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let class = self.types.exc(ExcKind::KeyError);
        match self.with_emergency_heap(|vm| vm.new_tuple(vec![key]).and_then(|a| vm.make_exception(class, a))) {
            Ok(v) => PyErr(v),
            Err(e) => e,
        }
    }
    pub fn internal_error(&mut self, what: &str) -> PyErr {
        self.new_exception(ExcKind::RuntimeError, &format!("internal error: {what}"))
    }
}
