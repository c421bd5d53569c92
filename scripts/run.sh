#!/usr/bin/env bash
# Install what is missing, build (Release), and start Packline on the default database.
# A database with no orders gets demo data first, so a newcomer sees a working warehouse.
#   scripts/run.sh --postgres [ARGS…]   the same on a local PostgreSQL server of its own (the
#                                       multi-station mode): started if it is not running, its
#                                       database "packline" made once; more stations: run it again.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PACKLINE_RELEASE_DIR:-$root/build-release}"

postgres=""
if [ "${1:-}" = "--postgres" ]; then
  shift
  postgres="${PACKLINE_PG_DIR:-/tmp/packline-pg-$(id -u)}"
fi

bash "$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target packline

packline="$build/src/app/packline"
if [ -n "$postgres" ]; then
  mkdir -p "$postgres" && chmod 0711 "$postgres"
  if [ -f "$postgres/pg/data/postmaster.pid" ] && [ -S "$postgres/pg/.s.PGSQL.5432" ]; then
    admin="postgresql://postgres@/postgres?host=$postgres/pg&port=5432"
  else
    admin="$("$root/scripts/pg-cluster.sh" start "$postgres/pg")"
  fi
  psql="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql"
  [ -x "$psql" ] || psql=psql
  if [ "$("$psql" "$admin" -Atc "SELECT 1 FROM pg_database WHERE datname = 'packline'")" != "1" ]; then
    "$psql" "$admin" -qc "CREATE DATABASE packline TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
  fi
  export PACKLINE_DB="postgresql://postgres@/packline?host=$postgres/pg&port=5432"
  echo "PostgreSQL: $PACKLINE_DB (stop it with scripts/pg-cluster.sh stop $postgres/pg)"
fi
# status refuses a database that is not there yet (exit 1): then it is empty, and demo creates it.
orders="$("$packline" status --json "$@" 2>/dev/null | sed -n 's/^ *"orders": \([0-9]*\),*$/\1/p' || true)"
if [ "${orders:-0}" = "0" ]; then
  echo "Empty database: adding demo data (5,000 orders)…"
  "$packline" demo --orders 5000 "$@"
fi
exec "$packline" "$@"
