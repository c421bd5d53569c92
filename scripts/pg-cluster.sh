#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and demos, on a unix socket only (no TCP).
#   scripts/pg-cluster.sh start DIR   creates DIR/data if missing, starts the server, prints a libpq URI
#   scripts/pg-cluster.sh stop DIR    stops it (fast); DIR stays, remove it yourself
#   scripts/pg-cluster.sh kill DIR    stops it as a crash would (immediate: no checkpoint, clients cut off)
# PostgreSQL refuses to run as root, so under root the cluster belongs to an unprivileged user
# (PACKLINE_PG_USER, default nobody). The socket lives in DIR; the port only names the socket file.
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop|kill DIR" >&2
  exit 2
fi

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ ! -x "$bin/pg_ctl" ]; then
  echo "pg-cluster: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "${PACKLINE_PG_USER:-nobody}" -- "$@"
  else
    "$@"
  fi
}

mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
data="$dir/data"
log="$dir/server.log"
port="${PACKLINE_PG_PORT:-5432}"
owner="$(id -un)"
[ "$(id -u)" -eq 0 ] && owner="${PACKLINE_PG_USER:-nobody}"

case "$cmd" in
start)
  if [ "$(id -u)" -eq 0 ]; then
    chown "$owner" "$dir"
    chmod 0700 "$dir"
    if ! as_owner test -w "$dir"; then
      echo "pg-cluster: $owner cannot reach $dir (a parent folder is closed to it: chmod o+x it)" >&2
      exit 1
    fi
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    # C collation: text sorts by code point, as SQLite's default BINARY collation does.
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C \
      --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  # listen_addresses='' : no TCP at all; fsync off: a test cluster, rebuilt every run.
  # PACKLINE_PG_CRASH_SAFE=1: a commit is on disk before the client hears of it, so a server
  # killed (kill) and started again keeps every commit (the machine itself never crashes here).
  sync=off
  [ "${PACKLINE_PG_CRASH_SAFE:-}" = 1 ] && sync=on
  as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -p $port -c fsync=off \
        -c synchronous_commit=$sync -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$log" >&2; exit 1; }
  echo "postgresql://postgres@/postgres?host=$dir&port=$port"
  ;;
stop)
  [ -f "$data/postmaster.pid" ] || exit 0
  as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  ;;
kill)
  [ -f "$data/postmaster.pid" ] || exit 0
  as_owner "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null
  ;;
*)
  echo "usage: $0 start|stop|kill DIR" >&2
  exit 2
  ;;
esac
