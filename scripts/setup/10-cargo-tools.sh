# cargo-audit and cargo-tarpaulin at the versions the action pins (the defaults in src/inputs/specs.ts),
# built once with `cargo install --locked` and reused when ~/.cargo/bin already has them.
# The coverage, audit and installer tests run these real tools.
rp_pinned_version() {
  sed -n "s/.*name: '$1-version', default: '\([^']*\)'.*/\1/p" src/inputs/specs.ts
}

rp_install_cargo_tool() {
  local tool="$1" sub="$2" version have
  version="$(rp_pinned_version "$tool")"
  if [ -z "$version" ]; then
    echo "no pinned version for $tool in src/inputs/specs.ts" >&2
    return 1
  fi
  have="$("$tool" "$sub" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n1 || true)"
  if [ "$have" = "$version" ]; then
    echo "$tool $version: already installed"
    return 0
  fi
  echo "$tool: installing $version (found: ${have:-none}); this builds from source and takes a few minutes"
  cargo install --locked --version "$version" "$tool"
}

rp_install_cargo_tool cargo-audit audit
rp_install_cargo_tool cargo-tarpaulin tarpaulin
unset -f rp_pinned_version rp_install_cargo_tool
