//! `help()`: the REPL's built-in help, printed as MicroPython's `py/builtinhelp.c` prints it
//! (docs: library/builtins.html#help is not listed there; the REPL guide describes it). With no
//! argument a welcome text; `help('modules')` the built-in modules; `help(obj)` the object, its
//! type and the names its class (or module) defines. The members listed are Ferrite's, so they
//! differ from MicroPython's where Ferrite's types have more methods.

use crate::builtins::check_args;
use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// The unix port's text (MicroPython's default help text).
const WELCOME: &str = "Welcome to MicroPython!

For online docs please visit http://docs.micropython.org/

Control commands:
  CTRL-A        -- on a blank line, enter raw REPL mode
  CTRL-B        -- on a blank line, enter normal REPL mode
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit or do a soft reset
  CTRL-E        -- on a blank line, enter paste mode

For further help on a specific object, type help(obj)
For a list of available modules, type help('modules')
";

fn help(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "help", args, 0, 1)?;
    match args.first() {
        None => vm.write_out(WELCOME)?,
        Some(&v) if vm.str_ref(v) == Some("modules") => print_modules(vm)?,
        Some(&v) => print_object(vm, v)?,
    }
    Ok(Value::None)
}

/// The built-in module names in four columns, column by column, as MicroPython lays them out.
fn print_modules(vm: &mut Vm) -> PyResult<()> {
    let mut names: Vec<&str> = vm.native_modules.iter().map(|d| d.name).collect();
    names.push("builtins");
    names.sort_unstable();
    names.dedup();
    const COLUMNS: usize = 4;
    const WIDTH: usize = 18;
    let rows = names.len().div_ceil(COLUMNS);
    let mut out = String::new();
    for row in 0..rows {
        let cells: Vec<&str> = (0..COLUMNS).filter_map(|c| names.get(c * rows + row).copied()).collect();
        for (i, cell) in cells.iter().enumerate() {
            out.push_str(cell);
            if i + 1 < cells.len() {
                out.push_str(&" ".repeat(WIDTH.saturating_sub(cell.len()).max(1)));
            }
        }
        out.push('\n');
    }
    out.push_str("Plus any modules on the filesystem\n");
    vm.write_out(&out)
}

/// `object X is of type T`, then `  name -- value` for each name a module holds, a class
/// defines, or an instance's class defines.
fn print_object(vm: &mut Vm, v: Value) -> PyResult<()> {
    let class = vm.type_of(v);
    let head = format!("object {} is of type {}\n", vm.to_str(v)?, vm.class_name(class));
    vm.write_out(&head)?;
    let entries: Vec<(Name, Value)> = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Module(m)) => m.globals.iter().collect(),
        Some(Object::Class(c)) => class_entries(vm, c),
        _ => match vm.heap.get(class) {
            Object::Class(c) => class_entries(vm, c),
            _ => Vec::new(),
        },
    };
    let mark = vm.roots_mark();
    for (_, value) in &entries {
        vm.root(*value);
    }
    let mut r = Ok(());
    for (name, value) in entries {
        let line = match vm.to_str(value) {
            Ok(s) => format!("  {} -- {}\n", vm.name_str(name), s),
            Err(e) => {
                r = Err(e);
                break;
            }
        };
        if let Err(e) = vm.write_out(&line) {
            r = Err(e);
            break;
        }
    }
    vm.truncate_roots(mark);
    r
}

/// A class's own names; for a built-in type, without the operator methods (`__add__`...),
/// which MicroPython keeps in type slots rather than in the type's dict.
fn class_entries(vm: &Vm, c: &crate::object::Class) -> Vec<(Name, Value)> {
    let dunder = |n: Name| {
        let s = vm.name_str(n);
        s.len() > 4 && s.starts_with("__") && s.ends_with("__")
    };
    c.dict.iter().filter(|(n, _)| !(c.flags.builtin && dunder(*n))).collect()
}

native!(HELP, "help", help);
