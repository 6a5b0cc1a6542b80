//! Fuses common pairs of instructions into one dispatch (superinstructions).
//!
//! A fused op replaces the first op of a pair and leaves the second in place, so the code keeps
//! its length, every jump target stays valid (a jump to the second op still runs it alone), and
//! the stack-depth analysis, done before fusing, still holds: the interpreter runs the first half,
//! then the second half only when its fast case applies, skipping the second op; otherwise it
//! goes on to the second op as if nothing were fused.

use crate::bytecode::Op;

/// Rewrites `ops` in place. Operands that do not fit the fused form's 16 bits stay unfused.
pub(super) fn fuse_pairs(ops: &mut [Op]) {
    for i in 0..ops.len().saturating_sub(1) {
        let fused = match (ops[i], ops[i + 1]) {
            (Op::LoadFast(a), Op::LoadFast(b)) => pair(a, b).map(|(a, b)| Op::LoadFastLoadFast(a, b)),
            (Op::LoadFast(a), Op::LoadConst(c)) => pair(a, c).map(|(a, c)| Op::LoadFastLoadConst(a, c)),
            (Op::StoreFast(a), Op::LoadFast(b)) => pair(a, b).map(|(a, b)| Op::StoreFastLoadFast(a, b)),
            (Op::LoadConst(c), Op::BinaryOp(_)) => u16::try_from(c).ok().map(Op::LoadConstBinaryOp),
            _ => None,
        };
        if let Some(op) = fused {
            ops[i] = op;
        }
    }
}

fn pair(a: u32, b: u32) -> Option<(u16, u16)> {
    Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?))
}
