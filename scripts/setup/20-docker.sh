# Docker for the release tests: dockerd (Debian docker.io) and a registry (Debian docker-registry)
# with htpasswd auth on 127.0.0.1. Sourced by scripts/test-all.sh; safe to source again: what is
# installed is not reinstalled, what runs is not restarted.
#
# Exports for the tests:
#   RP_TEST_REGISTRY           host:port of the registry (default 127.0.0.1:5000)
#   RP_TEST_REGISTRY_USER      its user
#   RP_TEST_REGISTRY_PASSWORD  that user's password (random, kept in the service directory)
#   RP_TEST_REGISTRY_DOWN      host:port where nothing listens (the "registry is down" fault)
#
# Settings: RP_SERVICES_DIR (default /tmp/rust-pipeline-services), RP_REGISTRY_PORT (default 5000).

rp_docker_setup() {
  local dir="${RP_SERVICES_DIR:-/tmp/rust-pipeline-services}"
  local port="${RP_REGISTRY_PORT:-5000}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  mkdir -p "$dir"

  # 1. Packages (idempotent: only what is missing is installed).
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  command -v htpasswd >/dev/null || missing+=(apache2-utils)
  command -v curl >/dev/null || missing+=(curl)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi

  # 2. dockerd. vfs works on any filesystem (also inside a container); no iptables or bridge is
  # needed because the tests only talk to 127.0.0.1 and run images with --network none.
  if ! docker info >/dev/null 2>&1; then
    echo "starting dockerd (log: $dir/dockerd.log)"
    $sudo setsid nohup dockerd --storage-driver=vfs --iptables=false --bridge=none \
      --data-root "${RP_DOCKER_DATA_ROOT:-/var/lib/docker}" \
      >"$dir/dockerd.log" 2>&1 </dev/null &
    local i
    for i in $(seq 1 60); do
      docker info >/dev/null 2>&1 && break
      sleep 0.5
    done
    if ! docker info >/dev/null 2>&1; then
      echo "dockerd did not come up; last lines of $dir/dockerd.log:" >&2
      tail -n 20 "$dir/dockerd.log" >&2 || true
      return 1
    fi
  fi
  docker version --format 'docker client {{.Client.Version}}, server {{.Server.Version}}'

  # 3. The registry: its own config, data dir and htpasswd file under $dir/registry.
  local reg="$dir/registry"
  mkdir -p "$reg/data"
  if [ ! -s "$reg/password" ]; then
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$reg/password"
    chmod 600 "$reg/password"
  fi
  local user="rp-ci"
  local password
  password="$(cat "$reg/password")"
  htpasswd -Bbc "$reg/htpasswd" "$user" "$password" >/dev/null 2>&1
  cat >"$reg/config.yml" <<EOF
version: 0.1
log:
  level: warn
  fields:
    service: registry
storage:
  filesystem:
    rootdirectory: $reg/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
  headers:
    X-Content-Type-Options: [nosniff]
auth:
  htpasswd:
    realm: rust-pipeline-test
    path: $reg/htpasswd
EOF
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v2/" || true)"
  if [ "$status" != "401" ]; then
    if [ "$status" != "000" ]; then
      echo "127.0.0.1:$port answers with HTTP $status, not a registry asking for credentials; set RP_REGISTRY_PORT to a free port." >&2
      return 1
    fi
    echo "starting docker-registry on 127.0.0.1:$port (log: $reg/registry.log)"
    setsid nohup docker-registry serve "$reg/config.yml" >"$reg/registry.log" 2>&1 </dev/null &
    echo $! >"$reg/pid"
    local i
    for i in $(seq 1 40); do
      status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v2/" || true)"
      [ "$status" = "401" ] && break
      sleep 0.25
    done
    if [ "$status" != "401" ]; then
      echo "docker-registry did not come up; last lines of $reg/registry.log:" >&2
      tail -n 20 "$reg/registry.log" >&2 || true
      return 1
    fi
  fi
  # The registry re-reads nothing on its own: check that the stored credentials are accepted.
  status="$(curl -s -o /dev/null -w '%{http_code}' -u "$user:$password" "http://127.0.0.1:$port/v2/" || true)"
  if [ "$status" != "200" ]; then
    echo "the registry on 127.0.0.1:$port rejects the test credentials (HTTP $status); stop it and source this script again." >&2
    return 1
  fi
  echo "registry 127.0.0.1:$port ready (user $user)"

  export RP_TEST_REGISTRY="127.0.0.1:$port"
  export RP_TEST_REGISTRY_USER="$user"
  export RP_TEST_REGISTRY_PASSWORD="$password"
  # A port on loopback where nothing listens, for the registry-down fault.
  export RP_TEST_REGISTRY_DOWN="127.0.0.1:${RP_REGISTRY_DOWN_PORT:-5999}"
}

rp_docker_setup
