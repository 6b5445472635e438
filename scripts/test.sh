#!/usr/bin/env bash
# npm test: the type check beside the extraction score table (tsc is a native compiler on its own
# threads, the score one core of Node), then, once both have passed, the browser tests. The unit
# tests start at once beside all of it, at a lower CPU priority (nice 10), so they never take a core
# the others want: the browser tests wait on Chromium much of the time and leave a core idle. The
# browser run is two projects, two files at a time and then the quiet ones (vite.config.ts), which
# wait until the unit tests have finished (DRAMATIS_QUIET_AFTER, test/support/quietStart.ts). The unit
# tests' log follows the browser tests' when both are done; browser failures are repeated last, so
# the end of the output names them. With arguments, runs `vitest run ARGS`.
set -uo pipefail
cd "$(dirname "$0")/.."
typecheck_log=$(mktemp)
unit_log=$(mktemp)
browser_log=$(mktemp)
unit=
cleanup() {
  # The unit tests' vitest first (a child of the subshell), then the subshell.
  if [ -n "$unit" ] && kill -0 "$unit" 2> /dev/null; then pkill -TERM -P "$unit" 2> /dev/null; kill "$unit" 2> /dev/null; fi
  rm -f "$typecheck_log" "$unit_log" "$browser_log" "${unit_done:-}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$#" -gt 0 ]; then
  npm run --silent typecheck && npm run --silent score && vitest run "$@"
  exit $?
fi
unit_done=$(mktemp -u)
export DRAMATIS_QUIET_AFTER="$unit_done"
( nice -n 10 vitest run --project 'unit*' > "$unit_log" 2>&1; status=$?; touch "$unit_done"; exit $status ) &
unit=$!

npm run --silent typecheck > "$typecheck_log" 2>&1 &
typecheck=$!
npm run --silent score
scored=$?
wait "$typecheck"
typechecked=$?
cat "$typecheck_log"
if [ "$typechecked" -ne 0 ]; then echo "npm run typecheck failed (exit $typechecked)" >&2; fi
if [ "$scored" -ne 0 ]; then echo "npm run score failed (exit $scored)" >&2; fi
if [ "$typechecked" -ne 0 ] || [ "$scored" -ne 0 ]; then exit 1; fi

vitest run --project 'browser*' 2>&1 | tee "$browser_log"
browser=${PIPESTATUS[0]}
wait "$unit"
unit_status=$?
unit=
echo
echo "---- unit tests (run beside the browser tests) ----"
cat "$unit_log"
if [ "$browser" -ne 0 ]; then
  # Repeat the browser failures after the unit log, so the end of the output names them.
  echo
  echo "---- browser test failures (repeated from above) ----"
  sed -n '/Failed Tests/,$p' "$browser_log" | head -n 200
  echo "browser tests failed (exit $browser)" >&2
fi
if [ "$unit_status" -ne 0 ]; then echo "unit tests failed (exit $unit_status)" >&2; fi
[ "$browser" -eq 0 ] && [ "$unit_status" -eq 0 ]
