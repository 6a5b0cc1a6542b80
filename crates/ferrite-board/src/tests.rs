//! The board on its own: wiring, the RX readiness descriptor, a real pty.

use std::io::{Read, Write};

use super::*;

fn readable(fd: i32, timeout_ms: i32) -> bool {
    let mut p = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
    // SAFETY: one live pollfd.
    unsafe { libc::poll(&mut p, 1, timeout_ms) > 0 }
}

#[test]
fn log_by_default() {
    let mut b = Board::new();
    assert_eq!(b.uart_write(1, b"hi").ok(), Some(2));
    assert_eq!(b.uart_tx_log(1).ok().map(|l| l.0), Some(b"hi".to_vec()));
    assert_eq!(b.uart_any(1).ok(), Some(0));
    assert!(matches!(b.uart_write(3, b"x"), Err(BoardError::NoSuchUart(3))));
}

#[test]
fn loopback_and_readiness() {
    let mut b = Board::new();
    assert!(b.wire_uart(0, Wiring::Loopback(1)).is_ok());
    let fd = b.uart_ready_fd(1).unwrap_or(-1);
    assert!(!readable(fd, 0));
    let _ = b.uart_write(0, b"ab\ncd");
    assert!(readable(fd, 0));
    assert_eq!(b.uart_read(1, 10, true).ok(), Some(b"ab\n".to_vec()));
    assert!(readable(fd, 0), "still data waiting");
    assert_eq!(b.uart_read(1, 10, false).ok(), Some(b"cd".to_vec()));
    assert!(!readable(fd, 0), "not readable once drained");
}

#[test]
fn overrun_drops_excess() {
    let mut b = Board::new();
    let mut c = UartConfig::default_for(2);
    c.rxbuf = 4;
    assert!(b.configure_uart(2, c).is_ok());
    let _ = b.uart_receive(2, b"123456");
    assert_eq!(b.uart_any(2).ok(), Some(4));
    assert_eq!(b.uart_overruns(2).ok(), Some(2));
}

#[test]
fn pty_round_trip() {
    let mut b = Board::new();
    let Ok(link) = host::HostLink::pty() else { return }; // no ptys in this sandbox
    let path = link.describe().to_string();
    assert!(b.wire_uart(0, Wiring::Host(link)).is_ok());
    let Ok(mut outside) = std::fs::OpenOptions::new().read(true).write(true).open(&path) else {
        panic!("can't open {path}")
    };
    assert!(outside.write_all(b"ping\n").is_ok());
    let fd = b.uart_ready_fd(0).unwrap_or(-1);
    assert!(readable(fd, 2000), "RX ready after the host wrote");
    let mut got = Vec::new();
    while got.len() < 5 && readable(fd, 2000) {
        got.extend(b.uart_read(0, 64, false).unwrap_or_default());
    }
    assert_eq!(got, b"ping\n");
    let _ = b.uart_write(0, b"pong\n");
    let mut buf = [0u8; 5];
    assert!(outside.read_exact(&mut buf).is_ok());
    assert_eq!(&buf, b"pong\n");
}
