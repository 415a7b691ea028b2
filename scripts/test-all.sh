#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what the tests need (idempotently),
# starts the local services they use, checks dist/ against a fresh bundle (its own step), runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

# Setup scripts prefix root-only commands (apt-get, dockerd) with $SUDO.
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
export SUDO

log "npm dependencies"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Each scripts/setup/*.sh installs or starts one thing the tests need (idempotently) and may
# export variables for them; they run in name order in this shell.
for setup in scripts/setup/*.sh; do
  [ -e "$setup" ] || continue
  log "setup: $(basename "$setup")"
  # shellcheck source=/dev/null
  source "$setup"
done

# RP_TESTS_ONLY=true (CI's tests job, after its check-dist job did these): skip the static checks and the dist check.
if [ "${RP_TESTS_ONLY:-}" != true ]; then
  log "action.yml matches src/inputs/specs.ts and src/action-outputs.ts"
  node scripts/gen-action.mjs --check

  log "type check"
  npx tsc --noEmit -p .

  log "format, lint and the one-way import rule"
  npx prettier --check . >/dev/null || { npx prettier --list-different .; echo "prettier: the files above need npm run format" >&2; exit 1; }
  npx eslint .
  npx depcruise src --config .dependency-cruiser.cjs

  log "dist/ matches a fresh bundle of src/"
  npx vitest run __tests__/bundle
fi

log "tests: unit, then integration (the action's steps on Node 24: RP_NODE24=${RP_NODE24:-unset}; the CLI smoke runs on $(node --version))"
results="$(mktemp)"
set +e
npx vitest run __tests__/unit __tests__/integration --reporter=default --reporter=json --outputFile.json="$results"
status=$?
set -e

# The unit tests again on the runners' node (the sources the action is bundled from, run on Node 24).
results24=""
if [ -n "${RP_NODE24:-}" ]; then
  log "unit tests on $("$RP_NODE24" --version) (the node the action runs on)"
  results24="$(mktemp)"
  set +e
  "$RP_NODE24" node_modules/vitest/vitest.mjs run --project unit --reporter=dot --reporter=json --outputFile.json="$results24"
  status24=$?
  set -e
  [ "$status" != 0 ] || status=$status24
fi

# One closing line any CI log reader understands.
node -e '
  const fs = require("fs");
  const runs = process.argv.slice(1).filter(Boolean).map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
  const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
  console.log(`tests: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests") + sum("numTodoTests")} skipped`);
' "$results" "$results24" || true
exit "$status"
