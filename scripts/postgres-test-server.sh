#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, on 127.0.0.1 only.
#
#   scripts/postgres-test-server.sh start [DIR]   # prints the DSN (last line of stdout)
#   scripts/postgres-test-server.sh stop  [DIR]   # stops the server and deletes DIR
#
# Idempotent: installs Debian's `postgresql` only if no initdb/pg_ctl is found, initialises
# a cluster in DIR (default /tmp/newsgraph-pg) only if there is none, starts it only if it
# is not running, and always prints the DSN of the running server. As root, the cluster is
# owned by the `postgres` user (created if missing). Authentication is `trust`: local
# tests only, never a shared machine's server.
set -euo pipefail

action=${1:-start}
dir=${2:-${NEWSGRAPH_PG_DIR:-/tmp/newsgraph-pg}}
db=newsgraph_test
log() { echo "postgres-test-server: $*" >&2; }

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x $d/initdb && -x $d/pg_ctl ]]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(command -v pg_ctl)"; return 0
  fi
  return 1
}

as_owner() {
  if [[ $(id -u) == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [[ $action == stop ]]; then
  if bin=$(find_bin) && [[ -f $dir/data/PG_VERSION ]]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf -- "$dir"
  exit 0
fi
[[ $action == start ]] || { log "usage: $0 start|stop [DIR]"; exit 2; }

if ! bin=$(find_bin); then
  [[ $(id -u) == 0 ]] || { log "no PostgreSQL and not root: cannot apt-get install"; exit 1; }
  log "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  bin=$(find_bin) || { log "postgresql installed but no initdb found"; exit 1; }
fi

if [[ $(id -u) == 0 ]] && ! id postgres >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin postgres
fi

mkdir -p "$dir"
chmod 755 "$dir"
[[ $(id -u) == 0 ]] && chown postgres: "$dir"

if [[ ! -f $dir/data/PG_VERSION ]]; then
  rm -rf -- "$dir/data"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
fi

if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  echo "$port" >"$dir/port"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
fi
port=$(cat "$dir/port")

if ! as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"
  # trigram search indexes, as a team's database owner would add them (README); the
  # extension ships with Debian's postgresql package
  as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d "$db" -qc \
    "CREATE EXTENSION IF NOT EXISTS pg_trgm" >/dev/null || log "no pg_trgm: search will scan"
fi
echo "postgresql://postgres@127.0.0.1:$port/$db"
