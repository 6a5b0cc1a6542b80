//! Maximum operand-stack depth of finished code, by flow analysis over the instructions.
//!
//! Each instruction's depth is propagated along its successors (fall-through, jump target, and the
//! handler of a block it sets up). Computing this after emission rather than while emitting keeps the
//! code generator simple and makes the bound exact; disagreeing depths where paths merge indicate a
//! compiler bug and are reported as an internal error rather than silently under-estimated.

use crate::bytecode::Op;
use crate::SyntaxError;

/// How an instruction changes the depth, and where control goes next.
struct Effect {
    /// Depth change on fall-through (`None`: no fall-through).
    next: Option<i64>,
    /// Jump target and the depth change when taken.
    jump: Option<(u32, i64)>,
}

fn fall(d: i64) -> Effect {
    Effect { next: Some(d), jump: None }
}

fn effect(op: &Op) -> Effect {
    use Op::*;
    match *op {
        Nop | Rot2 | Rot3 | Rot4 => fall(0),
        Pop => fall(-1),
        Dup => fall(1),
        Dup2 => fall(2),
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadGlobal(_) | LoadName(_) => fall(1),
        // A fused pair's effect is its first op's: the second stays in place and the fused
        // op's skip over it lands where the second op would have gone on.
        LoadFastLoadFast(..) | LoadFastLoadConst(..) | LoadConstBinaryOp(_) => fall(1),
        StoreFastLoadFast(..) => fall(-1),
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => fall(-1),
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => fall(0),
        LoadAttr(_) => fall(0),
        StoreAttr(_) => fall(-2),
        DeleteAttr(_) => fall(-1),
        LoadMethod(_) => fall(1),
        BinarySubscr => fall(-1),
        StoreSubscr => fall(-3),
        DeleteSubscr => fall(-2),
        BinaryOp(_) | InplaceOp(_) | Compare(_) => fall(-1),
        Unary(_) | CheckExcMatch => fall(0),
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildSlice(n) | BuildString(n) => fall(1 - n as i64),
        BuildMap(n) => fall(1 - 2 * n as i64),
        FormatValue { has_spec, .. } => fall(if has_spec { -1 } else { 0 }),
        ListAppend(_) | SetAdd(_) => fall(-1),
        MapAdd(_) => fall(-2),
        ListExtend | SetUpdate | DictUpdate | DictMerge => fall(-1),
        ListToTuple => fall(0),
        UnpackSequence(n) => fall(n as i64 - 1),
        UnpackEx { before, after } => fall(before as i64 + after as i64),
        Jump(t) => Effect { next: None, jump: Some((t, 0)) },
        PopJumpIfFalse(t) | PopJumpIfTrue(t) => Effect { next: Some(-1), jump: Some((t, -1)) },
        JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => Effect { next: Some(-1), jump: Some((t, 0)) },
        GetIter => fall(0),
        ForIter(t) => Effect { next: Some(1), jump: Some((t, -1)) },
        Call(n) => fall(-(n as i64)),
        CallKw(n) => fall(-(n as i64) - 1),
        CallEx { has_kwargs } => fall(if has_kwargs { -2 } else { -1 }),
        CallMethod(n) => fall(-(n as i64) - 1),
        CallMethodKw(n) => fall(-(n as i64) - 2),
        MakeFunction(flags) => fall(-(flags.count_ones() as i64)),
        LoadBuildClass => fall(1),
        Return => Effect { next: None, jump: None },
        YieldValue => fall(0),
        YieldFrom => fall(-1),
        GetYieldFromIter | GetAwaitable | GetAiter => fall(0),
        GetAnext => fall(1),
        // On exception the stack is cut back to the depth at setup and the exception pushed.
        SetupExcept(t) | SetupFinally(t) => Effect { next: Some(0), jump: Some((t, 1)) },
        // The block's depth is that of `[exit]`, one below the current `[exit, r]`.
        SetupWith(t) => Effect { next: Some(0), jump: Some((t, 0)) },
        BeforeWith | BeforeAsyncWith => fall(1),
        WithExceptStart => fall(1),
        PopBlock | PopExcept => fall(0),
        Raise(_) | Reraise => Effect { next: None, jump: None },
        ImportName(_) => fall(-1),
        ImportFrom(_) => fall(1),
        ImportStar => fall(-1),
        PrintExpr => fall(-1),
    }
}

/// The maximum depth any instruction can reach, or an internal error on inconsistent code.
pub(super) fn max_stack(ops: &[Op]) -> Result<u32, SyntaxError> {
    let bad = |what: &str, i: usize| SyntaxError::new(format!("internal compiler error: {what} at {i}"), 0, 0);
    if ops.is_empty() {
        return Err(bad("empty code", 0));
    }
    let mut depth: Vec<Option<i64>> = vec![None; ops.len()];
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    let mut max = 0i64;
    while let Some((i, d)) = work.pop() {
        // The interpreter reads `ops[ip]` without a bounds check, relying on this: every
        // instruction reachable from the start (by falling through or jumping) is in range.
        let Some(slot) = depth.get_mut(i) else {
            if i == ops.len() && i > 0 {
                return Err(bad("falls off the end", i));
            }
            if i > ops.len() {
                return Err(bad("jump out of range", i));
            }
            continue;
        };
        match *slot {
            Some(old) if old == d => continue,
            Some(_) => return Err(bad("inconsistent stack depth", i)),
            None => *slot = Some(d),
        }
        let Some(op) = ops.get(i) else { continue };
        let e = effect(op);
        if let Some(delta) = e.next {
            let nd = d + delta;
            if nd < 0 {
                return Err(bad("stack underflow", i));
            }
            // Values pushed by the op count, even when the net effect is smaller.
            max = max.max(nd).max(d + peak(op));
            work.push((i + 1, nd));
        }
        if let Some((t, delta)) = e.jump {
            let nd = d + delta;
            if nd < 0 {
                return Err(bad("stack underflow", i));
            }
            max = max.max(nd);
            work.push((t as usize, nd));
        }
        max = max.max(d);
    }
    u32::try_from(max).map_err(|_| bad("stack too deep", 0))
}

/// Extra transient depth an op may use beyond its net result (none of ours do, but `YieldFrom`
/// keeps both operands while delegating, which is already counted by the depth before it).
fn peak(_op: &Op) -> i64 {
    0
}
