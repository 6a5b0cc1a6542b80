//! Attaching a UART to the host, so outside programs can talk to it: a pseudo-terminal, a
//! unix socket the board listens on, or any descriptor the embedder opened.
//!
//! A helper OS thread per link moves bytes between the host descriptor and the UART: what
//! arrives goes into the RX queue (whose readiness descriptor then wakes a parked reader), and
//! what the program wrote but the host could not take at once is flushed when the descriptor
//! becomes writable. The program's writes never block on a slow host (MicroPython's UART write
//! returns once the bytes are in the TX buffer), and the VM never blocks on the host. When the
//! RX queue is full the thread stops reading, so the host's writes back up instead of being
//! lost (a host is a patient sender; a loopback wire is not and overruns).
//!
//! The thread ends when the link is dropped: the link holds one end of a socket pair the
//! thread polls, and dropping it makes the other end report end-of-file.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{ErrorKind, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::uart::Rx;

/// How much unsent TX the link queues for a slow host before dropping the oldest bytes.
const PENDING_MAX: usize = 1 << 20;

/// How often the helper looks again while the RX queue is full.
const FULL_RETRY_MS: i32 = 5;

struct Shared {
    /// The host side: the pty master, the accepted unix connection, or the embedder's fd.
    conn: Option<File>,
    /// TX bytes the host has not taken yet.
    pending: VecDeque<u8>,
}

struct Inner {
    shared: Mutex<Shared>,
    /// A unix socket that accepts the outside program's connections (one at a time: a new
    /// connection replaces the old one).
    listener: Option<UnixListener>,
    /// The helper thread's end of the kick pair: a byte means "pending TX", EOF means "stop".
    kick_rx: UnixStream,
}

impl Inner {
    fn lock(&self) -> MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub struct HostLink {
    inner: Arc<Inner>,
    kick_tx: UnixStream,
    /// The pty's slave side, kept open so the master never reports end-of-file or EIO while
    /// no outside program has it open.
    _slave: Option<File>,
    describe: String,
    started: std::sync::atomic::AtomicBool,
}

impl HostLink {
    fn new(
        conn: Option<File>,
        listener: Option<UnixListener>,
        slave: Option<File>,
        describe: String,
    ) -> std::io::Result<HostLink> {
        let (kick_tx, kick_rx) = UnixStream::pair()?;
        kick_tx.set_nonblocking(true)?;
        kick_rx.set_nonblocking(true)?;
        Ok(HostLink {
            inner: Arc::new(Inner { shared: Mutex::new(Shared { conn, pending: VecDeque::new() }), listener, kick_rx }),
            kick_tx,
            _slave: slave,
            describe,
            started: std::sync::atomic::AtomicBool::new(false),
        })
    }

    /// A new pseudo-terminal in raw mode (no echo, no newline translation): outside programs
    /// open the path [`HostLink::describe`] gives (e.g. `/dev/pts/4`), as they would a USB
    /// serial adapter.
    pub fn pty() -> std::io::Result<HostLink> {
        let (master, slave, path) = open_pty()?;
        HostLink::new(Some(master), None, Some(slave), path)
    }

    /// Listens on a unix socket at `path` (a stale socket file there is replaced); the
    /// outside program connects to it (`socat - UNIX-CONNECT:path`).
    pub fn unix_listen(path: &str) -> std::io::Result<HostLink> {
        use std::os::unix::fs::FileTypeExt;
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_socket()) {
            std::fs::remove_file(path)?;
        }
        let listener = UnixListener::bind(path)?;
        listener.set_nonblocking(true)?;
        HostLink::new(None, Some(listener), None, format!("unix:{path}"))
    }

    /// Any bidirectional descriptor the embedder opened (a connected socket, a serial device).
    pub fn stream(fd: OwnedFd, describe: &str) -> std::io::Result<HostLink> {
        let file = File::from(fd);
        set_nonblocking(&file)?;
        HostLink::new(Some(file), None, None, describe.to_string())
    }

    /// Where outside programs find the link: the pty's path, or `unix:PATH`.
    pub fn describe(&self) -> &str {
        &self.describe
    }

    /// Starts the helper thread that feeds `rx` (once).
    pub(crate) fn start(&self, rx: Arc<Mutex<Rx>>) -> std::io::Result<()> {
        if self.started.swap(true, std::sync::atomic::Ordering::Relaxed) {
            return Ok(());
        }
        let inner = self.inner.clone();
        std::thread::Builder::new().name("ferrite-uart".into()).spawn(move || pump(&inner, &rx))?;
        Ok(())
    }

    /// Sends TX bytes to the host: written at once when it takes them, queued otherwise (and
    /// dropped when nobody is connected, as bytes on an unplugged wire).
    pub(crate) fn send(&self, data: &[u8]) {
        let mut s = self.inner.lock();
        let Shared { conn, pending } = &mut *s;
        let Some(conn) = conn.as_mut() else { return };
        let mut rest = data;
        if pending.is_empty() {
            match conn.write(rest) {
                Ok(n) => rest = rest.get(n..).unwrap_or_default(),
                Err(e) if e.kind() == ErrorKind::WouldBlock || e.kind() == ErrorKind::Interrupted => {}
                Err(_) => rest = &[],
            }
        }
        if rest.is_empty() {
            return;
        }
        pending.extend(rest);
        let over = pending.len().saturating_sub(PENDING_MAX);
        pending.drain(..over);
        drop(s);
        // The helper waits for the host to be writable from now on. A full kick buffer is
        // already readable, so a failed write loses nothing.
        let _ = (&self.kick_tx).write(&[1]);
    }

    /// TX bytes not yet taken by the host.
    pub(crate) fn pending(&self) -> usize {
        self.inner.lock().pending.len()
    }
}

/// The helper thread's loop: see the module comment.
fn pump(inner: &Inner, rx: &Mutex<Rx>) {
    let mut buf = vec![0u8; 4096];
    let kick_fd = inner.kick_rx.as_raw_fd();
    loop {
        let (conn_fd, want_out) = {
            let s = inner.lock();
            (s.conn.as_ref().map(|c| c.as_raw_fd()), !s.pending.is_empty())
        };
        let space = rx.lock().unwrap_or_else(|e| e.into_inner()).space();
        let mut fds = vec![libc::pollfd { fd: kick_fd, events: libc::POLLIN, revents: 0 }];
        if let Some(l) = &inner.listener {
            fds.push(libc::pollfd { fd: l.as_raw_fd(), events: libc::POLLIN, revents: 0 });
        }
        let conn_slot = conn_fd.map(|fd| {
            let mut events = 0;
            if space > 0 {
                events |= libc::POLLIN;
            }
            if want_out {
                events |= libc::POLLOUT;
            }
            fds.push(libc::pollfd { fd, events, revents: 0 });
            fds.len() - 1
        });
        let timeout = if conn_fd.is_some() && space == 0 { FULL_RETRY_MS } else { -1 };
        // SAFETY: the pointer and count describe `fds`, which the kernel fills in.
        let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout) };
        if r < 0 {
            if std::io::Error::last_os_error().kind() == ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        if fds.first().is_some_and(|p| p.revents != 0) {
            let mut k = [0u8; 64];
            match (&inner.kick_rx).read(&mut k) {
                Ok(0) => return, // the link was dropped
                Ok(_) => {}
                Err(e) if e.kind() == ErrorKind::WouldBlock => {}
                Err(_) => return,
            }
        }
        if inner.listener.is_some() && fds.get(1).is_some_and(|p| p.revents != 0) {
            if let Some(Ok((stream, _))) = inner.listener.as_ref().map(|l| l.accept()) {
                if stream.set_nonblocking(true).is_ok() {
                    inner.lock().conn = Some(File::from(OwnedFd::from(stream)));
                }
            }
            continue;
        }
        let Some(revents) = conn_slot.and_then(|i| fds.get(i)).map(|p| p.revents) else { continue };
        if revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0 && space > 0 {
            let want = space.min(buf.len());
            let got = {
                let mut s = inner.lock();
                match s.conn.as_mut() {
                    Some(c) => c.read(buf.get_mut(..want).unwrap_or_default()),
                    None => Ok(0),
                }
            };
            match got {
                Ok(n) if n > 0 => rx.lock().unwrap_or_else(|e| e.into_inner()).push(buf.get(..n).unwrap_or_default()),
                Err(e) if e.kind() == ErrorKind::WouldBlock || e.kind() == ErrorKind::Interrupted => {}
                _ => {
                    // End of file or an error: a unix connection is gone (wait for the next);
                    // a fixed descriptor is not polled again.
                    let mut s = inner.lock();
                    s.conn = None;
                    s.pending.clear();
                    continue;
                }
            }
        }
        if revents & libc::POLLOUT != 0 {
            let mut s = inner.lock();
            let Shared { conn, pending } = &mut *s;
            if let Some(c) = conn.as_mut() {
                let (a, _) = pending.as_slices();
                match c.write(a) {
                    Ok(n) => {
                        pending.drain(..n.min(pending.len()));
                    }
                    Err(e) if e.kind() == ErrorKind::WouldBlock || e.kind() == ErrorKind::Interrupted => {}
                    Err(_) => pending.clear(),
                }
            }
        }
    }
}

fn set_nonblocking(f: &File) -> std::io::Result<()> {
    let fd = f.as_raw_fd();
    // SAFETY: fcntl with integer arguments on a descriptor `f` owns.
    let r = unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK)
    };
    if r < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Opens a pty pair: (master, slave in raw mode, the slave's path).
fn open_pty() -> std::io::Result<(File, File, String)> {
    use std::os::unix::fs::OpenOptionsExt;
    // SAFETY: posix_openpt takes flags and returns a new descriptor (or -1).
    let m = unsafe { libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC) };
    if m < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: `m` was just opened and is owned by nothing else.
    let master = unsafe { File::from_raw_fd(m) };
    // SAFETY: grantpt/unlockpt on the master descriptor just opened.
    if unsafe { libc::grantpt(m) } != 0 || unsafe { libc::unlockpt(m) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let path = pts_name(m)?;
    let slave = std::fs::OpenOptions::new().read(true).write(true).custom_flags(libc::O_NOCTTY).open(&path)?;
    // SAFETY: termios is plain data; tcgetattr fills it, cfmakeraw edits it, tcsetattr reads it.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(slave.as_raw_fd(), &mut t) == 0 {
            libc::cfmakeraw(&mut t);
            libc::tcsetattr(slave.as_raw_fd(), libc::TCSANOW, &t);
        }
    }
    set_nonblocking(&master)?;
    Ok((master, slave, path))
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn pts_name(m: i32) -> std::io::Result<String> {
    let mut buf = [0 as libc::c_char; 128];
    // SAFETY: ptsname_r writes a NUL-terminated name of at most `buf.len()` bytes into `buf`.
    if unsafe { libc::ptsname_r(m, buf.as_mut_ptr(), buf.len()) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: on success `buf` holds a NUL-terminated string.
    let name = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) };
    Ok(name.to_string_lossy().into_owned())
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn pts_name(m: i32) -> std::io::Result<String> {
    // SAFETY: ptsname returns a pointer to a static NUL-terminated name (or null); the board
    // opens ptys from one thread at a time (at start-up).
    let p = unsafe { libc::ptsname(m) };
    if p.is_null() {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: non-null, NUL-terminated, read at once.
    Ok(unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned())
}
