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
(cd "$base/workspace/rust" && cargo locate-project --workspace --message-format plain) >"$out/locate-project.txt"
(cd "$base/fmt workspace" && cargo fmt --all -- --check --color never || true) >"$out/rustfmt-check.txt"
(cd "$base/fmt workspace" && cargo fmt --all -- --check --color always || true) >"$out/rustfmt-check-ansi.txt"
(cd "$base/workspace/rust" && cargo test --workspace --no-fail-fast --color never 2>/dev/null || true) >"$out/libtest-workspace.txt"
(cd "$base/test failures" && cargo test --no-fail-fast --color never -- --color never 2>/dev/null || true) >"$out/libtest-package.txt"
(cd "$base/test failures" && cargo test --no-fail-fast --color always -- --color always 2>/dev/null || true) >"$out/libtest-package-ansi.txt"
(cd "$base/test failures" && RUST_BACKTRACE=1 cargo test --no-fail-fast -q 2>/dev/null || true) >"$out/libtest-package-quiet-backtrace.txt"
(cd "$base/failing-test" && cargo test --no-fail-fast 2>/dev/null || true) >"$out/libtest-failing-test.txt"
rustup toolchain list >"$out/rustup-toolchain-list.txt"
# Replace the temporary directory (it changes on every run) with a stable one that keeps the space.
for f in "$out"/*; do sed -i "s#$(dirname "$base")#/tmp/rp-capture#g" "$f"; done
rm -rf "$(dirname "$base")"
echo "captured into $out"
