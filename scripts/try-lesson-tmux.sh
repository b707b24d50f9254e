#!/usr/bin/env bash
# Tries a lesson as a new learner would, in a real terminal: starts `unroll lesson` in
# tmux with a fresh progress folder, types at the pauses and exercises with send-keys
# (a REPL command, wrong answers, a hint, a right answer), quits, resumes, and prints
# each screen with capture-pane (-e keeps the colours).
#
# Usage: scripts/try-lesson-tmux.sh [LESSON] [KEYS...]
#   LESSON  default 1, from UNROLL_LESSONS (default: the test fixture lessons)
#   KEYS    what to type, one argument per line; default: a walk through the fixture
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product unroll >/dev/null
export UNROLL_LESSONS="${UNROLL_LESSONS:-$PWD/Tests/UnrollCLITests/LessonFixtures/good}"
state="$(mktemp -d)"
lesson="${1:-1}"
shift || true
keys=("$@")
if [ ${#keys[@]} -eq 0 ]; then
  keys=("3, 3" "4" "(4, 4)" "print h_t" "" "0.1" "p h_t" "0.6044" ":show" ":quit")
fi
session="unroll-lesson-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$state"' EXIT

start() {
  tmux new-session -d -s "$session" -x 100 -y 50 \
    "XDG_STATE_HOME=$state UNROLL_LESSONS=$UNROLL_LESSONS .build/debug/unroll lesson $lesson $*; echo '[exited with' \$?']'; sleep 30"
}

screen() {
  sleep 0.8
  echo "──────── after: $1"
  tmux capture-pane -t "$session" -p -e -S -200 | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' | tail -"${TAIL:-14}"
}

start
screen "start"
for key in "${keys[@]}"; do
  tmux send-keys -t "$session" -l "$key"
  tmux send-keys -t "$session" Enter
  screen "${key:-(Enter)}"
done
echo "──────── progress.json"
cat "$state/unroll/progress.json" 2>/dev/null || echo "(none)"
tmux kill-session -t "$session" 2>/dev/null || true
echo "──────── resuming"
sleep 0.5
start
screen "resume"
tmux send-keys -t "$session" C-d
sleep 0.8
if tmux capture-pane -t "$session" -p | grep -q "\[exited with 0\]"; then
  echo "──────── Ctrl-D: left cleanly (exit 0)"
else
  echo "──────── Ctrl-D: did NOT leave cleanly"
  exit 1
fi
