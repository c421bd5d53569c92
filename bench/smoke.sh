#!/usr/bin/env bash
# The benchmarks at a tiny size, so that they cannot rot (ctest bench_smoke and bench_smoke_pg):
# each must run to its end; the figures mean nothing at this size and under a test run's load.
#   bench/smoke.sh BUILD_DIR            on SQLite files
#   bench/smoke.sh BUILD_DIR pg         on a fresh database of the server PACKLINE_TEST_PG names
#                                       (exit 77, skipped, without one)
set -euo pipefail
build="$1"
engine="${2:-sqlite}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

import_args=()
if [ "$engine" = pg ]; then
  case "${PACKLINE_TEST_PG:-}" in "" | off) echo "no PostgreSQL server (PACKLINE_TEST_PG)"; exit 77 ;; esac
  name="packline_bench_smoke_$$"
  psql -X -q -v ON_ERROR_STOP=1 "$PACKLINE_TEST_PG" \
    -c "CREATE DATABASE $name TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
  trap 'psql -X -q "$PACKLINE_TEST_PG" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"; rm -rf "$work"' EXIT
  # The same server and options, another database: postgresql://USER@HOST/DB?… → …/NAME?…
  db="$(printf '%s' "$PACKLINE_TEST_PG" | sed -E "s|^(postgres(ql)?://[^/?]*)/?[^?]*|\1/$name|")"
  import_args=(--db "$PACKLINE_TEST_PG")
else
  db="$work/demo.db"
fi

"$build/bench/bench_import" --orders 300 --utf8 --dir "$work" "${import_args[@]}"
"$build/src/app/packline" demo --orders 300 --db "$db" >/dev/null
"$build/bench/review_bench" --db "$db" --rules-db "$db"
# Three stations at once; exit 1 is a p99 over the target, which a loaded test machine may see.
rc=0
"$build/bench/bench_scan_latency" --db "$db" --scans 40 --stations 3 | tee "$work/scan.txt" || rc=$?
[ "$rc" -le 1 ] && grep -q '^3 stations scanning at once' "$work/scan.txt"
