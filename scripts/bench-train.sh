#!/bin/sh
# Times the notes' training loop (1000 samples × 10 epochs, hidden 32, 10 steps, SGD
# lr 0.01, one sample per update) in the note's own NumPy and in Unroll's interpreter
# (release build), in the same run, best of RUNS each; then checks the outcome the
# suite leaves out because it is slow in a debug build: on the notes' task the
# notes' BPTT does not lower the loss and the correct one takes it below 0.2.
#
#   scripts/bench-train.sh            # RUNS=3 by default
set -eu
cd "$(dirname "$0")/.."
runs=${RUNS:-3}

swift build -c release --product unroll-bench >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

best() { sort -g | head -1; }

numpy=$(for i in $(seq "$runs"); do
  python3 scripts/reference/rnn_note.py time | awk '/numpy_seconds/ { print $2 }'
done | best)

out=$(mktemp)
trap 'rm -f "$out"' EXIT
for i in $(seq "$runs"); do .build/release/unroll-bench train >>"$out"; done
document=$(awk '/swift_seconds_document/ { print $2 }' "$out" | best)
correct=$(awk '/swift_seconds_correct/ { print $2 }' "$out" | best)

swiftc -O scripts/bench-floor.swift -o "$out.floor"
floor=$(for i in $(seq "$runs"); do "$out.floor" | awk '/floor_seconds/ { print $2 }'; done | best)
rm -f "$out.floor"

echo "numpy (note's loop, the notes' BPTT): ${numpy} s"
echo "unroll train --bptt document:       ${document} s"
echo "unroll train --bptt correct:        ${correct} s"
echo "arithmetic floor (plain loops):     ${floor} s"
awk -v n="$numpy" -v d="$document" -v c="$correct" -v f="$floor" 'BEGIN {
  printf "speed-up: document %.1fx, correct %.1fx (target 30x); plain loops %.1fx\n",
    n / d, n / c, n / f }'

# The losses of the last run: the notes' must not fall, the correct one must end < 0.2.
tail -n 24 "$out" | awk '
  /^document:/ { mode = "document"; next }
  /^correct:/ { mode = "correct"; next }
  /Epoch \[1\// { first[mode] = $5 + 0 }
  /Epoch \[10\// { last[mode] = $5 + 0 }
  END {
    printf "document loss: epoch 1 %.4f, epoch 10 %.4f\n", first["document"], last["document"]
    printf "correct loss:  epoch 1 %.4f, epoch 10 %.4f\n", first["correct"], last["correct"]
    ok = last["document"] >= first["document"] && last["correct"] < 0.2
    print ok ? "outcome: as expected" : "outcome: NOT as expected"
    exit ok ? 0 : 1
  }'
