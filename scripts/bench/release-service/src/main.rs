//! A small but realistic binary for measuring release sizes: reads a JSON route table, matches
//! request paths against it with regexes and prints the result as JSON.

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::io::Read;

#[derive(Deserialize)]
struct Route {
    name: String,
    pattern: String,
}

#[derive(Serialize)]
struct Match<'a> {
    path: &'a str,
    route: Option<&'a str>,
    params: Vec<(String, String)>,
}

const DEFAULT_ROUTES: &str = r#"[
  {"name": "user", "pattern": "^/users/(?P<id>[0-9]+)$"},
  {"name": "repo", "pattern": "^/(?P<owner>[a-z0-9-]+)/(?P<repo>[a-z0-9_.-]+)$"},
  {"name": "health", "pattern": "^/healthz$"}
]"#;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--version") {
        println!("bench-service {}", env!("CARGO_PKG_VERSION"));
        return;
    }
    let mut table = String::new();
    if args.iter().any(|a| a == "--routes-stdin") {
        std::io::stdin().read_to_string(&mut table).expect("read routes");
    } else {
        table.push_str(DEFAULT_ROUTES);
    }
    let routes: Vec<Route> = serde_json::from_str(&table).expect("routes are JSON");
    let compiled: Vec<(String, Regex)> = routes
        .into_iter()
        .map(|r| (r.name, Regex::new(&r.pattern).expect("valid pattern")))
        .collect();
    let paths: Vec<&str> = args.iter().filter(|a| a.starts_with('/')).map(String::as_str).collect();
    let matches: Vec<Match> = paths
        .iter()
        .map(|path| {
            for (name, re) in &compiled {
                if let Some(caps) = re.captures(path) {
                    let params = re
                        .capture_names()
                        .flatten()
                        .filter_map(|n| caps.name(n).map(|m| (n.to_string(), m.as_str().to_string())))
                        .collect();
                    return Match { path, route: Some(name), params };
                }
            }
            Match { path, route: None, params: Vec::new() }
        })
        .collect();
    println!("{}", serde_json::to_string_pretty(&matches).expect("serialize"));
}
