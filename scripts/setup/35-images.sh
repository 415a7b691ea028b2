# The image tests (smoke test, one image per architecture): static std-only fixtures built for
# x86_64 and aarch64 musl. The aarch64 one links with rust-lld (shipped with the toolchain), so no
# cross C toolchain is needed; nothing is fetched from crates.io. dockerd and the registry come
# from 20-docker.sh.
for t in x86_64-unknown-linux-musl aarch64-unknown-linux-musl; do
  if ! rustup target list --installed 2>/dev/null | grep -qx "$t"; then
    rustup target add "$t" || echo "rustup could not add $t: the image tests that need it fail under CI=true."
  fi
done
rustup target list --installed 2>/dev/null | grep -E 'linux-musl$' | tr '\n' ' '
echo
