//! `raudtrad serve` as a child process for tests: started on a free port, killed when the
//! guard is dropped (also when the test fails), with a raw HTTP/1.1 client that sends the
//! request target exactly as written (no client-side normalisation of `..`).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::raudtrad;

/// How long a test waits for something that should take milliseconds, before it fails.
pub const PATIENCE: Duration = Duration::from_secs(20);

pub struct Server {
    child: Child,
    pub port: u16,
    stdout: Arc<Mutex<String>>,
    stderr: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `raudtrad serve --root ROOT --port 0 ARGS…` and waits for its address.
    pub fn start(root: &Path, args: &[&str]) -> Server {
        let mut child = raudtrad()
            .args(["serve", "--root", root.to_str().unwrap(), "--port", "0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start raudtrad serve");
        let stdout = collect(child.stdout.take().unwrap());
        let stderr = collect(child.stderr.take().unwrap());
        let mut server = Server {
            child,
            port: 0,
            stdout,
            stderr,
        };
        let start = Instant::now();
        loop {
            if let Some(port) = address_port(&server.stdout()) {
                server.port = port;
                return server;
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!(
                    "raudtrad serve exited with {status}:\n{}\n{}",
                    server.stdout(),
                    server.stderr()
                );
            }
            assert!(
                start.elapsed() < PATIENCE,
                "raudtrad serve printed no address:\n{}\n{}",
                server.stdout(),
                server.stderr()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn stdout(&self) -> String {
        self.stdout.lock().unwrap().clone()
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    pub fn get(&self, target: &str) -> Reply {
        get(self.port, target)
    }

    /// Polls `target` until `ok` holds for the reply; panics with the last reply after
    /// [`PATIENCE`].
    pub fn wait_for(&self, target: &str, what: &str, ok: impl Fn(&Reply) -> bool) -> Reply {
        let start = Instant::now();
        loop {
            let reply = self.get(target);
            if ok(&reply) {
                return reply;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "waited in vain for {what} at {target}; last reply {}:\n{}\n-- stdout:\n{}\n-- stderr:\n{}",
                reply.status,
                reply.body,
                self.stdout(),
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Waits until the terminal output (stdout and stderr) has `text`.
    pub fn wait_output(&self, text: &str) {
        let start = Instant::now();
        while !self.stdout().contains(text) && !self.stderr().contains(text) {
            assert!(
                start.elapsed() < PATIENCE,
                "waited in vain for `{text}` in the output:\n{}\n{}",
                self.stdout(),
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the process to end by itself; its exit code.
    pub fn wait_exit(&mut self) -> Option<i32> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Give the reader threads a moment to take the last lines.
                std::thread::sleep(Duration::from_millis(50));
                return status.code();
            }
            assert!(start.elapsed() < PATIENCE, "raudtrad serve did not stop");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The port in `… at http://127.0.0.1:PORT/ …`.
pub fn address_port(stdout: &str) -> Option<u16> {
    let at = stdout.find("http://127.0.0.1:")? + "http://127.0.0.1:".len();
    let digits: String = stdout[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    stdout[at + digits.len()..]
        .starts_with('/')
        .then(|| digits.parse().ok())?
}

fn collect(stream: impl Read + Send + 'static) -> Arc<Mutex<String>> {
    let text = Arc::new(Mutex::new(String::new()));
    let sink = text.clone();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stream);
        let mut line = String::new();
        while lines.read_line(&mut line).is_ok_and(|n| n > 0) {
            sink.lock().unwrap().push_str(&line);
            line.clear();
        }
    });
    text
}

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    pub bytes: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body without what `serve` adds (the live-reload script, the error overlay).
    pub fn page(&self) -> String {
        strip_serve_additions(&self.body)
    }
}

pub fn strip_serve_additions(html: &str) -> String {
    let (begin, end) = (raudtrad::serve::BEGIN, raudtrad::serve::END);
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find(begin) {
        out.push_str(&rest[..start]);
        let stop = rest[start..].find(end).expect("an end marker") + start + end.len();
        rest = rest[stop..].strip_prefix('\n').unwrap_or(&rest[stop..]);
    }
    out.push_str(rest);
    out
}

/// One GET over a fresh connection, the target sent as is.
pub fn get(port: u16, target: &str) -> Reply {
    request(
        port,
        &format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
    )
}

pub fn request(port: u16, raw: &str) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.write_all(raw.as_bytes()).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("read the reply");
    parse(&bytes)
}

fn parse(bytes: &[u8]) -> Reply {
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no end of headers in {:?}", String::from_utf8_lossy(bytes)));
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let body_bytes = bytes[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body_bytes = if chunked {
        dechunk(&body_bytes)
    } else {
        body_bytes
    };
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&body_bytes).into_owned(),
        bytes: body_bytes,
    }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = data.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&data[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 {
            return out;
        }
        let start = eol + 2;
        out.extend_from_slice(&data[start..start + size]);
        data = &data[start + size + 2..];
    }
}

/// A live-reload connection: reads the version numbers the server sends.
pub struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    pub fn connect(port: u16) -> Events {
        Events::connect_as(port, "127.0.0.1")
    }

    /// Connects naming `host` in the `Host` header.
    pub fn connect_as(port: u16, host: &str) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        write!(
            stream,
            "GET {} HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n",
            raudtrad::serve::EVENTS
        )
        .unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert!(line.starts_with("HTTP/1.1 200"), "{line}");
        loop {
            line.clear();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
            if line.to_ascii_lowercase().starts_with("content-type:") {
                assert!(line.contains("text/event-stream"), "{line}");
            }
        }
        Events { reader }
    }

    /// The next version number sent (pings are skipped).
    pub fn next(&mut self) -> u64 {
        let mut line = String::new();
        loop {
            line.clear();
            let n = self.reader.read_line(&mut line).expect("an event");
            assert!(n > 0, "the event stream closed");
            if let Some(v) = line.strip_prefix("data: ") {
                return v.trim().parse().expect("a version number");
            }
        }
    }
}
