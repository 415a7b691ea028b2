# Toolchains of the toolchain tests (__tests__/integration/toolchains.test.ts): beta for a
# "stable, beta" matrix, 1.85 for the msrv fixture (rust-version = "1.85") and the toolchain-file
# fixture (channel "1.85" with clippy installed: a component with nothing to do). Idempotent.
rustup toolchain install --profile minimal --no-self-update -- beta
rustup toolchain install --profile minimal --no-self-update --component clippy -- 1.85
