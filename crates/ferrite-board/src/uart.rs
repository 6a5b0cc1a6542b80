//! A UART peripheral: line settings, an RX queue with a readiness descriptor, a TX log.
//!
//! The RX queue is shared (`Arc<Mutex<..>>`) because bytes may arrive from a host helper
//! thread while the VM reads. Its readiness descriptor is one end of a socket pair: the queue
//! writes a byte to the other end when it stops being empty and drains it when it becomes
//! empty, both under the queue's lock, so the descriptor is readable exactly while data waits
//! (level-triggered, like a socket). A socket pair rather than a pipe because its read end also
//! reports POLLOUT (always writable), which is what `select.poll` users such as asyncio expect
//! of a UART, whose writes never block.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::Wiring;

/// How much of what a UART sent its TX log keeps (the newest bytes).
pub const TX_LOG_BYTES: usize = 64 << 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Parity {
    Even,
    Odd,
}

/// A UART's settings, as `machine.UART.init` takes them. The timeouts belong to the driver
/// rather than the wire, but MicroPython keeps them per UART, so the board does too.
#[derive(Clone, Debug, PartialEq)]
pub struct UartConfig {
    pub baudrate: u32,
    pub bits: u8,
    pub parity: Option<Parity>,
    pub stop: u8,
    /// Pin numbers of the TX and RX lines (only remembered until the board has pins).
    pub tx_pin: i32,
    pub rx_pin: i32,
    pub txbuf: usize,
    pub rxbuf: usize,
    /// How long a read waits for its first byte, in ms.
    pub timeout_ms: u32,
    /// How long a read waits for each following byte, in ms.
    pub timeout_char_ms: u32,
}

impl UartConfig {
    /// MicroPython's defaults (rp2-like pins: UART n on pins 4n and 4n+1).
    pub fn default_for(id: usize) -> UartConfig {
        UartConfig {
            baudrate: 9600,
            bits: 8,
            parity: None,
            stop: 1,
            tx_pin: 4 * id as i32,
            rx_pin: 4 * id as i32 + 1,
            txbuf: 256,
            rxbuf: 256,
            timeout_ms: 0,
            timeout_char_ms: 0,
        }
    }
}

/// The receive queue and its readiness signal.
pub struct Rx {
    bytes: VecDeque<u8>,
    capacity: usize,
    /// Bytes lost because the queue was full.
    pub overruns: u64,
    /// Written to (one byte) when the queue stops being empty.
    signal: UnixStream,
    /// Readable while the queue holds data; what waiters poll.
    ready: UnixStream,
}

impl Rx {
    fn new(capacity: usize) -> std::io::Result<Rx> {
        let (signal, ready) = UnixStream::pair()?;
        signal.set_nonblocking(true)?;
        ready.set_nonblocking(true)?;
        Ok(Rx { bytes: VecDeque::new(), capacity, overruns: 0, signal, ready })
    }

    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Room left before an overrun.
    pub fn space(&self) -> usize {
        self.capacity.saturating_sub(self.bytes.len())
    }

    pub(crate) fn set_capacity(&mut self, capacity: usize) {
        self.capacity = capacity.max(1);
    }

    /// Queues received bytes; those past the capacity are lost (counted in `overruns`).
    pub fn push(&mut self, data: &[u8]) {
        let was_empty = self.bytes.is_empty();
        let n = data.len().min(self.space());
        self.bytes.extend(data.iter().take(n));
        self.overruns += (data.len() - n) as u64;
        if was_empty && !self.bytes.is_empty() {
            // A full socket buffer is already readable: nothing is lost if this fails.
            let _ = (&self.signal).write(&[1]);
        }
    }

    /// Takes up to `max` bytes; with `line`, stops after the first newline.
    pub fn take(&mut self, max: usize, line: bool) -> Vec<u8> {
        let mut n = max.min(self.bytes.len());
        if line {
            if let Some(i) = self.bytes.iter().take(n).position(|&b| b == b'\n') {
                n = i + 1;
            }
        }
        let out: Vec<u8> = self.bytes.drain(..n).collect();
        if self.bytes.is_empty() && !out.is_empty() {
            self.unsignal();
        }
        out
    }

    pub(crate) fn clear(&mut self) {
        self.bytes.clear();
        self.unsignal();
    }

    fn unsignal(&mut self) {
        let mut buf = [0u8; 64];
        while matches!((&self.ready).read(&mut buf), Ok(n) if n > 0) {}
    }
}

pub(crate) struct Uart {
    pub config: UartConfig,
    pub enabled: bool,
    pub rx: Arc<Mutex<Rx>>,
    ready_fd: i32,
    pub wiring: Wiring,
    pub tx_log: VecDeque<u8>,
    pub breaks: u64,
}

impl Uart {
    pub fn new(id: usize) -> std::io::Result<Uart> {
        let config = UartConfig::default_for(id);
        let rx = Rx::new(config.rxbuf)?;
        let ready_fd = rx.ready.as_raw_fd();
        Ok(Uart {
            config,
            enabled: true,
            rx: Arc::new(Mutex::new(rx)),
            ready_fd,
            wiring: Wiring::Log,
            tx_log: VecDeque::new(),
            breaks: 0,
        })
    }

    /// The RX queue. A helper thread that panicked while holding the lock leaves the queue in a
    /// consistent state (every update is a single step), so a poisoned lock is still used.
    pub fn rx_lock(&self) -> MutexGuard<'_, Rx> {
        self.rx.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn ready_fd(&self) -> i32 {
        self.ready_fd
    }

    pub fn log_tx(&mut self, data: &[u8]) {
        let keep = data.len().min(TX_LOG_BYTES);
        let over = (self.tx_log.len() + keep).saturating_sub(TX_LOG_BYTES);
        self.tx_log.drain(..over.min(self.tx_log.len()));
        self.tx_log.extend(&data[data.len() - keep..]);
    }
}
