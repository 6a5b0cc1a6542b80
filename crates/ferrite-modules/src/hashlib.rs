//! `hashlib` (docs: library/hashlib.html): sha256, sha1 and md5 hashers, also importable as
//! `uhashlib`. Divergences from MicroPython, all towards CPython: `digest()` may be called more
//! than once and `update()` still works after it (MicroPython forbids both); `hexdigest()`,
//! `copy()`, `name`, `digest_size` and `block_size` exist (MicroPython has none of them).

use ferrite_vm::builtins::{check_args, check_kwargs, kwarg};
use ferrite_vm::types::object::add_getter;
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};
use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha256};

use crate::util::set;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "hashlib", init };

/// The running state of one hasher; cloning it is `copy()`.
#[derive(Clone)]
enum State {
    Sha256(Sha256),
    Sha1(Sha1),
    Md5(Md5),
}

struct Hasher {
    state: State,
}
ferrite_vm::native_data!(Hasher);

impl State {
    fn update(&mut self, data: &[u8]) {
        match self {
            State::Sha256(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Md5(h) => h.update(data),
        }
    }

    /// The digest of everything fed so far; the state itself is left as it is.
    fn digest(&self) -> Vec<u8> {
        match self {
            State::Sha256(h) => h.clone().finalize().to_vec(),
            State::Sha1(h) => h.clone().finalize().to_vec(),
            State::Md5(h) => h.clone().finalize().to_vec(),
        }
    }

    fn name(&self) -> &'static str {
        match self {
            State::Sha256(_) => "sha256",
            State::Sha1(_) => "sha1",
            State::Md5(_) => "md5",
        }
    }

    fn digest_size(&self) -> i64 {
        match self {
            State::Sha256(_) => 32,
            State::Sha1(_) => 20,
            State::Md5(_) => 16,
        }
    }
}

/// The bytes of a buffer-protocol argument (bytes, bytearray, memoryview). A str is refused as
/// CPython refuses it.
fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.str_ref(v).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match vm.bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("object with buffer protocol required, not '{tn}'")))
        }
    }
}

/// Runs `f` on the hasher state of `v`; TypeError when `v` is not a hash object.
fn with_state<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut State) -> R) -> PyResult<R> {
    if let Some(h) = vm.data_mut::<Hasher>(v) {
        return Ok(f(&mut h.state));
    }
    Err(vm.type_error("hash object expected"))
}

/// `__new__(cls, data=b'')`, shared by the three classes: the class's `name` attribute
/// (set in `init`) says which algorithm.
fn make(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)], state: State) -> PyResult<Value> {
    check_args(vm, state.name(), args, 1, 2)?;
    check_kwargs(vm, kw, &["data", "usedforsecurity"])?;
    let Some(cls) = args.first().and_then(|c| c.as_obj()) else {
        return Err(vm.type_error("class expected"));
    };
    let data = match args.get(1).copied().or_else(|| kwarg(vm, kw, "data")) {
        Some(d) => Some(data_arg(vm, d)?),
        None => None,
    };
    let mut h = Hasher { state };
    if let Some(d) = data {
        h.state.update(&d);
    }
    vm.new_data(cls, Box::new(h))
}

fn sha256_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    make(vm, args, kw, State::Sha256(Sha256::new()))
}
fn sha1_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    make(vm, args, kw, State::Sha1(Sha1::new()))
}
fn md5_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    make(vm, args, kw, State::Md5(Md5::new()))
}

fn update(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "update", args, 2, 2)?;
    let data = data_arg(vm, args[1])?;
    with_state(vm, args[0], |s| s.update(&data))?;
    Ok(Value::None)
}

fn digest(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "digest", args, 1, 1)?;
    let d = with_state(vm, args[0], |s| s.digest())?;
    vm.new_bytes(d)
}

fn hexdigest(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "hexdigest", args, 1, 1)?;
    let d = with_state(vm, args[0], |s| s.digest())?;
    let mut s = String::with_capacity(d.len() * 2);
    for b in d {
        s.push_str(&format!("{b:02x}"));
    }
    vm.new_string(s)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "copy", args, 1, 1)?;
    let state = with_state(vm, args[0], |s| s.clone())?;
    let cls = vm.type_of(args[0]);
    vm.new_data(cls, Box::new(Hasher { state }))
}

fn name(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "name", args, 1, 1)?;
    let n = with_state(vm, args[0], |s| s.name())?;
    vm.new_str(n)
}

fn digest_size(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "digest_size", args, 1, 1)?;
    Ok(Value::Int(with_state(vm, args[0], |s| s.digest_size())?))
}

/// All three algorithms work on 64-byte blocks.
fn block_size(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "block_size", args, 1, 1)?;
    with_state(vm, args[0], |_| ())?;
    Ok(Value::Int(64))
}

native!(SHA256_NEW, "__new__", sha256_new, kw);
native!(SHA1_NEW, "__new__", sha1_new, kw);
native!(MD5_NEW, "__new__", md5_new, kw);
native!(UPDATE, "update", update);
native!(DIGEST, "digest", digest);
native!(HEXDIGEST, "hexdigest", hexdigest);
native!(COPY, "copy", copy);
native!(NAME, "name", name);
native!(DIGEST_SIZE, "digest_size", digest_size);
native!(BLOCK_SIZE, "block_size", block_size);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let classes: [(&str, &'static ferrite_vm::native::NativeFunction); 3] =
        [("sha256", &SHA256_NEW), ("sha1", &SHA1_NEW), ("md5", &MD5_NEW)];
    for (cname, new) in classes {
        let cls = vm.new_native_class(cname, &[], &[new, &UPDATE, &DIGEST, &HEXDIGEST, &COPY])?;
        for g in [&NAME, &DIGEST_SIZE, &BLOCK_SIZE] {
            add_getter(vm, cls, g);
        }
        set(vm, m, cname, Value::Obj(cls));
    }
    Ok(())
}
