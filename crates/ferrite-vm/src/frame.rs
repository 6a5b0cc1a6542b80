//! Frames live on the VM's own stack, not the Rust stack: a Python call pushes a `Frame`, a return
//! pops it. A generator's frame is moved out into a `SavedFrame` while suspended.

use std::rc::Rc;

use crate::heap::ObjRef;
use crate::object::CodeObject;
use crate::value::Value;

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    /// Operand-stack depth (relative to the frame's stack base) to restore.
    pub depth: u32,
    /// Length of the handled-exception stack when the block was set up.
    pub exc_depth: u32,
}

/// The operator a `FrameKind::Dunder` frame implements.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DunderOp {
    Binary(ferrite_compiler::bytecode::BinOp),
    Compare(ferrite_compiler::bytecode::CmpOp),
}

/// What happens when the frame returns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FrameKind {
    Normal,
    /// An `__init__` call made by instantiating a class: the result is the instance.
    Init(Value),
    /// A class body, with the namespace dict it fills (its locals): the result is that dict.
    ClassBody(ObjRef),
    /// A call made for its effect (a property setter): the result is dropped.
    Discard,
    /// A Python `__op__` method called for an operator: a NotImplemented result falls back to
    /// the reflected method (or the default comparison), using the two operands kept on the
    /// stack under the frame (at `ret_to`), so that the frame itself stays small to move.
    Dunder(DunderOp),
    /// The root frame of a `_thread` thread: when it ends, the thread ends.
    ThreadRoot,
    /// A resumed generator frame, and how its results go back.
    Generator(ObjRef, crate::generator::Resume),
}

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// The function (or code object, for module code) that keeps `code` alive for the GC.
    pub owner: ObjRef,
    /// The module whose globals this frame uses.
    pub module: ObjRef,
    pub ip: usize,
    /// Index in the thread's value stack of slot 0.
    pub base: usize,
    /// Where the caller's stack is cut back to when this frame returns (below the callable).
    pub ret_to: usize,
    /// `base + nlocals`: where the operand stack starts.
    pub stack_base: usize,
    pub blocks: Vec<Block>,
    pub kind: FrameKind,
    /// True if a native caller re-entered the interpreter for this frame: the run loop returns to
    /// Rust when it returns.
    pub entry: bool,
    /// Length of the handled-exception stack when the frame started.
    pub exc_depth: usize,
}

impl Frame {
    /// For class bodies: the namespace dict under construction.
    pub fn locals_dict(&self) -> Option<ObjRef> {
        match self.kind {
            FrameKind::ClassBody(ns) => Some(ns),
            _ => None,
        }
    }
}

/// The slot a `for` loop's body stores its item into first, when the op after `ForIter` is a
/// plain local store (or a fused store-and-load, whose load half then runs as the next op):
/// the loop stores the item there directly instead of pushing it for that op to pop.
#[inline(always)]
pub fn item_store_slot(op: Option<&ferrite_compiler::bytecode::Op>) -> Option<usize> {
    use ferrite_compiler::bytecode::Op;
    match op {
        Some(&Op::StoreFast(s)) => Some(s as usize),
        Some(&Op::StoreFastLoadFast(s, _)) => Some(s as usize),
        _ => None,
    }
}

/// Moves a frame from `src` to `dst` eight bytes at a time. A frame's fields (`ip` above all)
/// were written as 8-byte or smaller stores just before a generator suspends or resumes; a
/// plain move copies 16 bytes at a time, and a 16-byte load of freshly stored halves cannot be
/// forwarded from the store buffer (a ~12-cycle stall per load, a sixth of a resume).
///
/// # Safety
/// `src` points to a frame whose ownership moves to `dst` (the caller must not drop or use it
/// afterwards); `dst` is writable, aligned and does not overlap `src`.
#[inline(always)]
pub unsafe fn move_frame(src: *const Frame, dst: *mut Frame) {
    const WORDS: usize = std::mem::size_of::<Frame>() / 8;
    const _: () = assert!(std::mem::size_of::<Frame>().is_multiple_of(8) && std::mem::align_of::<Frame>() == 8);
    let s = src as *const std::mem::MaybeUninit<u64>;
    let d = dst as *mut std::mem::MaybeUninit<u64>;
    // SAFETY: both point to a `Frame`'s worth of 8-aligned memory (caller; asserted above);
    // `MaybeUninit` carries padding bytes without reading them as integers. Volatile reads keep
    // LLVM from merging them back into 16-byte loads.
    unsafe {
        for i in 0..WORDS {
            d.add(i).write(s.add(i).read_volatile());
        }
    }
}

/// `Option<Frame>` is a `Frame` with `None` in the niche of its non-null `code` pointer: the
/// same size, so a `Some` is the frame's own bytes at offset 0 (`suspend_generator` moves a
/// frame straight into an `Option<Frame>`).
const _: () = assert!(std::mem::size_of::<Option<Frame>>() == std::mem::size_of::<Frame>());

/// A suspended generator frame: the `Frame` itself (moved off the frame stack whole, so a
/// resume or suspend touches no reference counts and no block vectors), with its slots and
/// operand stack copied out of the thread's value stack. While the generator runs, `frame` is
/// `None` and the vectors stay here, emptied, so the next suspension reuses their memory.
pub struct SavedFrame {
    /// `base` is 0 and `stack_base` the number of slots while saved: positions relative to
    /// `stack`. The other bookkeeping fields are set again at each resume.
    pub frame: Option<Frame>,
    pub stack: Vec<Value>,
    /// Exceptions being handled inside the generator when it yielded.
    pub handled: Vec<Value>,
}

impl SavedFrame {
    /// A generator's first frame, before it has run: its slots hold the bound arguments.
    pub fn new(code: Rc<CodeObject>, owner: ObjRef, module: ObjRef, slots: Vec<Value>) -> SavedFrame {
        let nlocals = slots.len();
        SavedFrame {
            frame: Some(Frame {
                code,
                owner,
                module,
                ip: 0,
                base: 0,
                ret_to: 0,
                stack_base: nlocals,
                blocks: Vec::new(),
                kind: FrameKind::Normal,
                entry: false,
                exc_depth: 0,
            }),
            stack: slots,
            handled: Vec::new(),
        }
    }
}
