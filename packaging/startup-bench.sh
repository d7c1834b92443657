#!/usr/bin/env bash
# Start-up benchmark: cold starts to the first frame of a bare JavaFX window and of the packaged Wscope
# window (with and without its class-data archive), interleaved; prints medians and the ratio.
# Usage: packaging/startup-bench.sh [RUNS]   (default 5; after mvn -Ppackage -DskipTests package)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/packaging/lib.sh"
work=$(mktemp -d)
trap 'stop_started; rm -rf "$work"' EXIT

image=$root/target/dist/wscope
classes=$root/target/test-classes
[ -x "$image/bin/wscope" ] || { echo "no app-image: run mvn -Ppackage -DskipTests package first" >&2; exit 2; }
[ -f "$classes/dev/wscope/bench/StartupBench.class" ] || { echo "no test classes: run mvn -q -DskipTests package" >&2; exit 2; }

# Xvfb for a comparable, undisturbed screen; an existing DISPLAY is used as it is.
if [ -z "${DISPLAY:-}" ]; then
  start_xvfb "$work"
fi
java -cp "$classes" dev.wscope.bench.StartupBench "$image" "$classes" "$work/home" "${1:-5}"
