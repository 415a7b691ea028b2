//! `greeter [--version] [ADDR]`: serves greetings over HTTP (default address 127.0.0.1:8080).

use std::io::{Read, Write};
use std::net::TcpListener;

fn main() -> std::io::Result<()> {
    let arg = std::env::args().nth(1);
    if arg.as_deref() == Some("--version") {
        println!("greeter {}", env!("CARGO_PKG_VERSION"));
        return Ok(());
    }
    let addr = arg.unwrap_or_else(|| "127.0.0.1:8080".to_string());
    let listener = TcpListener::bind(&addr)?;
    eprintln!("greeter listening on {addr}");
    for stream in listener.incoming() {
        let mut stream = stream?;
        let mut buf = [0u8; 4096];
        let n = stream.read(&mut buf)?;
        let request = String::from_utf8_lossy(&buf[..n]);
        stream.write_all(greeter::handle(&request).as_bytes())?;
    }
    Ok(())
}
