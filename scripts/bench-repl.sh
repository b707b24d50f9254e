#!/usr/bin/env bash
# Times every REPL command on an LSTM with hidden 256 over 1000 steps (release build)
# and writes the table to BENCHMARKS-REPL.md. Usage: scripts/bench-repl.sh [HIDDEN STEPS]
set -euo pipefail
cd "$(dirname "$0")/.."
hidden="${1:-256}"
steps="${2:-1000}"
swift build -c release --product unroll-repl-bench >/dev/null
out="$(.build/release/unroll-repl-bench "$hidden" "$steps")"
{
  echo "# REPL benchmarks"
  echo
  echo "Each row is one \`ReplSession.handle\` call, in order, on a session with colour and"
  echo "heat strips on at width 100, watching \`h_t\` and \`dWf\` for most of the script."
  echo "Release build; \`scripts/bench-repl.sh $hidden $steps\`; machine: $(nproc) cores shared"
  echo "with other builds, $(uname -m), $(date -u +%Y-%m-%d)."
  echo
  echo "\"Recording and indexing\" is session start: the forward and backward pass, the"
  echo "stop index, and one replay of the weight gradients that lays checkpoints every 64"
  echo "accumulations. \`export\` writes all ~27 000 records and is the one command that"
  echo "grows with the recording; every other command works from the index."
  echo
  echo "$out"
} > BENCHMARKS-REPL.md
echo "$out" | tail -1
