#!/usr/bin/env bash
# Install what is missing, build (Release), and start Packline on the default database.
# A database with no orders gets demo data first, so a newcomer sees a working warehouse.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PACKLINE_RELEASE_DIR:-$root/build-release}"

bash "$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target packline

packline="$build/src/app/packline"
# status refuses a database that is not there yet (exit 1): then it is empty, and demo creates it.
orders="$("$packline" status --json "$@" 2>/dev/null | sed -n 's/^ *"orders": \([0-9]*\),*$/\1/p' || true)"
if [ "${orders:-0}" = "0" ]; then
  echo "Empty database: adding demo data (5,000 orders)…"
  "$packline" demo --orders 5000 "$@"
fi
exec "$packline" "$@"
