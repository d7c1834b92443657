#!/usr/bin/env bash
# Smoke test of the installers (after mvn -Ppackage -DskipTests package):
#   1. the app-image launcher runs the commands with no display: serve + send over ws:// and wss://;
#   2. it opens the window under Xvfb, waits until it is complete; a screenshot goes to target/smoke/;
#   3. as root: the .deb installs with dpkg -i after apt-get installs its dependencies, the installed launcher
#      passes 1 and reaches the first frame with its start-up archive, the menu entry is in place, and
#      `dpkg -r wscope` removes it all again.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/packaging/lib.sh"
work=$(mktemp -d)
installed=no
cleanup() {
  stop_started
  if [ "$installed" = yes ]; then dpkg --purge wscope >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

image=$root/target/dist/wscope
shots=$root/target/smoke
debs=("$root"/target/dist/wscope_*.deb)
[ -x "$image/bin/wscope" ] && [ -f "${debs[0]}" ] \
  || { echo "no app-image or .deb: run mvn -Ppackage -DskipTests package first" >&2; exit 2; }
export WSCOPE_HOME=$work/home   # never the user's own collections
started=$SECONDS

pass() { echo "PASS $*"; }
fail() { echo "FAIL $*" >&2; exit 1; }

# expect TEXT REGEX WHAT
expect() {
  grep -qE "$2" <<<"$1" || { echo "$1" >&2; fail "$3"; }
}

# serve_and_send LAUNCHER [--tls]: a server of the launcher's own, one message there and back.
serve_and_send() {
  local launcher=$1 log=$work/serve.log pid url out tls=()
  [ $# -gt 1 ] && tls=(--tls --cert-out "$work/ca.pem")
  env -u DISPLAY "$launcher" serve --port 0 "${tls[@]}" >"$log" 2>&1 &
  pid=$!
  started_pids+=("$pid")
  wait_for_line "$log" '^listening on wss?://' 60 || { cat "$log" >&2; fail "serve did not listen"; }
  url=$(sed -n 's/^listening on //p' "$log")
  [ $# -gt 1 ] && tls=(--ca "$work/ca.pem")
  out=$(env -u DISPLAY timeout 60 "$launcher" send "$url/echo" "${tls[@]}" -m text:hello --json)
  expect "$out" '"kind":"received".*"text":"hello"' "$launcher send $url/echo: no hello came back"
  expect "$out" '"kind":"closed","code":1000' "$launcher send $url/echo: not closed with 1000"
  stop_pid "$pid"
  pass "$launcher serve/send over $url: received hello, closed 1000"
}

# first_frame LAUNCHER NAME: opens the window, waits until all of it is built and drawn (its first frame
# comes before: see DeferredBuild); leaves it open in $window_pid.
first_frame() {
  local log=$work/$2.log
  JAVA_TOOL_OPTIONS=-Dwscope.reportFirstFrame=true "$1" >"$log" 2>&1 &
  window_pid=$!
  started_pids+=("$window_pid")
  wait_for_line "$log" '^settled-frame [0-9]+' 120 || { cat "$log" >&2; fail "$1: the window was never complete"; }
  pass "$1 window: $(grep -m1 '^first-frame' "$log") ms, $(grep -m1 '^complete-frame' "$log") ms after JVM start"
}

# 1. Commands, no display.
out=$(env -u DISPLAY "$image/bin/wscope" --version)
expect "$out" '^wscope [0-9]' "app-image --version"
pass "$image/bin/wscope --version: $out"
serve_and_send "$image/bin/wscope"
serve_and_send "$image/bin/wscope" --tls

# 2. The window, under a display of our own.
command -v Xvfb >/dev/null || fail "Xvfb is needed for the window checks (apt-get install xvfb)"
start_xvfb "$work"
first_frame "$image/bin/wscope" app-image
# The last frame has been handed to the renderer; a second more lets it reach the screen.
sleep 1
mkdir -p "$shots"
import -window root "$shots/app-image-window.png"
colours=$(identify -format '%k' "$shots/app-image-window.png")
[ "$colours" -gt 100 ] || fail "screenshot has $colours colours: the window did not render"
pass "screenshot target/smoke/app-image-window.png ($colours colours)"
stop_pid "$window_pid"

# 3. The .deb, installed for real.
if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP .deb install: needs root (sudo packaging/smoke-test.sh)"
  exit 0
fi
deb=${debs[0]}
expect "$(dpkg-deb -f "$deb" Depends)" 'libgtk-3-0' ".deb does not depend on libgtk-3-0"
installed=yes
# As the issue asks: its declared dependencies from apt first, then the package itself with dpkg -i
# (`apt-get install ./wscope_*.deb`, the way docs/install.md gives, does both in one step).
depends=$(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' '\n' | sed 's/(.*//' | sort -u)
# shellcheck disable=SC2086 # one word per package
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $depends >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log" >&2; fail "apt-get install of the .deb's dependencies"; }
dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i $deb"; }
pass "installed ${deb#"$root/"} with dpkg -i after apt-get install of its $(wc -w <<<"$depends") dependencies"
launcher=/opt/wscope/bin/wscope
expect "$(env -u DISPLAY "$launcher" --help)" 'Usage: wscope' "$launcher --help"
pass "$launcher --help"
# _JAVA_OPTIONS comes after the launcher's own options: -Xshare:on refuses to start without the archive.
_JAVA_OPTIONS=-Xshare:on env -u DISPLAY "$launcher" --version >/dev/null 2>&1 \
  || fail "the start-up archive postinst made does not map"
pass "postinst's start-up archive /opt/wscope/lib/app/wscope.jsa is used"
serve_and_send "$launcher"
serve_and_send "$launcher" --tls
first_frame "$launcher" installed
stop_pid "$window_pid"
desktop=/usr/share/applications/wscope-wscope.desktop
[ -f "$desktop" ] || fail "no menu entry $desktop"
expect "$(cat "$desktop")" '^Exec=/opt/wscope/bin/wscope' "menu entry does not start /opt/wscope/bin/wscope"
expect "$(cat "$desktop")" '^Categories=Development' "menu entry is not under Development"
pass "menu entry $desktop"
dpkg -r wscope >/dev/null
installed=no
[ ! -e /opt/wscope ] && [ ! -e "$desktop" ] || fail "dpkg -r left /opt/wscope or $desktop behind"
pass "dpkg -r wscope removed /opt/wscope and the menu entry"
dpkg --purge wscope >/dev/null 2>&1   # also forget the package (dpkg -r keeps its record for postrm purge)
echo "smoke test passed in $((SECONDS - started)) s"
