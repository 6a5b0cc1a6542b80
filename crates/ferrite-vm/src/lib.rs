//! VM (placeholder).
