//! Tokenizer (placeholder until the real one lands).
