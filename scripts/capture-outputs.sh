#!/usr/bin/env bash
# Regenerates __tests__/unit/captured/: real output of cargo fmt, clippy and test on the fixture
# crates, copied to a directory whose path has spaces. The parser table tests read these files.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/__tests__/unit/captured"
base="$(mktemp -d)/with space"
mkdir -p "$base" "$out"
cp -r __tests__/fixtures/workspace "$base/workspace"
cp -r __tests__/fixtures/fmt-workspace "$base/fmt workspace"
cp -r __tests__/fixtures/test-failures "$base/test failures"
cp -r __tests__/fixtures/failing-test "$base/failing-test"
export RUST_BACKTRACE=0
{ echo "# cwd: $base/workspace/rust"; } >/dev/null

(cd "$base/workspace/rust" && cargo clippy --workspace --all-targets --message-format=json -- -D warnings 2>/dev/null || true) >"$out/clippy-workspace.jsonl"
(cd "$base/workspace/rust/crates/alpha" && cargo metadata --format-version 1 --no-deps) >"$out/metadata-workspace.json"
(cd "$base/fmt workspace" && cargo fmt --all -- --check --color never || true) >"$out/rustfmt-check.txt"
(cd "$base/fmt workspace" && cargo fmt --all -- --check --color always || true) >"$out/rustfmt-check-ansi.txt"
(cd "$base/workspace/rust" && cargo test --workspace --no-fail-fast --color never 2>/dev/null || true) >"$out/libtest-workspace.txt"
(cd "$base/test failures" && cargo test --no-fail-fast --color never -- --color never 2>/dev/null || true) >"$out/libtest-package.txt"
(cd "$base/test failures" && cargo test --no-fail-fast --color always -- --color always 2>/dev/null || true) >"$out/libtest-package-ansi.txt"
(cd "$base/test failures" && RUST_BACKTRACE=1 cargo test --no-fail-fast -q 2>/dev/null || true) >"$out/libtest-package-quiet-backtrace.txt"
(cd "$base/failing-test" && cargo test --no-fail-fast 2>/dev/null || true) >"$out/libtest-failing-test.txt"
rustup toolchain list >"$out/rustup-toolchain-list.txt"
# A build error as cargo test prints it (stderr), from a throw-away crate.
mkdir -p "$base/broken crate/src"
printf '[package]\nname = "broken"\nversion = "0.1.0"\nedition = "2021"\n' >"$base/broken crate/Cargo.toml"
printf 'pub fn f() -> u32 {\n    let x: u32 = "one";\n    x + missing\n}\n' >"$base/broken crate/src/lib.rs"
(cd "$base/broken crate" && cargo test --color never 2>&1 >/dev/null || true) | grep -v -E '^\s+(Compiling|Finished|Running|Locking|Adding)' >"$out/cargo-test-build-error.txt"
# rustup failing to install a toolchain (its distribution server is a closed local port).
(RUST_BACKTRACE=1 RUSTUP_DIST_SERVER=http://127.0.0.1:9 rustup toolchain install --profile minimal --no-self-update 1.60.0 2>&1 || true) | head -30 >"$out/rustup-install-failed.txt"
# Replace the temporary directory (it changes on every run) with a stable one that keeps the space.
for f in "$out"/*; do sed -i "s#$(dirname "$base")#/tmp/rp-capture#g" "$f"; done
rm -rf "$(dirname "$base")"
echo "captured into $out"
