//! The device's clock. All time a program sees (`time.ticks_ms`, `time.time`, `sleep`) goes
//! through the one clock the VM owns, so that virtual time (a clock that jumps to the next
//! deadline when every thread waits) can replace the real one without touching the modules.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub trait Clock {
    /// Nanoseconds since the VM started (monotonic).
    fn monotonic_ns(&self) -> u64;
    /// Nanoseconds since the Unix epoch (wall clock, may be set).
    fn wall_ns(&self) -> i128;
    /// Sets the wall clock (RTC.datetime, time.settime...).
    fn set_wall_ns(&mut self, ns: i128);
    /// Blocks (really or virtually) for `ns` nanoseconds.
    fn sleep_ns(&mut self, ns: u64);
}

/// The host's clocks.
pub struct RealClock {
    start: Instant,
    /// Offset applied to the host's wall clock after a `set_wall_ns`.
    wall_offset: i128,
}

impl RealClock {
    pub fn new() -> RealClock {
        RealClock { start: Instant::now(), wall_offset: 0 }
    }
    fn host_wall_ns() -> i128 {
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as i128).unwrap_or(0)
    }
}

impl Clock for RealClock {
    fn monotonic_ns(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }
    fn wall_ns(&self) -> i128 {
        Self::host_wall_ns() + self.wall_offset
    }
    fn set_wall_ns(&mut self, ns: i128) {
        self.wall_offset = ns - Self::host_wall_ns();
    }
    fn sleep_ns(&mut self, ns: u64) {
        std::thread::sleep(std::time::Duration::from_nanos(ns));
    }
}

/// Virtual time: sleeping advances the clock instantly; nothing waits.
pub struct VirtualClock {
    now: u64,
    wall_base: i128,
}

impl VirtualClock {
    pub fn new(wall_base: i128) -> VirtualClock {
        VirtualClock { now: 0, wall_base }
    }
}

impl Clock for VirtualClock {
    fn monotonic_ns(&self) -> u64 {
        self.now
    }
    fn wall_ns(&self) -> i128 {
        self.wall_base + self.now as i128
    }
    fn set_wall_ns(&mut self, ns: i128) {
        self.wall_base = ns - self.now as i128;
    }
    fn sleep_ns(&mut self, ns: u64) {
        self.now = self.now.saturating_add(ns);
    }
}
