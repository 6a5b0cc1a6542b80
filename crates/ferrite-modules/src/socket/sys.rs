//! The host's BSD socket calls through `libc`, with errors as errno values (`Err(i32)`).
//! Every descriptor made here is non-blocking and close-on-exec: blocking behaviour (timeouts,
//! letting other Ferrite threads run) is built above this layer with `poll(2)`.

use std::ffi::{CStr, CString};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};

/// The errno of the last failed call.
pub fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

fn cvt(r: libc::c_int) -> Result<libc::c_int, i32> {
    if r < 0 {
        Err(last_errno())
    } else {
        Ok(r)
    }
}

fn cvt_size(r: libc::ssize_t) -> Result<usize, i32> {
    if r < 0 {
        Err(last_errno())
    } else {
        Ok(r as usize)
    }
}

/// Flags for every send: a write to a connection the peer closed reports EPIPE instead of
/// killing the process with SIGPIPE.
#[cfg(any(
    target_os = "linux",
    target_os = "android",
    target_os = "freebsd",
    target_os = "netbsd",
    target_os = "openbsd"
))]
const SEND_FLAGS: libc::c_int = libc::MSG_NOSIGNAL;
#[cfg(not(any(
    target_os = "linux",
    target_os = "android",
    target_os = "freebsd",
    target_os = "netbsd",
    target_os = "openbsd"
)))]
const SEND_FLAGS: libc::c_int = 0;

/// A socket address as the kernel takes it.
#[derive(Clone, Copy)]
pub struct SockAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

impl SockAddr {
    fn empty() -> SockAddr {
        // SAFETY: sockaddr_storage is plain old data; all zeroes is a valid (unspecified) address.
        let storage = unsafe { std::mem::zeroed::<libc::sockaddr_storage>() };
        SockAddr { storage, len: std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t }
    }

    /// The raw bytes (MicroPython's unix port passes addresses around as such bytes).
    pub fn from_raw(bytes: &[u8]) -> Option<SockAddr> {
        let mut a = SockAddr::empty();
        let cap = std::mem::size_of::<libc::sockaddr_storage>();
        if bytes.len() < 2 || bytes.len() > cap {
            return None;
        }
        // SAFETY: the destination is `cap` bytes long and `bytes.len() <= cap`.
        unsafe {
            std::ptr::copy_nonoverlapping(
                bytes.as_ptr(),
                (&mut a.storage as *mut libc::sockaddr_storage).cast::<u8>(),
                bytes.len(),
            );
        }
        a.len = bytes.len() as libc::socklen_t;
        Some(a)
    }

    pub fn from_std(addr: &SocketAddr) -> SockAddr {
        let mut a = SockAddr::empty();
        match addr {
            SocketAddr::V4(v4) => {
                // SAFETY: sockaddr_storage is large enough and suitably aligned for sockaddr_in.
                let sin = unsafe { &mut *(&mut a.storage as *mut libc::sockaddr_storage).cast::<libc::sockaddr_in>() };
                sin.sin_family = libc::AF_INET as libc::sa_family_t;
                sin.sin_port = v4.port().to_be();
                sin.sin_addr = libc::in_addr { s_addr: u32::from_ne_bytes(v4.ip().octets()) };
                a.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
            }
            SocketAddr::V6(v6) => {
                // SAFETY: sockaddr_storage is large enough and suitably aligned for sockaddr_in6.
                let sin6 =
                    unsafe { &mut *(&mut a.storage as *mut libc::sockaddr_storage).cast::<libc::sockaddr_in6>() };
                sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
                sin6.sin6_port = v6.port().to_be();
                sin6.sin6_flowinfo = v6.flowinfo();
                sin6.sin6_addr = libc::in6_addr { s6_addr: v6.ip().octets() };
                sin6.sin6_scope_id = v6.scope_id();
                a.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
            }
        }
        a
    }

    pub fn family(&self) -> i32 {
        self.storage.ss_family as i32
    }

    /// The address as an IP address and port, for the IPv4 and IPv6 families.
    pub fn to_std(&self) -> Option<SocketAddr> {
        let len = self.len as usize;
        match self.family() {
            libc::AF_INET if len >= std::mem::size_of::<libc::sockaddr_in>() => {
                // SAFETY: the family says the storage holds a sockaddr_in, and it is that long.
                let sin = unsafe { &*(&self.storage as *const libc::sockaddr_storage).cast::<libc::sockaddr_in>() };
                let ip = Ipv4Addr::from(sin.sin_addr.s_addr.to_ne_bytes());
                Some(SocketAddr::V4(SocketAddrV4::new(ip, u16::from_be(sin.sin_port))))
            }
            libc::AF_INET6 if len >= std::mem::size_of::<libc::sockaddr_in6>() => {
                // SAFETY: the family says the storage holds a sockaddr_in6, and it is that long.
                let sin6 = unsafe { &*(&self.storage as *const libc::sockaddr_storage).cast::<libc::sockaddr_in6>() };
                let ip = Ipv6Addr::from(sin6.sin6_addr.s6_addr);
                Some(SocketAddr::V6(SocketAddrV6::new(
                    ip,
                    u16::from_be(sin6.sin6_port),
                    sin6.sin6_flowinfo,
                    sin6.sin6_scope_id,
                )))
            }
            _ => None,
        }
    }

    /// The raw bytes of the address.
    pub fn raw(&self) -> Vec<u8> {
        let len = (self.len as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
        // SAFETY: reading `len` bytes of the storage, which is at least that long.
        let bytes =
            unsafe { std::slice::from_raw_parts((&self.storage as *const libc::sockaddr_storage).cast::<u8>(), len) };
        bytes.to_vec()
    }

    fn as_ptr(&self) -> *const libc::sockaddr {
        (&self.storage as *const libc::sockaddr_storage).cast()
    }
}

/// Sets O_NONBLOCK and FD_CLOEXEC.
fn prepare_fd(fd: i32) -> Result<(), i32> {
    // SAFETY: fcntl on a descriptor we own, with integer arguments.
    unsafe {
        let fl = cvt(libc::fcntl(fd, libc::F_GETFL))?;
        cvt(libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK))?;
        let fdfl = cvt(libc::fcntl(fd, libc::F_GETFD))?;
        cvt(libc::fcntl(fd, libc::F_SETFD, fdfl | libc::FD_CLOEXEC))?;
    }
    Ok(())
}

pub fn socket(af: i32, ty: i32, proto: i32) -> Result<i32, i32> {
    // SAFETY: plain system call with integer arguments.
    let fd = cvt(unsafe { libc::socket(af, ty, proto) })?;
    if let Err(e) = prepare_fd(fd) {
        close(fd);
        return Err(e);
    }
    #[cfg(any(target_os = "macos", target_os = "ios"))]
    {
        let _ = setsockopt(fd, libc::SOL_SOCKET, libc::SO_NOSIGPIPE, &1i32.to_ne_bytes());
    }
    Ok(fd)
}

/// `socketpair(2)`: two connected sockets, both non-blocking and close-on-exec.
pub fn socketpair(af: i32, ty: i32, proto: i32) -> Result<(i32, i32), i32> {
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors socketpair(2) writes.
    cvt(unsafe { libc::socketpair(af, ty, proto, fds.as_mut_ptr()) })?;
    for fd in fds {
        if let Err(e) = prepare_fd(fd) {
            close(fds[0]);
            close(fds[1]);
            return Err(e);
        }
    }
    Ok((fds[0], fds[1]))
}

pub fn close(fd: i32) {
    if fd >= 0 {
        // SAFETY: closing a descriptor this module owns; it is forgotten afterwards.
        unsafe {
            libc::close(fd);
        }
    }
}

pub fn bind(fd: i32, addr: &SockAddr) -> Result<(), i32> {
    // SAFETY: the pointer and length describe `addr.storage`.
    cvt(unsafe { libc::bind(fd, addr.as_ptr(), addr.len) }).map(|_| ())
}

pub fn connect(fd: i32, addr: &SockAddr) -> Result<(), i32> {
    // SAFETY: the pointer and length describe `addr.storage`.
    cvt(unsafe { libc::connect(fd, addr.as_ptr(), addr.len) }).map(|_| ())
}

pub fn listen(fd: i32, backlog: i32) -> Result<(), i32> {
    // SAFETY: plain system call with integer arguments.
    cvt(unsafe { libc::listen(fd, backlog) }).map(|_| ())
}

pub fn accept(fd: i32) -> Result<(i32, SockAddr), i32> {
    let mut a = SockAddr::empty();
    // SAFETY: the pointer and length describe `a.storage`, which the kernel fills.
    let nfd = cvt(unsafe { libc::accept(fd, (&mut a.storage as *mut libc::sockaddr_storage).cast(), &mut a.len) })?;
    if let Err(e) = prepare_fd(nfd) {
        close(nfd);
        return Err(e);
    }
    Ok((nfd, a))
}

pub fn send(fd: i32, data: &[u8], flags: i32) -> Result<usize, i32> {
    // SAFETY: the pointer and length describe `data`.
    cvt_size(unsafe { libc::send(fd, data.as_ptr().cast(), data.len(), flags | SEND_FLAGS) })
}

pub fn sendto(fd: i32, data: &[u8], flags: i32, addr: &SockAddr) -> Result<usize, i32> {
    // SAFETY: the pointers and lengths describe `data` and `addr.storage`.
    cvt_size(unsafe { libc::sendto(fd, data.as_ptr().cast(), data.len(), flags | SEND_FLAGS, addr.as_ptr(), addr.len) })
}

pub fn recv(fd: i32, buf: &mut [u8], flags: i32) -> Result<usize, i32> {
    // SAFETY: the pointer and length describe `buf`.
    cvt_size(unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), buf.len(), flags) })
}

pub fn recvfrom(fd: i32, buf: &mut [u8], flags: i32) -> Result<(usize, SockAddr), i32> {
    let mut a = SockAddr::empty();
    // SAFETY: the pointers and lengths describe `buf` and `a.storage`.
    let n = cvt_size(unsafe {
        libc::recvfrom(
            fd,
            buf.as_mut_ptr().cast(),
            buf.len(),
            flags,
            (&mut a.storage as *mut libc::sockaddr_storage).cast(),
            &mut a.len,
        )
    })?;
    Ok((n, a))
}

pub fn setsockopt(fd: i32, level: i32, opt: i32, value: &[u8]) -> Result<(), i32> {
    // SAFETY: the pointer and length describe `value`.
    cvt(unsafe { libc::setsockopt(fd, level, opt, value.as_ptr().cast(), value.len() as libc::socklen_t) }).map(|_| ())
}

pub fn getsockopt(fd: i32, level: i32, opt: i32, buflen: usize) -> Result<Vec<u8>, i32> {
    let mut buf = vec![0u8; buflen.max(1)];
    let mut len = buf.len() as libc::socklen_t;
    // SAFETY: the pointer and length describe `buf`.
    cvt(unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr().cast(), &mut len) })?;
    buf.truncate(len as usize);
    Ok(buf)
}

pub fn getsockopt_int(fd: i32, level: i32, opt: i32) -> Result<i32, i32> {
    let b = getsockopt(fd, level, opt, 4)?;
    let mut a = [0u8; 4];
    for (d, s) in a.iter_mut().zip(b.iter()) {
        *d = *s;
    }
    Ok(i32::from_ne_bytes(a))
}

pub fn getsockname(fd: i32) -> Result<SockAddr, i32> {
    let mut a = SockAddr::empty();
    // SAFETY: the pointer and length describe `a.storage`.
    cvt(unsafe { libc::getsockname(fd, (&mut a.storage as *mut libc::sockaddr_storage).cast(), &mut a.len) })?;
    Ok(a)
}

pub fn getpeername(fd: i32) -> Result<SockAddr, i32> {
    let mut a = SockAddr::empty();
    // SAFETY: the pointer and length describe `a.storage`.
    cvt(unsafe { libc::getpeername(fd, (&mut a.storage as *mut libc::sockaddr_storage).cast(), &mut a.len) })?;
    Ok(a)
}

pub fn shutdown(fd: i32, how: i32) -> Result<(), i32> {
    // SAFETY: plain system call with integer arguments.
    cvt(unsafe { libc::shutdown(fd, how) }).map(|_| ())
}

/// `poll(2)` on `fds` (descriptor, events); returns each one's `revents`.
pub fn poll(fds: &[(i32, i16)], timeout_ms: i32) -> Result<Vec<i16>, i32> {
    let mut pfds: Vec<libc::pollfd> = fds.iter().map(|&(fd, events)| libc::pollfd { fd, events, revents: 0 }).collect();
    // SAFETY: the pointer and count describe `pfds`.
    let r = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, timeout_ms) };
    if r < 0 {
        let e = last_errno();
        if e == libc::EINTR {
            return Ok(vec![0; pfds.len()]);
        }
        return Err(e);
    }
    Ok(pfds.iter().map(|p| p.revents).collect())
}

/// One `getaddrinfo` result: family, type, proto, canonical name, address.
pub struct AddrInfo {
    pub family: i32,
    pub socktype: i32,
    pub proto: i32,
    pub canonname: String,
    pub addr: SockAddr,
}

/// `getaddrinfo(3)`; the error is the EAI code (for EAI_SYSTEM, the errno).
pub fn getaddrinfo(
    host: Option<&str>,
    port: Option<&str>,
    family: i32,
    socktype: i32,
    proto: i32,
    flags: i32,
) -> Result<Vec<AddrInfo>, i32> {
    let host_c = match host {
        Some(h) => Some(CString::new(h).map_err(|_| libc::EAI_NONAME)?),
        None => None,
    };
    let port_c = match port {
        Some(p) => Some(CString::new(p).map_err(|_| libc::EAI_SERVICE)?),
        None => None,
    };
    // SAFETY: addrinfo is plain old data; zeroes mean "no hint".
    let mut hints = unsafe { std::mem::zeroed::<libc::addrinfo>() };
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let hp = host_c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
    let pp = port_c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
    // SAFETY: valid C strings or null, valid hints, and an out pointer.
    let rc = unsafe { libc::getaddrinfo(hp, pp, &hints, &mut res) };
    if rc != 0 {
        if rc == libc::EAI_SYSTEM {
            return Err(last_errno());
        }
        return Err(rc);
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: `p` is a node of the list getaddrinfo returned, not yet freed.
        let ai = unsafe { &*p };
        let mut addr = SockAddr::empty();
        let len = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
        if !ai.ai_addr.is_null() {
            // SAFETY: ai_addr points to ai_addrlen bytes; we copy at most the storage size.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    ai.ai_addr.cast::<u8>(),
                    (&mut addr.storage as *mut libc::sockaddr_storage).cast::<u8>(),
                    len,
                );
            }
            addr.len = len as libc::socklen_t;
        }
        let canonname = if ai.ai_canonname.is_null() {
            String::new()
        } else {
            // SAFETY: a NUL-terminated string owned by the list.
            unsafe { CStr::from_ptr(ai.ai_canonname) }.to_string_lossy().into_owned()
        };
        out.push(AddrInfo { family: ai.ai_family, socktype: ai.ai_socktype, proto: ai.ai_protocol, canonname, addr });
        p = ai.ai_next;
    }
    // SAFETY: freeing the list getaddrinfo allocated, once.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}
