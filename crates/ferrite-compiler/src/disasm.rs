//! Disassembler (placeholder).
