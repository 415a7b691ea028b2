# Rust: the tests use the machine's stable toolchain with rustfmt and clippy.
if ! command -v cargo >/dev/null; then
  echo "cargo is not installed: install Rust (rustup) first." >&2
  exit 1
fi
for c in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$c"; then
    rustup component add "$c"
  fi
done
cargo --version
