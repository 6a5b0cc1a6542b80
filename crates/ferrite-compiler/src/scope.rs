//! Scope analysis (placeholder).
