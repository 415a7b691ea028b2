# cargo-deny and cargo-auditable at the versions the action pins (the defaults in src/inputs/specs.ts),
# built once with `cargo install --locked` and reused when cargo's install list already has them
# (cargo-auditable cannot report its own version: `cargo auditable --version` is cargo's).
# The deny stage and auditable build tests run these real tools.
rp_supply_pinned() {
  node -e 'const m = new RegExp(`name: .${process.argv[1]}-version.,\\s*default: .([^\x27]+).`).exec(require("fs").readFileSync("src/inputs/specs.ts", "utf8")); console.log(m ? m[1] : "")' "$1"
}

rp_supply_install() {
  local tool="$1" version have
  version="$(rp_supply_pinned "$tool")"
  if [ -z "$version" ]; then
    echo "no pinned version for $tool in src/inputs/specs.ts" >&2
    return 1
  fi
  have="$(cargo install --list 2>/dev/null | sed -n "s/^$tool v\([0-9.]*\):.*/\1/p" | head -n1)"
  if [ "$have" = "$version" ] && command -v "$tool" >/dev/null; then
    echo "$tool $version: already installed"
    return 0
  fi
  echo "$tool: installing $version (found: ${have:-none}); this builds from source and takes a few minutes"
  cargo install --locked --version "$version" "$tool"
}

rp_supply_install cargo-auditable
rp_supply_install cargo-deny
unset -f rp_supply_pinned rp_supply_install
