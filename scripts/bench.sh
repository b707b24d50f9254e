#!/usr/bin/env bash
# Engine benchmark: a full trace (forward + correct BPTT, every intermediate
# recorded, nothing written out) for the default RNN, the default LSTM and an
# LSTM with hidden 256 over 1000 steps. Release build. Figures go in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product unroll-bench >&2
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(swift --version 2>&1 | head -1)"
.build/release/unroll-bench trace
