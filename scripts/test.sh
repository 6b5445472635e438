#!/usr/bin/env bash
# npm test: the type check and the extraction score table side by side (tsc is a native compiler on
# its own threads, the score one core of Node), then vitest once both have passed. The score table
# comes first in the log, as before; the type checker's messages follow it.
set -uo pipefail
cd "$(dirname "$0")/.."
typecheck_log=$(mktemp)
trap 'rm -f "$typecheck_log"' EXIT
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
vitest run "$@"
