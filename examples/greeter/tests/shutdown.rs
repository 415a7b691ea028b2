//! The built service, run for real: /health answers JSON, and SIGTERM lets the request in flight
//! finish before the process exits 0.
#![cfg(unix)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

fn start() -> (Child, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_greeter"))
        .arg(&addr)
        .stderr(Stdio::piped())
        .spawn()
        .expect("start greeter");
    let mut line = String::new();
    BufReader::new(child.stderr.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.contains("listening on"), "{line}");
    (child, addr)
}

fn sigterm(child: &Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

fn wait(child: &mut Child, within: Duration) -> std::process::ExitStatus {
    let t0 = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(t0.elapsed() < within, "still running after {within:?}");
        sleep(Duration::from_millis(20));
    }
}

#[test]
fn health_is_json_with_status_version_and_uptime() {
    let (mut child, addr) = start();
    let mut stream = TcpStream::connect(&addr).unwrap();
    stream.write_all(b"GET /health HTTP/1.1\r\n\r\n").unwrap();
    let mut res = String::new();
    stream.read_to_string(&mut res).unwrap();
    assert!(res.starts_with("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"));
    let version = env!("CARGO_PKG_VERSION");
    assert!(res.contains(&format!(
        r#"{{"status":"ok","version":"{version}","uptime":"#
    )));
    sigterm(&child);
    assert!(wait(&mut child, Duration::from_secs(5)).success());
}

#[test]
fn sigterm_finishes_the_request_in_flight_then_exits_0() {
    let (mut child, addr) = start();
    // A request that has begun (connected, half sent) when SIGTERM arrives.
    let mut stream = TcpStream::connect(&addr).unwrap();
    stream.write_all(b"GET /hello/Ada").unwrap();
    sleep(Duration::from_millis(200));
    sigterm(&child);
    sleep(Duration::from_millis(200));
    // No new connections once shutting down…
    let refused = TcpStream::connect_timeout(&addr.parse().unwrap(), Duration::from_millis(500));
    // …but the one in flight is answered.
    stream.write_all(b" HTTP/1.1\r\n\r\n").unwrap();
    let mut res = String::new();
    stream.read_to_string(&mut res).unwrap();
    assert!(res.ends_with("Hello, Ada!\n"), "{res}");
    assert!(
        refused.is_err(),
        "a new connection was accepted after SIGTERM"
    );
    assert!(wait(&mut child, Duration::from_secs(5)).success());
}
