//! The virtual microcontroller behind `machine`, in plain Rust: it knows nothing of Python.
//!
//! A [`Board`] is one device's hardware. It is an ordinary value owned by whoever runs the
//! device (the VM keeps it in its extensions), never a global, so several devices can share a
//! process. This first slice models UARTs only (`uart.rs`); pins, I2C, SPI, the clock and
//! attached devices come later in the same shape: the board holds the peripheral state, and
//! what the outside can see leaves through attachments (`host.rs`) and logs.
//!
//! Waiting: a Python thread that waits for a UART must not stop the VM's other threads, so the
//! board gives every UART a pollable descriptor ([`Board::uart_ready_fd`]) that is readable
//! exactly while its receive queue holds data. The VM's scheduler parks the waiting thread on it
//! with one `poll(2)`, as it does for sockets; bytes arriving from another thread, a loopback
//! wire or a host helper thread make it readable and wake the thread at once.

pub mod host;
pub mod uart;

pub use uart::{Parity, UartConfig};

use uart::Uart;

/// How many UARTs the default board has (ids 0..=2, as an ESP32 or RP2040 class chip).
pub const UART_COUNT: usize = 3;

/// Where a UART's TX line goes.
pub enum Wiring {
    /// Nowhere but the board's TX log (the default: tests and the event channel read it).
    Log,
    /// To the RX of a UART of the same board (itself for a plain loopback).
    Loopback(usize),
    /// To a host descriptor (a pty or a unix socket) that outside programs talk to; what they
    /// send arrives on this UART's RX.
    Host(host::HostLink),
}

/// One device's hardware.
pub struct Board {
    uarts: Vec<Uart>,
    /// `machine.unique_id()`: stable for a board.
    pub unique_id: [u8; 8],
    /// `machine.freq()`: the CPU clock in Hz (only remembered; nothing is timed by it yet).
    pub cpu_freq: u32,
}

impl Default for Board {
    fn default() -> Board {
        Board::new()
    }
}

/// An error about a UART id or wiring, as text for the caller to word.
#[derive(Debug)]
pub enum BoardError {
    NoSuchUart(usize),
    Io(std::io::Error),
}

impl std::fmt::Display for BoardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BoardError::NoSuchUart(id) => write!(f, "UART({id}) doesn't exist"),
            BoardError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<std::io::Error> for BoardError {
    fn from(e: std::io::Error) -> BoardError {
        BoardError::Io(e)
    }
}

impl Board {
    /// The built-in default board: `UART_COUNT` UARTs, TX to the log, RX empty.
    pub fn new() -> Board {
        let uarts = (0..UART_COUNT).map(Uart::new).collect::<std::io::Result<Vec<_>>>();
        Board {
            // Creating a socket pair fails only when the process is out of descriptors; a
            // board without UARTs then still runs (every id says it doesn't exist).
            uarts: uarts.unwrap_or_default(),
            unique_id: *b"\xfe\x77\x1e\x0b\x0a\x2d\x00\x01",
            cpu_freq: 160_000_000,
        }
    }

    pub fn uart_count(&self) -> usize {
        self.uarts.len()
    }

    fn uart(&self, id: usize) -> Result<&Uart, BoardError> {
        self.uarts.get(id).ok_or(BoardError::NoSuchUart(id))
    }

    fn uart_mut(&mut self, id: usize) -> Result<&mut Uart, BoardError> {
        self.uarts.get_mut(id).ok_or(BoardError::NoSuchUart(id))
    }

    /// Checks that UART `id` exists.
    pub fn check_uart(&self, id: usize) -> Result<(), BoardError> {
        self.uart(id).map(|_| ())
    }

    /// Connects UART `id`'s TX (and, for a host link, its RX) as `wiring` says. Returns a
    /// description for the user (for a pty, the path outside programs open).
    pub fn wire_uart(&mut self, id: usize, wiring: Wiring) -> Result<String, BoardError> {
        if let Wiring::Loopback(to) = wiring {
            self.check_uart(to)?;
        }
        let rx = self.uart(id)?.rx.clone();
        let what = match &wiring {
            Wiring::Log => "log".to_string(),
            Wiring::Loopback(to) => format!("loopback to UART({to})"),
            Wiring::Host(link) => link.describe().to_string(),
        };
        let u = self.uart_mut(id)?;
        u.wiring = wiring;
        if let Wiring::Host(link) = &u.wiring {
            link.start(rx)?;
        }
        Ok(what)
    }

    pub fn uart_config(&self, id: usize) -> Result<UartConfig, BoardError> {
        Ok(self.uart(id)?.config.clone())
    }

    /// Sets UART `id`'s line settings and buffers, and enables it (`UART.init`).
    pub fn configure_uart(&mut self, id: usize, config: UartConfig) -> Result<(), BoardError> {
        let u = self.uart_mut(id)?;
        u.rx_lock().set_capacity(config.rxbuf);
        u.config = config;
        u.enabled = true;
        Ok(())
    }

    /// Turns UART `id` off (`UART.deinit`): pending received bytes are discarded.
    pub fn disable_uart(&mut self, id: usize) -> Result<(), BoardError> {
        let u = self.uart_mut(id)?;
        u.enabled = false;
        u.rx_lock().clear();
        Ok(())
    }

    pub fn uart_enabled(&self, id: usize) -> Result<bool, BoardError> {
        Ok(self.uart(id)?.enabled)
    }

    /// Sends `data` on UART `id`'s TX line; returns how many bytes were taken (all of them:
    /// the TX side never blocks, a slow host gets them from a queue).
    pub fn uart_write(&mut self, id: usize, data: &[u8]) -> Result<usize, BoardError> {
        let u = self.uart_mut(id)?;
        u.log_tx(data);
        let target = match &u.wiring {
            Wiring::Log => None,
            Wiring::Loopback(to) => Some(*to),
            Wiring::Host(link) => {
                link.send(data);
                None
            }
        };
        if let Some(to) = target {
            let t = self.uart(to)?;
            if t.enabled {
                t.rx_lock().push(data);
            }
        }
        Ok(data.len())
    }

    /// Sends a break condition on UART `id` (recorded in its log; a host link ignores it).
    pub fn uart_send_break(&mut self, id: usize) -> Result<(), BoardError> {
        self.uart_mut(id)?.breaks += 1;
        Ok(())
    }

    /// Bytes received by UART `id` from outside the board: what a device or test on the wire
    /// sends. Bytes past the RX buffer's capacity are lost (an overrun), as on hardware.
    pub fn uart_receive(&mut self, id: usize, data: &[u8]) -> Result<(), BoardError> {
        let u = self.uart(id)?;
        if u.enabled {
            u.rx_lock().push(data);
        }
        Ok(())
    }

    /// Takes up to `max` received bytes from UART `id`; with `line`, stops after a newline.
    pub fn uart_read(&mut self, id: usize, max: usize, line: bool) -> Result<Vec<u8>, BoardError> {
        Ok(self.uart(id)?.rx_lock().take(max, line))
    }

    /// How many received bytes wait in UART `id`'s RX queue.
    pub fn uart_any(&self, id: usize) -> Result<usize, BoardError> {
        Ok(self.uart(id)?.rx_lock().len())
    }

    /// A descriptor that is readable exactly while UART `id` has received bytes waiting: poll
    /// it to wait for data. Owned by the board; valid while the board lives.
    pub fn uart_ready_fd(&self, id: usize) -> Result<i32, BoardError> {
        Ok(self.uart(id)?.ready_fd())
    }

    /// Has everything written to UART `id` left the board (a host link's queue is empty)?
    pub fn uart_txdone(&self, id: usize) -> Result<bool, BoardError> {
        Ok(match &self.uart(id)?.wiring {
            Wiring::Host(link) => link.pending() == 0,
            _ => true,
        })
    }

    /// Everything UART `id` has sent (the last `uart::TX_LOG_BYTES` bytes), and its breaks.
    pub fn uart_tx_log(&self, id: usize) -> Result<(Vec<u8>, u64), BoardError> {
        let u = self.uart(id)?;
        Ok((u.tx_log.iter().copied().collect(), u.breaks))
    }

    /// Bytes received and lost because UART `id`'s RX buffer was full.
    pub fn uart_overruns(&self, id: usize) -> Result<u64, BoardError> {
        Ok(self.uart(id)?.rx_lock().overruns)
    }
}

#[cfg(test)]
mod tests;
