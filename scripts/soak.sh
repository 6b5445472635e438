#!/usr/bin/env bash
# The whole suite, RUNS times in a row (default 3), beside a CPU-heavy process: the extraction
# benchmark in a loop, as a busy 2-core machine would have. Prints each run's result and duration
# and exits non-zero when any run failed. Logs: test-output/soak/run-N.log.
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
  if npm test > "$logs/run-$run.log" 2>&1; then result=passed; else result=FAILED; failed=$((failed + 1)); fi
  seconds=$(( $(date +%s) - started ))
  echo "run $run of $runs: $result in $((seconds / 60)) min $((seconds % 60)) s (log: $logs/run-$run.log)"
  if [ "$result" = FAILED ]; then sed 's/\x1b\[[0-9;]*m//g' "$logs/run-$run.log" | grep -E '^\s*(FAIL|×)' | sed 's/^/    /' | head -20; fi
done
echo "$failed of $runs runs failed"
[ "$failed" -eq 0 ]
