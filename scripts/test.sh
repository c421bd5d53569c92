#!/usr/bin/env bash
# Install what is missing, configure, build, and run every test offscreen.
# Works from any directory; reuses build/ between runs. Exit status is ctest's.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PACKLINE_BUILD_DIR:-$root/build}"

bash "$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
# Tests never touch the user's settings or database.
export XDG_CONFIG_HOME="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)"
# PostgreSQL: the tests labelled pg open their databases on a server named by PACKLINE_TEST_PG (a
# libpq URI) and skip without one. Unset: a throwaway server of our own (unix socket in a temp
# folder, stopped at exit); a URI: that server; "off": none, the pg tests skip.
case "${PACKLINE_TEST_PG:-}" in
off) unset PACKLINE_TEST_PG ;;
"")
  pgroot="$(mktemp -d)"
  chmod 0711 "$pgroot" # the server runs as an unprivileged user when we are root
  trap '"$root/scripts/pg-cluster.sh" stop "$pgroot/pg" || true; rm -rf "$pgroot"' EXIT
  PACKLINE_TEST_PG="$("$root/scripts/pg-cluster.sh" start "$pgroot/pg")"
  export PACKLINE_TEST_PG
  ;;
esac
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" "$@"
