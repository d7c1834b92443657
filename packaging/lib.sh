# Helpers sourced by the packaging scripts (bash, set -euo pipefail already on).
# Every process started here is recorded in started_pids; the caller's EXIT trap runs stop_started.

started_pids=()

stop_started() {
  local pid
  for pid in "${started_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  started_pids=()
}

# wait_for_line FILE REGEX SECONDS: succeeds once FILE has a line matching REGEX, fails at the deadline.
wait_for_line() {
  local file=$1 regex=$2 deadline=$((SECONDS + $3))
  until grep -qE "$regex" "$file" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "timed out after $3 s waiting for /$regex/ in $file" >&2
      return 1
    fi
    sleep 0.1
  done
}

# start_xvfb WORKDIR: starts Xvfb on the first free display and exports DISPLAY.
# -displayfd makes Xvfb pick the display itself and write its number once it accepts clients,
# so two builds on one machine never collide and nothing sleeps on a guess.
start_xvfb() {
  local fdfile=$1/xvfb.display
  : >"$fdfile"
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fdfile" >"$1/xvfb.log" 2>&1 &
  started_pids+=($!)
  wait_for_line "$fdfile" '^[0-9]+$' 15
  export DISPLAY=":$(tr -d '\n' <"$fdfile")"
}

# stop_pid PID: stops one process started here and forgets it.
stop_pid() {
  local pid rest=()
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  for pid in "${started_pids[@]}"; do
    [ "$pid" = "$1" ] || rest+=("$pid")
  done
  started_pids=("${rest[@]}")
}
