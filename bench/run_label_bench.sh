#!/bin/sh
# 2,000 labels: Packline vs glabels-3-batch in one run. glabels is installed here only (not in deps.sh).
set -e
if ! command -v glabels-3-batch >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y glabels
fi
build=${BUILD_DIR:-build}
ninja -C "$build" bench_labels
exec "$build/bench/bench_labels" "$@"
