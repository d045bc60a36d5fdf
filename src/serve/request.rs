//! Reading a request's head from a connection, bounded in size and in time.
//!
//! tiny_http reads a head line by line into a buffer that grows without end, and waits for
//! it as long as the client likes: an unterminated header of 300 MB stays in memory for good,
//! and a client that sends nothing holds a thread for ever. So the head is read here, into
//! at most [`MAX_HEAD`] bytes and within [`HEAD_TIME`] of its first byte; what is parsed is
//! handed on with tiny_http's own types ([`Method`], [`Header`], [`HTTPVersion`]).

use std::io::{ErrorKind, Read};
use std::net::TcpStream;
use std::str::FromStr;
use std::time::{Duration, Instant};

use tiny_http::{HTTPVersion, Header, Method};

/// The longest request head read (request line and headers). Browsers send a few hundred
/// bytes; cookies of other programs on `localhost` (cookies ignore the port) can add some
/// KB, so the bound is generous.
pub const MAX_HEAD: usize = 64 * 1024;
/// How long a connection may wait between requests (keep-alive) before it is closed.
pub const IDLE: Duration = Duration::from_secs(15);
/// How long a head may take to arrive once its first byte has.
pub const HEAD_TIME: Duration = Duration::from_secs(10);

/// One request, as far as serve reads it (serve answers GET and HEAD, which have no body).
#[derive(Debug)]
pub struct Request {
    pub method: Method,
    pub url: String,
    pub version: HTTPVersion,
    pub headers: Vec<Header>,
}

impl Request {
    /// Every value of the header `name`.
    pub fn all(&self, name: &'static str) -> impl Iterator<Item = &str> {
        self.headers
            .iter()
            .filter(move |h| h.field.equiv(name))
            .map(|h| h.value.as_str())
    }

    /// The first value of the header `name`.
    pub fn header(&self, name: &'static str) -> Option<&str> {
        self.all(name).next()
    }

    /// Whether the connection may carry another request after this one's answer.
    pub fn keep_alive(&self) -> bool {
        let connection = self.header("Connection").map(str::to_ascii_lowercase);
        let has_body = self
            .header("Content-Length")
            .is_some_and(|n| n.trim() != "0")
            || self.header("Transfer-Encoding").is_some();
        // A body is not read, so where the next request would begin is unknown.
        !has_body
            && match connection {
                Some(c) if c.contains("close") => false,
                Some(c) if c.contains("keep-alive") => true,
                _ => self.version >= HTTPVersion(1, 1),
            }
    }
}

/// Why no request was read.
#[derive(Debug)]
pub enum Failed {
    /// The connection closed (or timed out) before a request began: nothing to answer.
    Gone,
    /// The head did not arrive in time: 408.
    Slow,
    /// The head is longer than [`MAX_HEAD`]: 431.
    TooLarge,
    /// Not an HTTP/1 request head: 400 (or 505 for another version).
    Malformed(&'static str),
    Version,
}

/// Reads bytes from a connection, keeping what follows a head for the next request.
pub struct Reader {
    buf: Vec<u8>,
}

impl Reader {
    pub fn new() -> Reader {
        Reader { buf: Vec::new() }
    }

    /// The next request's head from `stream`.
    pub fn next(&mut self, stream: &mut TcpStream) -> Result<Request, Failed> {
        let mut chunk = [0u8; 8192];
        let mut deadline: Option<Instant> =
            (!self.buf.is_empty()).then(|| Instant::now() + HEAD_TIME);
        loop {
            if let Some(end) = find_end(&self.buf) {
                let head: Vec<u8> = self.buf.drain(..end + 4).collect();
                return parse(&head[..end]);
            }
            if self.buf.len() >= MAX_HEAD {
                return Err(Failed::TooLarge);
            }
            let wait = match deadline {
                None => IDLE,
                Some(d) => match d.checked_duration_since(Instant::now()) {
                    Some(left) if !left.is_zero() => left,
                    _ => return Err(Failed::Slow),
                },
            };
            if stream.set_read_timeout(Some(wait)).is_err() {
                return Err(Failed::Gone);
            }
            let room = (MAX_HEAD - self.buf.len()).min(chunk.len());
            match stream.read(&mut chunk[..room]) {
                Ok(0) => return Err(Failed::Gone),
                Ok(n) => {
                    self.buf.extend_from_slice(&chunk[..n]);
                    deadline.get_or_insert_with(|| Instant::now() + HEAD_TIME);
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                    return Err(if self.buf.is_empty() {
                        Failed::Gone
                    } else {
                        Failed::Slow
                    });
                }
                Err(_) => return Err(Failed::Gone),
            }
        }
    }
}

/// Where the head ends (the index of its blank line's `\r\n\r\n`).
fn find_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n")
}

fn parse(head: &[u8]) -> Result<Request, Failed> {
    let text = std::str::from_utf8(head)
        .ok()
        .filter(|t| t.is_ascii())
        .ok_or(Failed::Malformed("the request head is not ASCII"))?;
    // Empty lines before a request line are allowed (RFC 9112, 2.2).
    let mut lines = text.trim_start_matches("\r\n").split("\r\n");
    let line = lines.next().unwrap_or_default();
    let mut parts = line.split(' ');
    let (Some(method), Some(url), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Failed::Malformed(
            "the request line is not `METHOD TARGET HTTP/1.1`",
        ));
    };
    let method = Method::from_str(method).map_err(|()| Failed::Malformed("no method"))?;
    let version = match version {
        "HTTP/1.1" => HTTPVersion(1, 1),
        "HTTP/1.0" => HTTPVersion(1, 0),
        v if v.starts_with("HTTP/") => return Err(Failed::Version),
        _ => return Err(Failed::Malformed("no HTTP version")),
    };
    if url.is_empty() {
        return Err(Failed::Malformed("no request target"));
    }
    let headers = lines
        .map(|l| Header::from_str(l.trim()).map_err(|()| Failed::Malformed("a malformed header")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Request {
        method,
        url: url.to_string(),
        version,
        headers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_head() {
        let r = parse(b"GET /a?b HTTP/1.1\r\nHost: localhost:1\r\nConnection: close").unwrap();
        assert_eq!(r.method, Method::Get);
        assert_eq!(r.url, "/a?b");
        assert_eq!(r.header("host"), Some("localhost:1"));
        assert!(!r.keep_alive());
        let r = parse(b"\r\nHEAD / HTTP/1.0").unwrap();
        assert_eq!(r.method, Method::Head);
        assert!(!r.keep_alive());
        let r = parse(b"GET / HTTP/1.1\r\nContent-Length: 3").unwrap();
        assert!(!r.keep_alive(), "a body is not read");
        assert!(parse(b"GET / HTTP/1.1\r\nHost: x").unwrap().keep_alive());
    }

    #[test]
    fn refuses_what_is_not_a_head() {
        for bad in [
            &b"GET /"[..],
            b"GET / HTTP/1.1 x",
            b"GET / FTP/1.1",
            b"GET / HTTP/1.1\r\nno colon",
            b"GET / HTTP/1.1\r\nX: \xff",
        ] {
            assert!(
                matches!(parse(bad), Err(Failed::Malformed(_))),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
        assert!(matches!(parse(b"GET / HTTP/2.0"), Err(Failed::Version)));
    }
}
