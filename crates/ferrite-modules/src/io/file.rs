//! Files that `open()` returns (MicroPython's `io.FileIO` and `io.TextIOWrapper`): a host file
//! with a read-ahead buffer and a write buffer, and on a device (`--device DIR`) the guarantee
//! that nothing is lost or torn:
//! - a file written and closed survives the process being killed afterwards (fsync on close);
//! - a file opened for rewriting ('w', 'w+', 'x', 'r+') is written to a hidden shadow file in the
//!   same directory and renamed over the original on close, so after a crash the file holds its
//!   old or its new complete content, never a mix (as littlefs commits a file on close);
//! - appending ('a') writes in place: a crash keeps the old content plus a prefix of the append.
//!
//! Without `--device` files behave as on MicroPython's unix port: plain writes, no shadowing.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

use ferrite_vm::vfs;

use super::stream::{seek_target, Stream};

/// Read-ahead size: one flash page-ish chunk, large enough that `readline` loops stay cheap.
const READ_CHUNK: usize = 8192;
/// Pending writes are handed to the OS past this size.
const WRITE_LIMIT: usize = 65536;

/// What `open()`'s mode string asks for.
#[derive(Clone, Copy, Debug, Default)]
pub struct Mode {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub truncate: bool,
    pub exclusive: bool,
    pub text: bool,
}

/// Parses MicroPython's modes: one of `r w a x`, optionally `+`, and `b` or `t`.
pub fn parse_mode(s: &str) -> Option<Mode> {
    let mut m = Mode { text: true, ..Mode::default() };
    let (mut kind, mut plus, mut bt) = (None, false, None);
    for c in s.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' if kind.is_none() => kind = Some(c),
            '+' if !plus => plus = true,
            'b' | 't' if bt.is_none() => bt = Some(c),
            _ => return None,
        }
    }
    match kind.unwrap_or('r') {
        'r' => m.read = true,
        'w' => {
            m.write = true;
            m.create = true;
            m.truncate = true;
        }
        'a' => {
            m.write = true;
            m.append = true;
            m.create = true;
        }
        _ => {
            m.write = true;
            m.create = true;
            m.exclusive = true;
        }
    }
    if plus {
        m.read = true;
        m.write = true;
    }
    m.text = bt != Some('b');
    Some(m)
}

/// An open file.
pub struct FileObj {
    file: Option<File>,
    text: bool,
    readable: bool,
    writable: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    /// On a device: fsync before close, and sync the directory of a new name.
    durable: bool,
    /// The shadow being written and the file it replaces on close.
    shadow: Option<(PathBuf, PathBuf)>,
    /// A new directory entry that needs its directory synced on close.
    new_entry: Option<PathBuf>,
}
ferrite_vm::native_data!(FileObj);

fn err(errno: i32) -> io::Error {
    io::Error::from_raw_os_error(errno)
}

impl FileObj {
    /// Opens `path` (already resolved to a host path). `durable` selects the device behaviour.
    pub fn open(path: PathBuf, mode: Mode, durable: bool) -> io::Result<FileObj> {
        let meta = std::fs::metadata(&path);
        if meta.as_ref().is_ok_and(|m| m.is_dir()) {
            return Err(err(21));
        }
        let exists = meta.is_ok();
        if mode.exclusive && exists {
            return Err(err(17));
        }
        let mut obj = FileObj {
            file: None,
            text: mode.text,
            readable: mode.read,
            writable: mode.write,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            durable,
            shadow: None,
            new_entry: None,
        };
        let shadowed = durable && mode.write && !mode.append;
        if shadowed {
            if !mode.create && !exists {
                return Err(err(2));
            }
            let mut tag = [0u8; 6];
            vfs::random_bytes(&mut tag)?;
            let n = tag.iter().fold(0u64, |a, &b| (a << 8) | b as u64);
            let tmp = vfs::shadow_path(&path, n);
            let file = OpenOptions::new().read(true).write(true).create_new(true).open(&tmp)?;
            obj.shadow = Some((tmp.clone(), path.clone()));
            if exists && !mode.truncate {
                // r+: start from the current content.
                if let Err(e) = std::fs::File::open(&path).and_then(|mut src| io::copy(&mut src, &mut &file)) {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(e);
                }
                let _ = (&file).seek(SeekFrom::Start(0));
            }
            if let Ok(m) = meta {
                let _ = std::fs::set_permissions(&tmp, m.permissions());
            }
            obj.file = Some(file);
            return Ok(obj);
        }
        let file = OpenOptions::new()
            .read(mode.read)
            .write(mode.write && !mode.append)
            .append(mode.append)
            .create(mode.create && !mode.exclusive)
            .create_new(mode.exclusive)
            .truncate(mode.truncate)
            .open(&path)?;
        if mode.append {
            // tell() reports the end, as CPython and MicroPython do.
            let _ = (&file).seek(SeekFrom::End(0));
        }
        if durable && !exists {
            obj.new_entry = Some(path);
        }
        obj.file = Some(file);
        Ok(obj)
    }

    fn file(&mut self) -> io::Result<&mut File> {
        self.file.as_mut().ok_or_else(|| err(9))
    }

    fn flush_writes(&mut self) -> io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let buf = std::mem::take(&mut self.wbuf);
        self.file()?.write_all(&buf)
    }

    /// Gives back read-ahead bytes, so the OS position is the logical one.
    fn drop_read_ahead(&mut self) -> io::Result<()> {
        let left = self.rbuf.len().saturating_sub(self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        if left > 0 {
            self.file()?.seek(SeekFrom::Current(-left))?;
        }
        Ok(())
    }

    fn check_readable(&mut self) -> io::Result<()> {
        if !self.readable {
            return Err(err(9));
        }
        self.flush_writes()
    }

    fn fill(&mut self) -> io::Result<bool> {
        let mut chunk = vec![0u8; READ_CHUNK];
        let n = loop {
            match self.file()?.read(&mut chunk) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        chunk.truncate(n);
        self.rbuf = chunk;
        self.rpos = 0;
        Ok(n > 0)
    }

    fn buffered(&self) -> &[u8] {
        self.rbuf.get(self.rpos..).unwrap_or(&[])
    }

    /// Closes the file: hands pending writes to the OS, and on a device makes the content
    /// durable and publishes a shadow over the original.
    fn finish(&mut self) -> io::Result<()> {
        let flushed = self.flush_writes();
        let Some(file) = self.file.take() else { return flushed };
        let mut result = flushed;
        if self.durable && self.writable && result.is_ok() {
            result = file.sync_all();
        }
        drop(file);
        if let Some((tmp, target)) = self.shadow.take() {
            if result.is_ok() {
                result = vfs::atomic_replace(&tmp, &target);
            }
            if result.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
        } else if let Some(p) = self.new_entry.take() {
            if result.is_ok() {
                result = vfs::sync_parent(&p);
            }
        }
        result
    }

    pub fn fileno(&self) -> Option<i64> {
        use std::os::fd::AsRawFd;
        self.file.as_ref().map(|f| f.as_raw_fd() as i64)
    }
}

impl Drop for FileObj {
    /// A file collected or left open at exit is closed, as MicroPython's finaliser does.
    fn drop(&mut self) {
        let _ = self.finish();
    }
}

impl Stream for FileObj {
    fn read_bytes(&mut self, n: usize) -> io::Result<Vec<u8>> {
        self.check_readable()?;
        let mut out = Vec::with_capacity(n.min(1 << 20));
        while out.len() < n {
            let b = self.buffered();
            if b.is_empty() {
                if !self.fill()? {
                    break;
                }
                continue;
            }
            let take = (n - out.len()).min(b.len());
            out.extend_from_slice(b.get(..take).unwrap_or(&[]));
            self.rpos += take;
        }
        Ok(out)
    }
    fn read_to_end(&mut self) -> io::Result<Vec<u8>> {
        self.check_readable()?;
        let mut out = self.buffered().to_vec();
        self.rbuf.clear();
        self.rpos = 0;
        self.file()?.read_to_end(&mut out)?;
        Ok(out)
    }
    fn read_line(&mut self, limit: Option<usize>) -> io::Result<Vec<u8>> {
        self.check_readable()?;
        let max = limit.unwrap_or(usize::MAX);
        let mut out = Vec::new();
        while out.len() < max {
            let b = self.buffered();
            if b.is_empty() {
                if !self.fill()? {
                    break;
                }
                continue;
            }
            let room = max - out.len();
            let (take, done) = match b.iter().take(room).position(|&c| c == b'\n') {
                Some(i) => (i + 1, true),
                None => (room.min(b.len()), false),
            };
            out.extend_from_slice(b.get(..take).unwrap_or(&[]));
            self.rpos += take;
            if done {
                break;
            }
        }
        Ok(out)
    }
    fn write_bytes(&mut self, b: &[u8]) -> io::Result<usize> {
        if !self.writable {
            return Err(err(9));
        }
        self.drop_read_ahead()?;
        self.wbuf.extend_from_slice(b);
        if self.wbuf.len() >= WRITE_LIMIT {
            self.flush_writes()?;
        }
        Ok(b.len())
    }
    fn seek(&mut self, off: i64, whence: i64) -> io::Result<u64> {
        self.flush_writes()?;
        let cur = self.tell()?;
        self.drop_read_ahead()?;
        let end = self.file()?.metadata()?.len();
        let t = seek_target(cur, end, off, whence)?;
        self.file()?.seek(SeekFrom::Start(t))
    }
    fn tell(&mut self) -> io::Result<u64> {
        let pending = self.wbuf.len() as u64;
        let ahead = self.rbuf.len().saturating_sub(self.rpos) as u64;
        let pos = self.file()?.stream_position()?;
        Ok((pos + pending).saturating_sub(ahead))
    }
    fn truncate(&mut self, size: Option<u64>) -> io::Result<u64> {
        if !self.writable {
            return Err(err(9));
        }
        self.flush_writes()?;
        let cur = self.tell()?;
        self.drop_read_ahead()?;
        let size = size.unwrap_or(cur);
        self.file()?.set_len(size)?;
        Ok(size)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.flush_writes()?;
        if self.durable && self.writable && self.shadow.is_none() {
            self.file()?.sync_data()?;
        }
        Ok(())
    }
    fn close(&mut self) -> io::Result<()> {
        self.finish()
    }
    fn is_closed(&self) -> bool {
        self.file.is_none()
    }
    fn is_text(&self) -> bool {
        self.text
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failed unwrap is a failed test")]
mod tests {
    use super::*;

    #[test]
    fn modes() {
        let m = parse_mode("rb").unwrap();
        assert!(m.read && !m.write && !m.text);
        let m = parse_mode("w+").unwrap();
        assert!(m.read && m.write && m.truncate && m.text);
        assert!(parse_mode("rw").is_none());
        assert!(parse_mode("q").is_none());
    }
}
