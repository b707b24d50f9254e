#!/usr/bin/env bash
# Everything a user sees, saved once and compared after a change: byte for byte.
#
#   scripts/check-outputs-unchanged.sh record DIR [BINARY]   save the outputs in DIR
#   scripts/check-outputs-unchanged.sh compare DIR [BINARY]  make them again, diff with DIR
#
# BINARY defaults to .build/debug/unroll (build it first: swift build --product unroll).
# Each case saves stdout, stderr and the exit code; Markdown traces save their SVGs too.
# Covered: trace --format json of every cell at two sizes and two seeds, text traces,
# Markdown traces, compare and train --format json and text, gradcheck, convert both
# ways, weights-file errors, help texts, REPL scripts over every stop of every cell
# (step, explain, print, partial gradients, norms, clip, diff, set), and every lesson's
# transcript. compare exits 1 and lists the files that differ, unless the differences are
# exactly those of scripts/outputs-expected-changes.diff (the changes made on purpose
# since main at 6456d59: REPL `set bptt` no longer says "in this build").
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: record|compare DIR [BINARY]}
dir=${2:?usage: record|compare DIR [BINARY]}
bin=$(cd "$(dirname "${3:-.build/debug/unroll}")" && pwd)/$(basename "${3:-.build/debug/unroll}")
root=$(pwd)
case $mode in
  record) out=$dir; rm -rf "$out"; mkdir -p "$out" ;;
  compare) out=$(mktemp -d) ;;
  *) echo "usage: record|compare DIR [BINARY]" >&2; exit 2 ;;
esac
out=$(cd "$out" && pwd)
work=$(mktemp -d)
export XDG_STATE_HOME=$work/state NO_COLOR=1 UNROLL_LESSONS=$root/lessons
n=0
# run NAME ARGS...: stdin from $input if set, else empty; run in $work.
run() {
  local name=$1; shift
  (cd "$work" && "$bin" "$@" <"${input:-/dev/null}" >"$out/$name.out" 2>"$out/$name.err"; echo $? >"$out/$name.rc") || true
  n=$((n + 1))
}

for cell in rnn lstm gru; do
  for size in "" "--input-size 2 --hidden-size 6 --steps 7"; do
    for seed in 0 7; do
      tag=$cell-$([ -z "$size" ] && echo default || echo small)-seed$seed
      # shellcheck disable=SC2086
      run "trace-json-$tag" trace --model $cell $size --seed $seed --format json
      # shellcheck disable=SC2086
      run "trace-text-$tag" trace --model $cell $size --seed $seed
    done
  done
  run "trace-md-$cell" trace --model $cell --seed 3 --format md -o "md-$cell.md"
  for f in "$work"/md-$cell*; do cp "$f" "$out/file-$(basename "$f")"; n=$((n + 1)); done
  run "trace-pytorch-$cell" trace --model $cell --layout pytorch --format json
  run "gradcheck-$cell" gradcheck --model $cell --steps 3
  run "gradcheck-pytorch-$cell" gradcheck --model $cell --steps 3 --layout pytorch --max-entries 5
  run "train-json-$cell" train --model $cell --steps 4 --samples 40 --epochs 2 --format json
  run "train-text-$cell" train --model $cell --steps 4 --samples 40 --epochs 2
  run "compare-$cell" compare --model $cell
  "$bin" trace --model $cell --seed 5 --format json >"$work/$cell.json" 2>/dev/null || true
  run "convert-to-pytorch-$cell" convert --to pytorch "$cell.json"
  (cd "$work" && "$bin" convert --to pytorch "$cell.json" >"$cell-pt.json" 2>/dev/null) || true
  run "convert-to-document-$cell" convert --to document "$cell-pt.json"
  run "trace-from-pytorch-$cell" trace --weights "$cell-pt.json"
  for bptt in document verbatim; do
    run "trace-$bptt-$cell" trace --model $cell --bptt $bptt
    run "trace-json-$bptt-$cell" trace --model $cell --bptt $bptt --format json
  done
  # A file without "model": the parameter names say which cell.
  python3 - "$work/$cell.json" "$work/$cell-nomodel.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d.pop("model", None)
json.dump({"params": d["params"], "x": d["x"], "y": d["y"]}, open(sys.argv[2], "w"))
PY
  run "trace-nomodel-$cell" trace --weights "$cell-nomodel.json"
  run "trace-wrong-model-$cell" trace --weights "$cell.json" --model $([ $cell = rnn ] && echo lstm || echo rnn)
done
run compare-json-rnn compare --format json
run compare-json-rnn-pytorch compare --format json --layout pytorch --seed 2
run compare-json-rnn-small compare --format json --hidden-size 6 --steps 5 --seed 1
run train-compare-json train --compare --samples 30 --epochs 2 --format json
run train-adam-json train --optimizer adam --batch 8 --samples 40 --epochs 2 --format json
run trace-md-document trace --bptt document --format md -o md-document.md
for f in "$work"/md-document*; do cp "$f" "$out/file-$(basename "$f")"; n=$((n + 1)); done

# Help texts and refusals.
run help --help
run help-word help
for c in trace repl compare gradcheck train convert lesson lessons; do
  run "help-$c" $c --help
done
run version --version
run bad-command trac
run bad-model trace --model lsmt
run bad-flag trace --hiden-size 3
run bad-bptt trace --bptt documnt
run bad-size trace --hidden-size 0
run bad-format trace --format jsn
run missing-weights trace --weights nowhere.json
echo '{"params": {"Wf": [[1]]}}' >"$work/bad-shape.json"
run bad-shape trace --weights bad-shape.json

# The REPL over stdin (no terminal): every stop of every cell, with explain and print.
for cell in rnn lstm gru; do
  {
    echo "help"; echo "where"; echo "list"
    for _ in $(seq 1 140); do echo "explain"; echo "print"; echo "step"; done
    echo "goto backward"; echo "norms dh"; echo "clip 1"; echo "diff"
    echo "set bptt document"; echo "set bptt documnt"; echo "prnt h_t"; echo "print h_tt"
    echo "shape concat"; echo "watch dh"; echo "next"; echo "back"; echo "prev 2"
    echo "continue"; echo "break dh_raw"; echo "goto backward 2"; echo "continue"
    echo "set width 60"; echo "list"; echo "quit"
  } >"$work/repl-$cell.txt"
  input=$work/repl-$cell.txt run "repl-$cell" repl --model $cell
  {
    echo "goto backward"
    for _ in $(seq 1 40); do echo "step"; echo "print dWhh"; echo "print dWf"; echo "print dWr"; echo "print dby"; echo "print dWxn"; done
  } >"$work/repl-grad-$cell.txt"
  input=$work/repl-grad-$cell.txt run "repl-partial-$cell" repl --model $cell --hidden-size 4 --steps 70
done
{ for _ in $(seq 1 60); do echo "explain"; echo "diff"; echo "step"; done; echo "set bptt verbatim"; echo "continue"; echo "explain"; } >"$work/repl-doc.txt"
input=$work/repl-doc.txt run repl-document repl --bptt document
input=$work/repl-doc.txt run repl-verbatim repl --bptt verbatim

# Every lesson's transcript, and the list.
for f in "$root"/lessons/[0-9]*.md; do
  n_=$(basename "$f" | cut -c1-2)
  run "lesson-$n_" lesson "$n_"
done
run lessons lessons
run lessons-check lessons --check
rm -rf "$work"

if [ "$mode" = record ]; then
  echo "recorded $n outputs ($(ls "$out" | wc -l) files) in $out"
  exit 0
fi
if diff -r "$dir" "$out" >"$out.diff"; then
  echo "unchanged: $(ls "$dir" | wc -l) files byte-equal ($n outputs)"
  rm -rf "$out" "$out.diff"
elif diff -q <(grep -v '^diff -r' "$out.diff") scripts/outputs-expected-changes.diff >/dev/null; then
  changed=$(grep -c '^diff -r' "$out.diff")
  echo "unchanged: $(($(ls "$dir" | wc -l) - changed)) of $(ls "$dir" | wc -l) files byte-equal ($n outputs);" \
    "$changed differ exactly as scripts/outputs-expected-changes.diff says"
  rm -rf "$out" "$out.diff"
else
  echo "CHANGED: $(grep -c '^diff -r\|^Only in' "$out.diff" || true) files differ; diff in $out.diff" >&2
  exit 1
fi
