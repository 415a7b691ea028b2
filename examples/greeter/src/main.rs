//! `greeter [--version] [ADDR]`: serves greetings over HTTP (default address 127.0.0.1:8080).
//! `GET /health` is the readiness probe; SIGTERM or SIGINT stop it gracefully (exit 0).

use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use greeter::shutdown;

/// How often the accept loop looks for a shutdown request while no client connects.
const IDLE_WAIT: Duration = Duration::from_millis(25);

fn main() -> io::Result<()> {
    let arg = std::env::args().nth(1);
    if arg.as_deref() == Some("--version") {
        println!("greeter {}", env!("CARGO_PKG_VERSION"));
        return Ok(());
    }
    let addr = arg.unwrap_or_else(|| "127.0.0.1:8080".to_string());
    shutdown::install();
    let started = Instant::now();
    let listener = TcpListener::bind(&addr)?;
    listener.set_nonblocking(true)?;
    eprintln!("greeter {} listening on {addr}", env!("CARGO_PKG_VERSION"));
    let in_flight = serve(&listener, started)?;
    drop(listener);
    eprintln!(
        "greeter: shutting down, finishing {} request(s)",
        in_flight.len()
    );
    for worker in in_flight {
        let _ = worker.join();
    }
    eprintln!("greeter: stopped");
    Ok(())
}

/// Accepts connections until a shutdown is requested; returns the workers still serving.
fn serve(listener: &TcpListener, started: Instant) -> io::Result<Vec<JoinHandle<()>>> {
    let mut workers: Vec<JoinHandle<()>> = Vec::new();
    while !shutdown::requested() {
        match listener.accept() {
            Ok((stream, _)) => {
                workers.retain(|w| !w.is_finished());
                workers.push(thread::spawn(move || answer(stream, started)));
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => thread::sleep(IDLE_WAIT),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(workers)
}

fn answer(mut stream: TcpStream, started: Instant) {
    // The listener is non-blocking; the connection is served blocking, with a bound on slow clients.
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Ok(head) = read_head(&mut stream) else {
        return;
    };
    let request = String::from_utf8_lossy(&head);
    let _ = stream.write_all(greeter::handle(&request, started.elapsed()).as_bytes());
}

/// Reads the request head: up to the blank line, the end of the stream, or 8 KiB.
fn read_head(stream: &mut TcpStream) -> io::Result<Vec<u8>> {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 8192 {
        let n = stream.read(&mut buf)?;
        if n == 0 {
            break;
        }
        head.extend_from_slice(&buf[..n]);
    }
    Ok(head)
}
