#!/usr/bin/env bash
# The whole suite, RUNS times in a row (default 3), beside a CPU-heavy process: the extraction
# benchmark in a loop, as a busy 2-core machine would have. Prints each run's result and duration
# and exits non-zero when any run failed. Logs: test-output/soak/run-N.log, per-file CPU times in
# run-N.cpu.jsonl (node scripts/cpuTable.mjs test-output/soak/run-N.cpu.jsonl).
# Usage: npm run test:soak [-- RUNS]
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
logs="test-output/soak"
mkdir -p "$logs"

# The load runs in a process group of its own, so it can be stopped whole.
setsid bash -c 'while true; do npm run --silent bench -- extraction > /dev/null 2>&1; done' &
load=$!
trap 'kill -- -"$load" 2> /dev/null' EXIT
# Interrupted (Ctrl-C, a kill), the EXIT trap above still stops the load.
trap 'exit 130' INT TERM

failed=0
for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  rm -f "$logs/run-$run.cpu.jsonl"
  # CPU time of the whole run (npm test and every process it waited for) beside the wall time: on a
  # machine shared with other work the wall time says little. Per-file CPU: scripts/cpuTable.mjs.
  if DRAMATIS_CPU_LOG="$PWD/$logs/run-$run.cpu.jsonl" /usr/bin/time -f '%U %S' -o "$logs/run-$run.time" npm test > "$logs/run-$run.log" 2>&1; then
    result=passed
  else
    result=FAILED
    failed=$((failed + 1))
  fi
  seconds=$(( $(date +%s) - started ))
  cpu=$(awk '/^[0-9.]+ [0-9.]+$/ { printf "%d", $1 + $2 }' "$logs/run-$run.time")
  echo "run $run of $runs: $result in $((seconds / 60)) min $((seconds % 60)) s wall, ${cpu:-?} s CPU (log: $logs/run-$run.log)"
  if [ "$result" = FAILED ]; then sed 's/\x1b\[[0-9;]*m//g' "$logs/run-$run.log" | grep -E '^\s*(FAIL|×)' | sed 's/^/    /' | head -20; fi
done
echo "$failed of $runs runs failed"
[ "$failed" -eq 0 ]
