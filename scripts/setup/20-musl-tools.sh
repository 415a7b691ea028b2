# musl-tools (musl-gcc): the release build's musl C toolchain test compiles the musl-cc fixture's C
# file with it. (The Rust musl standard library cannot be installed here, so the full musl build
# is not run; the test covers the compiler and the environment cargo is given.)
if ! command -v musl-gcc >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends musl-tools >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends musl-tools >/dev/null 2>&1; } || true
  elif command -v sudo >/dev/null; then
    sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends musl-tools >/dev/null 2>&1 || true
  fi
fi
command -v musl-gcc >/dev/null && echo "musl-gcc: $(command -v musl-gcc)" || echo "musl-tools is not installed: the musl C compiler test will skip."
