# Toolchains the test-matrix tests use besides stable: 1.95.0 (a pinned release).
if ! rustup toolchain list | grep -q '^1\.95\.0-'; then
  rustup toolchain install --profile minimal --no-self-update 1.95.0 ||
    echo "warning: toolchain 1.95.0 could not be installed: the two-toolchain matrix tests will fail." >&2
fi
rustup toolchain list
