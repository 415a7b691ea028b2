# Cross-compilation for the release tests (__tests__/integration/release-targets.test.ts): the Rust
# standard libraries of the targets they build, the C cross toolchains of the foreign ones, and
# qemu-user-static to run the aarch64 binaries. Idempotent; sourced by scripts/test-all.sh, which
# sets $SUDO when not root.
cross_targets="x86_64-unknown-linux-musl aarch64-unknown-linux-gnu aarch64-unknown-linux-musl x86_64-pc-windows-gnu"
cross_packages="gcc-aarch64-linux-gnu libc6-dev-arm64-cross gcc-mingw-w64-x86-64 musl-tools qemu-user-static"

# shellcheck disable=SC2086 # word splitting of the lists is intended
rustup target add --toolchain stable $cross_targets ||
  echo "warning: rustup could not add some of: $cross_targets (the release target tests will fail)" >&2

cross_missing=""
for pkg in $cross_packages; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || cross_missing="$cross_missing $pkg"
done
if [ -n "$cross_missing" ]; then
  echo "installing:$cross_missing"
  # Other setups may be installing packages at the same time: wait for the dpkg lock.
  # shellcheck disable=SC2086
  ${SUDO:-} env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends $cross_missing >/dev/null ||
    { ${SUDO:-} apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null &&
      ${SUDO:-} env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends $cross_missing >/dev/null; } ||
    echo "warning: could not install$cross_missing (the release target tests will fail)" >&2
fi
for tool in aarch64-linux-gnu-gcc x86_64-w64-mingw32-gcc musl-gcc qemu-aarch64-static; do
  command -v "$tool" >/dev/null && echo "$tool: $(command -v "$tool")" || echo "warning: $tool is missing" >&2
done
unset cross_targets cross_packages cross_missing pkg tool
