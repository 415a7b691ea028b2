//! A tiny greeting service: parses HTTP/1.1 requests and answers them.
//!
//! ```
//! use std::time::Duration;
//! let response = greeter::handle("GET /hello/Ferris HTTP/1.1\r\n\r\n", Duration::ZERO);
//! assert!(response.starts_with("HTTP/1.1 200 OK"));
//! assert!(response.ends_with("Hello, Ferris!\n"));
//! ```

use std::fmt;
use std::time::Duration;

pub mod shutdown;

/// A parsed request line.
#[derive(Debug, PartialEq, Eq)]
pub struct Request<'a> {
    pub method: &'a str,
    pub path: &'a str,
}

/// Why a request could not be parsed.
#[derive(Debug, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    Malformed,
    UnsupportedVersion,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "empty request"),
            ParseError::Malformed => write!(f, "malformed request line"),
            ParseError::UnsupportedVersion => write!(f, "only HTTP/1.0 and HTTP/1.1 are supported"),
        }
    }
}

/// Parses the request line of an HTTP request.
///
/// ```
/// use greeter::{parse_request, Request};
/// assert_eq!(
///     parse_request("GET /health HTTP/1.1\r\n"),
///     Ok(Request { method: "GET", path: "/health" })
/// );
/// ```
pub fn parse_request(raw: &str) -> Result<Request<'_>, ParseError> {
    let line = raw.lines().next().ok_or(ParseError::Empty)?;
    if line.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(path), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ParseError::Malformed);
    };
    if version != "HTTP/1.1" && version != "HTTP/1.0" {
        return Err(ParseError::UnsupportedVersion);
    }
    Ok(Request { method, path })
}

/// The greeting for a name; names are trimmed and an empty name greets the world.
pub fn greeting(name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        "Hello, world!".to_string()
    } else {
        format!("Hello, {name}!")
    }
}

/// The readiness document of `GET /health`: status, version and uptime in whole seconds.
///
/// ```
/// use std::time::Duration;
/// assert_eq!(
///     greeter::health(Duration::from_millis(42_500)),
///     format!(r#"{{"status":"ok","version":"{}","uptime":42}}"#, env!("CARGO_PKG_VERSION"))
/// );
/// ```
pub fn health(uptime: Duration) -> String {
    format!(
        r#"{{"status":"ok","version":"{}","uptime":{}}}"#,
        env!("CARGO_PKG_VERSION"),
        uptime.as_secs()
    )
}

fn response(status: &str, body: &str) -> String {
    response_typed(status, "text/plain; charset=utf-8", body)
}

fn response_typed(status: &str, content_type: &str, body: &str) -> String {
    format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

/// Answers one raw HTTP request; `uptime` is how long the service has been running.
pub fn handle(raw: &str, uptime: Duration) -> String {
    match parse_request(raw) {
        Ok(Request {
            method: "GET",
            path,
        }) => match path {
            "/health" => response_typed(
                "200 OK",
                "application/json",
                &format!("{}\n", health(uptime)),
            ),
            "/version" => response("200 OK", &format!("{}\n", env!("CARGO_PKG_VERSION"))),
            _ => match path.strip_prefix("/hello/") {
                Some(name) => response("200 OK", &format!("{}\n", greeting(name))),
                None if path == "/hello" => response("200 OK", &format!("{}\n", greeting(""))),
                None => response("404 Not Found", "not found\n"),
            },
        },
        Ok(_) => response("405 Method Not Allowed", "method not allowed\n"),
        Err(e) => response("400 Bad Request", &format!("{e}\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greets_by_name() {
        assert_eq!(greeting("Ferris"), "Hello, Ferris!");
        assert_eq!(greeting("  "), "Hello, world!");
    }

    #[test]
    fn parses_request_lines() {
        assert_eq!(parse_request(""), Err(ParseError::Empty));
        assert_eq!(parse_request("GET /\r\n"), Err(ParseError::Malformed));
        assert_eq!(
            parse_request("GET / HTTP/2\r\n"),
            Err(ParseError::UnsupportedVersion)
        );
    }

    #[test]
    fn answers_health_and_unknown_paths() {
        let up = Duration::from_secs(7);
        let health = handle("GET /health HTTP/1.1\r\n\r\n", up);
        assert!(health.starts_with("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"));
        assert!(health.ends_with("\"uptime\":7}\n"));
        assert!(handle("GET /nope HTTP/1.1\r\n\r\n", up).starts_with("HTTP/1.1 404"));
        assert!(handle("POST /health HTTP/1.1\r\n\r\n", up).starts_with("HTTP/1.1 405"));
    }
}
