//! Connections: accepted here, each on a thread of its own, at most [`MAX_CONNECTIONS`] at
//! once, with read and write timeouts.
//!
//! tiny_http's `Server` accepts every connection and gives each a thread (300 half-open
//! connections make 300 threads), sets no timeout, reads heads without bound, and answers
//! from a fixed pool of threads that block on writing: eight clients that ask for a large
//! file and read nothing stop the server for everyone. Its `Server` cannot be handed a socket
//! or bounded, so serve accepts and reads heads itself ([`super::request`]) and uses
//! tiny_http for what it does well, writing the answer (`Response::raw_print`).
//!
//! - Each connection has its own thread, which reads a request, renders the answer and
//!   writes it; a slow reader only ever holds its own thread, never another client's page.
//! - Writes time out after [`WRITE_TIME`] without progress; heads are bounded in size and
//!   time (see [`super::request`]).
//! - At most [`MAX_CONNECTIONS`] connections are open. A new one beyond that closes the one
//!   that has waited longest for a request (an idle keep-alive or a client that never sends
//!   its head), so half-open connections cannot lock the others out; when every connection
//!   is busy answering, the new one gets `503` at once.
//! - Live-reload connections are handed to [`super::live::Listeners`] and hold no thread.

use std::collections::HashMap;
use std::io::Write;
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use tiny_http::{HTTPVersion, Method, Response, StatusCode};

use super::host::Hosts;
use super::http::{self, Answer};
use super::live::Listeners;
use super::request::{Failed, Reader};
use super::state::State;

/// Connections open at once (each with a thread).
pub const MAX_CONNECTIONS: usize = 64;
/// How long a write may make no progress before the connection is closed.
pub const WRITE_TIME: Duration = Duration::from_secs(30);

/// What the connection threads share.
pub struct Shared {
    pub state: Arc<State>,
    pub listeners: Arc<Listeners>,
    pub hosts: Hosts,
    pub stop: Arc<AtomicBool>,
}

/// The open connections: a handle to close each, and since when it has waited for a
/// request (`None` while it is being answered).
#[derive(Default)]
struct Open {
    next: u64,
    conns: HashMap<u64, (TcpStream, Option<Instant>)>,
    /// Connections closed to make room, whose threads the accept loop waits for.
    closed: Vec<u64>,
}

#[derive(Default)]
struct Registry(Mutex<Open>);

impl Registry {
    fn lock(&self) -> std::sync::MutexGuard<'_, Open> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Registers `stream`, making room if needed; `None` when every connection is busy.
    fn admit(&self, stream: &TcpStream) -> Option<u64> {
        let mut open = self.lock();
        if open.conns.len() >= MAX_CONNECTIONS {
            let oldest = open
                .conns
                .iter()
                .filter_map(|(&id, (_, waiting))| waiting.map(|since| (since, id)))
                .min()?;
            if let Some((victim, _)) = open.conns.remove(&oldest.1) {
                let _ = victim.shutdown(Shutdown::Both);
                open.closed.push(oldest.1);
            }
        }
        let handle = stream.try_clone().ok()?;
        let id = open.next;
        open.next += 1;
        open.conns.insert(id, (handle, Some(Instant::now())));
        Some(id)
    }

    /// Marks the connection as waiting for a request (`true`) or being answered; `false` if
    /// it was closed to make room.
    fn waiting(&self, id: u64, waiting: bool) -> bool {
        match self.lock().conns.get_mut(&id) {
            Some(entry) => {
                entry.1 = waiting.then(Instant::now);
                true
            }
            None => false,
        }
    }

    fn remove(&self, id: u64) {
        self.lock().conns.remove(&id);
    }

    fn close_all(&self) {
        for (_, (stream, _)) in self.lock().conns.drain() {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }
}

/// Accepts connections until `shared.stop` is set (and a connection wakes the loop, see
/// [`wake`]); then closes the open ones.
pub fn accept(listener: TcpListener, shared: Arc<Shared>) {
    let registry = Arc::new(Registry::default());
    let mut threads: HashMap<u64, thread::JoinHandle<()>> = HashMap::new();
    for stream in listener.incoming() {
        if shared.stop.load(Ordering::Relaxed) {
            break;
        }
        let Ok(mut stream) = stream else {
            // Out of file descriptors, say: wait rather than spin.
            thread::sleep(Duration::from_millis(50));
            continue;
        };
        if stream.set_write_timeout(Some(WRITE_TIME)).is_err() {
            continue;
        }
        let _ = stream.set_nodelay(true);
        let Some(id) = registry.admit(&stream) else {
            // A few bytes into a new connection's empty buffer: this does not wait.
            let _ = stream.set_write_timeout(Some(Duration::from_millis(100)));
            let _ = answer_and_close(
                &mut stream,
                503,
                "503 Service Unavailable: too many connections\n",
            );
            continue;
        };
        // The thread of a connection closed to make room is waited for (it was waiting for
        // a request, so it ends at once): otherwise a flood of connections that send nothing
        // keeps more threads than MAX_CONNECTIONS alive while the closed ones wind down.
        let closed = std::mem::take(&mut registry.lock().closed);
        for id in closed {
            if let Some(t) = threads.remove(&id) {
                let _ = t.join();
            }
        }
        threads.retain(|_, t| !t.is_finished());
        let (shared, mine) = (shared.clone(), registry.clone());
        let spawned = thread::Builder::new()
            .name("serve-conn".into())
            .spawn(move || {
                serve(&mut stream, id, &shared, &mine);
                mine.remove(id);
            });
        match spawned {
            Ok(t) => {
                threads.insert(id, t);
            }
            Err(_) => registry.remove(id),
        }
    }
    registry.close_all();
}

/// Wakes a loop blocked in [`accept`] (after `stop` is set).
pub fn wake(addr: std::net::SocketAddr) {
    let _ = TcpStream::connect_timeout(&addr, Duration::from_secs(1));
}

/// Answers the requests of one connection until it closes, fails or times out.
fn serve(stream: &mut TcpStream, id: u64, shared: &Shared, registry: &Registry) {
    let mut reader = Reader::new();
    loop {
        if !registry.waiting(id, true) {
            return;
        }
        let request = match reader.next(stream) {
            Ok(r) => r,
            Err(Failed::Gone) => return,
            Err(Failed::Slow) => {
                return refuse(stream, 408, "408 Request Timeout\n");
            }
            Err(Failed::TooLarge) => {
                return refuse(
                    stream,
                    431,
                    "431 Request Header Fields Too Large: a request head is at most 64 KB\n",
                );
            }
            Err(Failed::Malformed(why)) => {
                return refuse(stream, 400, &format!("400 Bad Request: {why}\n"));
            }
            Err(Failed::Version) => {
                return refuse(
                    stream,
                    505,
                    "505 HTTP Version Not Supported: use HTTP/1.1\n",
                );
            }
        };
        if !registry.waiting(id, false) || shared.stop.load(Ordering::Relaxed) {
            return;
        }
        let keep = request.keep_alive();
        match http::handle(&request, &shared.state, &shared.hosts) {
            Answer::Events(version) => {
                if let Ok(handle) = stream.try_clone() {
                    // Every tab is written to in turn on each rebuild; one that does not take
                    // a few bytes within a second is dropped (its browser reconnects).
                    let _ = handle.set_write_timeout(Some(Duration::from_secs(1)));
                    shared.listeners.add(handle, version);
                }
                // The listeners keep the connection; this thread is done with it.
                registry.remove(id);
                return;
            }
            Answer::Reply(response) => {
                let head_only = request.method == Method::Head;
                let sent = response
                    .raw_print(
                        &mut *stream,
                        request.version.clone(),
                        &request.headers,
                        head_only,
                        None,
                    )
                    .and_then(|()| stream.flush());
                if sent.is_err() || !keep {
                    let _ = stream.shutdown(Shutdown::Both);
                    return;
                }
            }
        }
    }
}

/// Writes a plain answer and closes the sending side.
fn answer_and_close(stream: &mut TcpStream, status: u16, text: &str) -> std::io::Result<()> {
    let response = http::secured(
        Response::from_string(text)
            .with_status_code(StatusCode(status))
            .with_header(http::header("Content-Type", "text/plain; charset=utf-8")),
    );
    response.raw_print(&mut *stream, HTTPVersion(1, 1), &[], false, None)?;
    stream.flush()?;
    stream.shutdown(Shutdown::Write)
}

/// Answers a connection whose request could not be read, and closes it.
fn refuse(stream: &mut TcpStream, status: u16, text: &str) {
    let _ = answer_and_close(stream, status, text);
    // Whatever else the client sends is not read, but closing at once while it is still
    // sending would reset the connection before it reads the answer: a little is drained.
    let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
    let mut sink = [0u8; 4096];
    for _ in 0..16 {
        match std::io::Read::read(stream, &mut sink) {
            Ok(n) if n > 0 => {}
            _ => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// `n` connected pairs over loopback: (the server's end, the client's end).
    fn pairs(n: usize) -> Vec<(TcpStream, TcpStream)> {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        (0..n)
            .map(|_| {
                let client = TcpStream::connect(addr).unwrap();
                let (server, _) = listener.accept().unwrap();
                (server, client)
            })
            .collect()
    }

    #[test]
    fn a_full_server_closes_the_connection_waiting_longest_or_refuses() {
        let registry = Registry::default();
        let conns = pairs(MAX_CONNECTIONS + 2);
        let ids: Vec<u64> = conns[..MAX_CONNECTIONS]
            .iter()
            .map(|(s, _)| registry.admit(s).expect("room"))
            .collect();
        // All but the first two are being answered; of those two the first waited longest.
        for &id in &ids[2..] {
            assert!(registry.waiting(id, false));
        }
        std::thread::sleep(Duration::from_millis(5));
        assert!(registry.waiting(ids[1], true));
        let newcomer = registry
            .admit(&conns[MAX_CONNECTIONS].0)
            .expect("room made");
        assert!(
            !registry.waiting(ids[0], true),
            "the longest-waiting one was closed"
        );
        let mut client = &conns[0].1;
        client
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        assert_eq!(
            client.read(&mut [0u8; 8]).unwrap(),
            0,
            "its client sees the end"
        );
        assert!(
            registry.waiting(ids[1], true),
            "the other waiting one stays"
        );
        // Now every connection is busy: a newcomer is refused, nobody is closed.
        assert!(registry.waiting(ids[1], false));
        assert!(registry.waiting(newcomer, false));
        assert!(registry.admit(&conns[MAX_CONNECTIONS + 1].0).is_none());
        assert_eq!(registry.lock().conns.len(), MAX_CONNECTIONS);
    }
}
