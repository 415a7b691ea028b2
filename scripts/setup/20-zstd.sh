# zstd: @actions/cache and the CLI's local cache compress with it (as on GitHub's runners); both
# fall back to gzip without it, so a machine where it cannot be installed still runs the tests.
if ! command -v zstdmt >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q zstd >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q zstd >/dev/null 2>&1; } || true
  elif command -v sudo >/dev/null; then
    sudo -n apt-get install -y -q zstd >/dev/null 2>&1 || true
  fi
fi
command -v zstdmt >/dev/null && zstd --version || echo "zstd is not installed: caches are compressed with gzip."
