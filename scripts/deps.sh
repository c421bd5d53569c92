#!/usr/bin/env bash
# Installs what Packline needs to build, test and benchmark on Debian 12.
# Idempotent and quiet when everything is already there.
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev qt6-charts-dev libgl-dev
  qt6-translations-l10n  # Qt's own strings (standard buttons, dialogs) in 简体中文
  libqt6opengl6-dev  # Qt6ChartsConfig needs Qt6OpenGL; Debian's qt6-charts-dev does not pull it in
  qt6-multimedia-dev  # QSoundEffect: the pack station's sounds (WAVs in resources/sounds)
  # barcodes: encode with zint, decode with zbar (the print self-check links libzbar0; tests)
  libzint-dev libzbar0 libzbar-dev zbar-tools poppler-utils
  # fonts for CJK labels and UI, an X server for screenshots
  fonts-noto-cjk xvfb xauth
  # real printers: libcups for the CUPS sink, cupsd for the tests' own print server
  libcups2-dev cups
  # PostgreSQL, the shared database of stations on several computers: Qt's driver, libpq (COPY),
  # and the server itself (scripts/pg-cluster.sh starts a throwaway one for the tests)
  libqt6sql6-psql libpq-dev postgresql
  # reference tools for benchmarks
  sqlite3
  # compiler cache: rebuilds on the same machine (CI, developers) reuse earlier objects
  ccache
  # the style check (tests: sources_are_formatted) and scripts/format.sh
  clang-format
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
