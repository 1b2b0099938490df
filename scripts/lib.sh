# Helpers shared by test.sh and bench.sh: installing what a fresh machine lacks, and a private
# PostgreSQL cluster on loopback for tests and benchmarks.

# Runs a command as root (directly, or through sudo when we are not root).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "[setup] need root to run: $*" >&2; return 1; fi
}

# ensure_apt_packages PKG... : installs the Debian packages that are not installed yet.
ensure_apt_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "[setup] installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
    as_root apt-get update >/dev/null 2>&1
    as_root apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
  }
}

PG_BIN=""
PG_DIR=""
# start_private_postgres DIR : a throw-away cluster on 127.0.0.1 at a free port; exports
# OUTLOOKNETWORKING_TEST_POSTGRES (an Npgsql connection string for the superuser).
start_private_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PG_BIN" ] || { echo "[setup] PostgreSQL binaries not found" >&2; return 1; }
  PG_DIR=$(mktemp -d /tmp/on-pg.XXXXXX)
  local port
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  local run=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; run=(su postgres -s /bin/sh -c); else run=(sh -c); fi
  "${run[@]}" "$PG_BIN/initdb -D $PG_DIR/data -U postgres -A trust -E UTF8 --no-sync" >"$1.initdb.log" 2>&1 || {
    echo "[setup] initdb failed (see $1.initdb.log)" >&2; return 1; }
  "${run[@]}" "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -o \"-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c max_connections=300\" -w start" >/dev/null 2>&1 || {
    echo "[setup] pg_ctl start failed" >&2; cat "$PG_DIR/log" >&2; return 1; }
  export OUTLOOKNETWORKING_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "[setup] PostgreSQL on 127.0.0.1:$port" >&2
}

stop_private_postgres() {
  [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ] || return 0
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast -w stop" >/dev/null 2>&1
  else "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1; fi
  rm -rf "$PG_DIR"
}
