#!/usr/bin/env bash
# Whole processes, paired and interleaved: the note's NumPy loop (`rnn_note.py time`,
# python start-up and NumPy import included) against `unroll train --bptt correct` and
# `--bptt document` (--samples 1000 --epochs 10), PAIRS rounds (default 9), each round
# running all of them once in turn; prints the medians and the ratios. BASE=path/to/unroll
# adds an older binary to every round (before/after in the same run).
#
#   scripts/bench-train-process.sh            # PAIRS=9
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${PAIRS:-9}
swift build -c release --product unroll >/dev/null
unroll=.build/release/unroll
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

seconds() {  # wall seconds of one run of "$@", output discarded
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  echo "scale=4; ($end - $start) / 1000000000" | bc
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for _ in $(seq "$pairs"); do
  seconds python3 scripts/reference/rnn_note.py time >>"$out/numpy"
  for bptt in correct document; do
    seconds "$unroll" train --bptt "$bptt" --samples 1000 --epochs 10 >>"$out/$bptt"
    if [ -n "${BASE:-}" ]; then
      seconds "$BASE" train --bptt "$bptt" --samples 1000 --epochs 10 >>"$out/base-$bptt"
    fi
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
numpy=$(median <"$out/numpy")
echo "numpy note (whole process):          $numpy s"
for file in correct document base-correct base-document; do
  [ -f "$out/$file" ] || continue
  m=$(median <"$out/$file")
  awk -v name="$file" -v m="$m" -v n="$numpy" \
    'BEGIN { printf "unroll train --bptt %-14s %.4f s  %.1fx numpy\n", name ":", m, n / m }'
done
