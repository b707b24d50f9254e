#!/usr/bin/env bash
# Trace output, whole processes, paired in the same run: `unroll trace --model lstm
# --hidden-size 256 --steps 1000 --format text|json -o F` (recording, formatting and
# writing the file; wall and user seconds and peak memory from /usr/bin/time -v) against
# Python formatting the same numbers only (scripts/bench-trace-python.py: '%.4f' per
# value, json.dumps of the same document; best of 3 inside each round). PAIRS rounds
# (default 5), medians. The goal (issue 15): each unroll run in at most half the time
# Python needs, and the JSON's peak memory at most twice the file.
#
#   scripts/bench-trace.sh            # PAIRS=5; ARGS="--hidden-size 64" for another size;
#                                     # UNROLL=path/to/unroll times that binary, unbuilt
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${PAIRS:-5}
args=${ARGS:---model lstm --hidden-size 256 --steps 1000}
if [ -z "${UNROLL:-}" ]; then swift build -c release --product unroll >/dev/null; fi
unroll=${UNROLL:-.build/release/unroll}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# timed FORMAT: one unroll run; appends wall, user and peak MiB to $out/FORMAT.*
timed() {
  # shellcheck disable=SC2086
  /usr/bin/time -v "$unroll" trace $args --format "$1" -o "$out/trace.$1" --force \
    2>"$out/time.$1" >/dev/null
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0
      for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$out/time.$1" >>"$out/$1.wall"
  awk -F': ' '/User time/ { print $2 }' "$out/time.$1" >>"$out/$1.user"
  awk -F': ' '/Maximum resident/ { print $2 / 1024 }' "$out/time.$1" >>"$out/$1.peak"
}
for _ in $(seq "$pairs"); do
  timed text
  timed json
  python3 scripts/bench-trace-python.py "$out/trace.json" >"$out/python"
  awk '/python_text_seconds/ { print $2 }' "$out/python" >>"$out/python.text"
  awk '/python_json_seconds/ { print $2 }' "$out/python" >>"$out/python.json"
  awk '/python_printed_seconds/ { print $2 }' "$out/python" >>"$out/python.printed"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "trace $args; $(awk '/python_values/ { print $2 }' "$out/python") numbers"
for format in text json; do
  bytes=$(wc -c <"$out/trace.$format")
  awk -v f="$format" -v w="$(median <"$out/$format.wall")" -v u="$(median <"$out/$format.user")" \
    -v m="$(median <"$out/$format.peak")" -v p="$(median <"$out/python.$format")" -v b="$bytes" \
    'BEGIN { printf "%-4s unroll %.3f s wall (%.3f s user), python %.3f s: %.2f of python; " \
      "file %.1f MiB, peak %.1f MiB (%.2f of the file)\n", f, w, u, p, w / p, b / 1048576, m,
      m * 1048576 / b }'
done
awk -v w="$(median <"$out/text.wall")" -v p="$(median <"$out/python.printed")" \
  'BEGIN { printf "text against python as printed (%%.4e where the text is scientific): " \
    "%.3f s, %.2f of python\n", p, w / p }'
