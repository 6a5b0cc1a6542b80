//! Per-device state that the embedder and native modules keep in the `Vm` (the virtual board
//! behind `machine`, later others), one value per type.
//!
//! Why here: there is no global or thread-local runtime state (several devices may share a
//! process), so whatever belongs to one device must be owned by its `Vm` and die with it. The
//! VM only owns these values and never looks inside, so it knows nothing of `machine` or the
//! board: ferrite-modules and the CLI agree on the types.

use std::any::Any;

#[derive(Default)]
pub struct Extensions {
    values: Vec<Box<dyn Any>>,
}

impl Extensions {
    pub fn get<T: 'static>(&self) -> Option<&T> {
        self.values.iter().find_map(|v| v.downcast_ref::<T>())
    }

    pub fn get_mut<T: 'static>(&mut self) -> Option<&mut T> {
        self.values.iter_mut().find_map(|v| v.downcast_mut::<T>())
    }

    /// Stores `value`, replacing any earlier value of the same type.
    pub fn insert<T: 'static>(&mut self, value: T) {
        self.values.retain(|v| !v.is::<T>());
        self.values.push(Box::new(value));
    }
}
