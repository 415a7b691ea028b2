use greeter::handle;
use std::time::Duration;

#[test]
fn hello_route_greets_the_name_in_the_path() {
    let res = handle("GET /hello/Ada HTTP/1.1\r\nHost: x\r\n\r\n", Duration::ZERO);
    assert!(res.starts_with("HTTP/1.1 200 OK\r\n"));
    assert!(res.contains("Content-Length: 12\r\n"));
    assert!(res.ends_with("Hello, Ada!\n"));
}

#[test]
fn version_route_reports_the_crate_version() {
    let res = handle("GET /version HTTP/1.0\r\n\r\n", Duration::ZERO);
    assert!(res.ends_with(&format!("{}\n", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn bad_requests_get_400() {
    assert!(handle("nonsense\r\n\r\n", Duration::ZERO).starts_with("HTTP/1.1 400"));
}
