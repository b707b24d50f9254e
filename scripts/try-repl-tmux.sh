#!/usr/bin/env bash
# Tries the REPL as a new user would, in a real terminal: starts it in tmux, types a
# few commands with send-keys, prints each screen with capture-pane (-e keeps the
# colours), then presses Ctrl-D and checks that the program left.
#
# Usage: scripts/try-repl-tmux.sh [COMMAND...]   (default: swift run unroll repl)
set -euo pipefail
cd "$(dirname "$0")/.."
command=("$@")
if [ ${#command[@]} -eq 0 ]; then
  swift build --product unroll >/dev/null
  command=(.build/debug/unroll repl)
fi
session="unroll-try-$$"
tmux new-session -d -s "$session" -x 100 -y 50 "${command[*]}; echo '[exited with' \$?']'; sleep 5"
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT

screen() {
  sleep 0.7
  echo "──────── after: $1"
  tmux capture-pane -t "$session" -p -e | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}

screen "start"
for keys in "s" "n" "list" "explain" "p h_t" "watch h_t" "s" "" "goto backward" "s 3" \
  "stpe" "help"; do
  tmux send-keys -t "$session" "$keys" Enter
  screen "${keys:-(empty line)}"
done
tmux send-keys -t "$session" C-d
sleep 0.7
if tmux capture-pane -t "$session" -p | grep -q "\[exited with 0\]"; then
  echo "──────── Ctrl-D: left cleanly (exit 0)"
else
  echo "──────── Ctrl-D: did NOT leave cleanly"
  tmux capture-pane -t "$session" -p | tail -5
  exit 1
fi
