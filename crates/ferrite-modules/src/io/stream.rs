//! The byte-stream layer under every `io` object: one trait that both in-memory streams
//! (StringIO, BytesIO) and files implement, and the text reading built on it (read(n) counts
//! characters, readline stops after `\n`), so the Python methods are written once.

use std::io;

/// A seekable byte stream. Reads return fewer bytes than asked only at end of stream.
pub trait Stream {
    fn read_bytes(&mut self, n: usize) -> io::Result<Vec<u8>>;
    fn read_to_end(&mut self) -> io::Result<Vec<u8>>;
    /// Bytes up to and including the next `\n` (at most `limit` bytes when given).
    fn read_line(&mut self, limit: Option<usize>) -> io::Result<Vec<u8>>;
    fn write_bytes(&mut self, b: &[u8]) -> io::Result<usize>;
    /// `whence`: 0 from the start, 1 from the current position, 2 from the end.
    fn seek(&mut self, off: i64, whence: i64) -> io::Result<u64>;
    fn tell(&mut self) -> io::Result<u64>;
    /// Cuts (or, for files, extends) the stream to `size` bytes, by default the current
    /// position; the position stays where it was. Returns the size.
    fn truncate(&mut self, size: Option<u64>) -> io::Result<u64>;
    fn flush(&mut self) -> io::Result<()>;
    fn close(&mut self) -> io::Result<()>;
    fn is_closed(&self) -> bool;
    /// Text (str) or binary (bytes) results.
    fn is_text(&self) -> bool;
}

/// How many characters `b` starts (lead bytes) and how many continuation bytes the last,
/// incomplete UTF-8 sequence still needs.
fn utf8_status(b: &[u8]) -> (usize, usize) {
    let chars = b.iter().filter(|&&c| (c & 0xC0) != 0x80).count();
    // Find the last lead byte and the length its sequence needs.
    let mut missing = 0;
    for (back, &c) in b.iter().rev().enumerate().take(4) {
        if (c & 0xC0) == 0x80 {
            continue;
        }
        let need: usize = if c >= 0xF0 {
            4
        } else if c >= 0xE0 {
            3
        } else if c >= 0xC0 {
            2
        } else {
            1
        };
        missing = need.saturating_sub(back + 1);
        break;
    }
    (chars, missing)
}

/// `read(n)`: for a text stream, `n` characters (UTF-8 sequences are never split).
pub fn read_n(s: &mut dyn Stream, n: usize) -> io::Result<Vec<u8>> {
    let mut out = s.read_bytes(n)?;
    if !s.is_text() {
        return Ok(out);
    }
    loop {
        let (chars, missing) = utf8_status(&out);
        let want = missing + n.saturating_sub(chars);
        if want == 0 {
            break;
        }
        let more = s.read_bytes(want)?;
        if more.is_empty() {
            break;
        }
        out.extend_from_slice(&more);
    }
    Ok(out)
}

/// `readline(limit)`: for a text stream the limit counts characters.
pub fn read_line(s: &mut dyn Stream, limit: Option<usize>) -> io::Result<Vec<u8>> {
    let Some(n) = limit else { return s.read_line(None) };
    let mut out = s.read_line(Some(n))?;
    if !s.is_text() {
        return Ok(out);
    }
    loop {
        if out.last() == Some(&b'\n') {
            break;
        }
        let (chars, missing) = utf8_status(&out);
        let want = missing + n.saturating_sub(chars);
        if want == 0 {
            break;
        }
        let more = s.read_line(Some(want))?;
        if more.is_empty() {
            break;
        }
        out.extend_from_slice(&more);
    }
    Ok(out)
}

/// Computes a seek target, refusing a position before the start.
pub fn seek_target(cur: u64, end: u64, off: i64, whence: i64) -> io::Result<u64> {
    let base: i128 = match whence {
        0 => 0,
        1 => cur as i128,
        2 => end as i128,
        _ => return Err(io::Error::from_raw_os_error(22)),
    };
    let t = base + off as i128;
    if t < 0 || t > u64::MAX as i128 {
        return Err(io::Error::from_raw_os_error(22));
    }
    Ok(t as u64)
}

/// StringIO and BytesIO: a byte buffer and a position (in bytes, as MicroPython keeps it).
pub struct MemIO {
    pub buf: Vec<u8>,
    pub pos: usize,
    pub text: bool,
    pub closed: bool,
}
ferrite_vm::native_data!(MemIO);

impl MemIO {
    fn rest(&self) -> &[u8] {
        self.buf.get(self.pos..).unwrap_or(&[])
    }
}

impl Stream for MemIO {
    fn read_bytes(&mut self, n: usize) -> io::Result<Vec<u8>> {
        let r = self.rest();
        let take = n.min(r.len());
        let out = r.get(..take).unwrap_or(&[]).to_vec();
        self.pos += take;
        Ok(out)
    }
    fn read_to_end(&mut self) -> io::Result<Vec<u8>> {
        let out = self.rest().to_vec();
        self.pos = self.pos.max(self.buf.len());
        Ok(out)
    }
    fn read_line(&mut self, limit: Option<usize>) -> io::Result<Vec<u8>> {
        let r = self.rest();
        let mut end = r.iter().position(|&c| c == b'\n').map_or(r.len(), |i| i + 1);
        if let Some(l) = limit {
            end = end.min(l);
        }
        let out = r.get(..end).unwrap_or(&[]).to_vec();
        self.pos += end;
        Ok(out)
    }
    fn write_bytes(&mut self, b: &[u8]) -> io::Result<usize> {
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, 0);
        }
        let end = self.pos + b.len();
        if end > self.buf.len() {
            self.buf.resize(end, 0);
        }
        if let Some(dst) = self.buf.get_mut(self.pos..end) {
            dst.copy_from_slice(b);
        }
        self.pos = end;
        Ok(b.len())
    }
    fn seek(&mut self, off: i64, whence: i64) -> io::Result<u64> {
        let t = seek_target(self.pos as u64, self.buf.len() as u64, off, whence)?;
        self.pos = usize::try_from(t).map_err(|_| io::Error::from_raw_os_error(22))?;
        Ok(t)
    }
    fn tell(&mut self) -> io::Result<u64> {
        Ok(self.pos as u64)
    }
    /// As CPython's StringIO/BytesIO: a size past the end leaves the buffer as it is.
    fn truncate(&mut self, size: Option<u64>) -> io::Result<u64> {
        let size = size.unwrap_or(self.pos as u64);
        if let Ok(n) = usize::try_from(size) {
            self.buf.truncate(n);
        }
        Ok(size)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn close(&mut self) -> io::Result<()> {
        self.closed = true;
        self.buf = Vec::new();
        Ok(())
    }
    fn is_closed(&self) -> bool {
        self.closed
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
    fn text_reads_whole_characters() {
        let mut m = MemIO { buf: "aé€x\nz".as_bytes().to_vec(), pos: 0, text: true, closed: false };
        assert_eq!(read_n(&mut m, 3).unwrap(), "aé€".as_bytes());
        assert_eq!(read_line(&mut m, None).unwrap(), b"x\n");
        assert_eq!(read_n(&mut m, 5).unwrap(), b"z");
    }
}
