// What a valid value looks like, for the inputs whose checks share a shape.

/** A runner label, e.g. ubuntu-latest. */
export const RUNNER_LABEL = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** rustup's channels, and the names resolved before a run: msrv (Cargo.toml's rust-version), stable-N. */
export const TOOLCHAIN =
  /^(msrv|stable-\d{1,3}|(stable|beta|nightly|\d+\.\d+(\.\d+)?)(-\d{4}-\d{2}-\d{2})?(-[a-z0-9_]+(-[a-z0-9_]+){1,3})?)$/;
export const TRIPLE = /^[a-z0-9_]+(-[a-z0-9_.]+){1,3}$/;
export const IMAGE = /^[a-z0-9]+([._-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*$/;
export const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const KEY_VALUE = /^[A-Za-z_][A-Za-z0-9_.-]*=/;
export const VERSION = /^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/;
