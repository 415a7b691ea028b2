# nektos/act: an independent runner that parses action.yml as GitHub's runner does; the act
# integration tests (__tests__/integration/act.test.ts) run the built action with it, in host mode.
# Built from source through the Go module proxy; exports RP_ACT for the tests.
RP_ACT_VERSION=v0.2.89
RP_ACT="$(go env GOPATH 2>/dev/null || echo "$HOME/go")/bin/act"
if [ ! -x "$RP_ACT" ] || ! "$RP_ACT" --version 2>/dev/null | grep -q "version ${RP_ACT_VERSION#v}\$"; then
  if command -v go >/dev/null; then
    go install "github.com/nektos/act@$RP_ACT_VERSION" || echo "act $RP_ACT_VERSION could not be built."
  else
    echo "Go is not installed: act $RP_ACT_VERSION cannot be built."
  fi
fi
if [ -x "$RP_ACT" ]; then
  export RP_ACT
  "$RP_ACT" --version
fi
