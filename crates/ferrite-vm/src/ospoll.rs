//! The scheduler's one OS wait: `poll(2)` over descriptors with a nanosecond timeout, and the
//! wake-up pipe a signal handler writes to so that Ctrl-C ends that wait at once.
//!
//! Kept apart from `sched.rs` because it is the only `unsafe` the scheduler needs. On Linux
//! (and the BSDs) `ppoll` gives the timeout in nanoseconds, so a `time.sleep` the scheduler
//! waits out in `poll` is as precise as a `nanosleep`; elsewhere the timeout is rounded up to
//! whole milliseconds.

/// `poll(2)` over `fds` (descriptor, events) for at most `timeout_ns` (None: no limit).
/// Returns each descriptor's `revents`; an interrupted call (EINTR) reports nothing ready.
/// Negative descriptors are ignored by the kernel (their `revents` stay 0).
pub fn poll(fds: &[(i32, i16)], timeout_ns: Option<u64>) -> Result<Vec<i16>, i32> {
    let mut pfds: Vec<libc::pollfd> = fds.iter().map(|&(fd, events)| libc::pollfd { fd, events, revents: 0 }).collect();
    let r = sys_poll(&mut pfds, timeout_ns);
    if r < 0 {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO);
        if e == libc::EINTR {
            return Ok(vec![0; pfds.len()]);
        }
        return Err(e);
    }
    Ok(pfds.iter().map(|p| p.revents).collect())
}

#[cfg(any(target_os = "linux", target_os = "android", target_os = "freebsd", target_os = "openbsd"))]
fn sys_poll(pfds: &mut [libc::pollfd], timeout_ns: Option<u64>) -> i32 {
    let ts = timeout_ns.map(|ns| libc::timespec {
        tv_sec: (ns / 1_000_000_000).min(i32::MAX as u64) as libc::time_t,
        tv_nsec: (ns % 1_000_000_000) as libc::c_long,
    });
    let tsp = match &ts {
        Some(t) => t as *const libc::timespec,
        None => std::ptr::null(),
    };
    // SAFETY: the pointer and count describe `pfds`, which the kernel fills in; `tsp` is null or
    // points to `ts`, alive for the call; a null signal mask leaves the mask unchanged.
    unsafe { libc::ppoll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, tsp, std::ptr::null()) }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "freebsd", target_os = "openbsd")))]
fn sys_poll(pfds: &mut [libc::pollfd], timeout_ns: Option<u64>) -> i32 {
    let ms = match timeout_ns {
        None => -1,
        Some(ns) => ns.div_ceil(1_000_000).min(i32::MAX as u64) as i32,
    };
    // SAFETY: the pointer and count describe `pfds`, which the kernel fills in.
    unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, ms) }
}

/// A non-blocking, close-on-exec pipe: (read end, write end). A signal handler writes a byte
/// to the write end with [`wake`]; the scheduler polls the read end with every wait.
pub fn wake_pipe() -> Option<(i32, i32)> {
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors pipe(2) writes.
    if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
        return None;
    }
    for fd in fds {
        // SAFETY: fcntl on the descriptors just made, with integer arguments.
        unsafe {
            let fl = libc::fcntl(fd, libc::F_GETFL);
            libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK);
            let fdfl = libc::fcntl(fd, libc::F_GETFD);
            libc::fcntl(fd, libc::F_SETFD, fdfl | libc::FD_CLOEXEC);
        }
    }
    Some((fds[0], fds[1]))
}

/// Writes one byte to a wake pipe. Async-signal-safe (only `write(2)`); a full pipe is
/// already readable, so a failed write loses nothing. On Linux, errno is kept as it was (a
/// failed write would otherwise change the errno of the call the signal interrupted).
pub fn wake(fd: i32) {
    let b = [1u8];
    #[cfg(any(target_os = "linux", target_os = "android"))]
    // SAFETY: `__errno_location` returns this thread's errno slot, valid for the thread's life.
    let saved = unsafe { *libc::__errno_location() };
    // SAFETY: writes one byte from a live buffer; the descriptor is the caller's.
    unsafe {
        libc::write(fd, b.as_ptr().cast(), 1);
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    // SAFETY: as above.
    unsafe {
        *libc::__errno_location() = saved;
    }
}

/// Empties a wake pipe's read end.
pub fn drain(fd: i32) {
    let mut buf = [0u8; 64];
    loop {
        // SAFETY: reads into a live buffer of the given length; the descriptor is non-blocking.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n <= 0 {
            return;
        }
    }
}
