#!/usr/bin/env bash
# Walks the whole course as a new learner would, in a real terminal: each lesson runs in
# tmux (fresh progress folder shared by all lessons), and the script reads each screen
# with capture-pane and types what a learner would with send-keys:
#   - Enter at each pause; a REPL command (`where`) at step 2's pause;
#   - at each exercise, a wrong answer first (so a hint shows), then for a choice the
#     names and for a sign both signs until one is right, else (a number) `:show`;
#   - at step 3 of every odd lesson, `:quit`, then `unroll lesson N` again (resume);
#   - at the first exercise after step 1 of every even lesson, `:back`, then on again;
#   - at the end, `unroll lessons` (they should all show done).
# Each lesson's whole transcript (scrollback), a log of the keys typed, overflow.txt
# (lines wider than the terminal) and issue17.txt (what issue 17 found: the old names
# of the notes' pass, notes by file number, raw Markdown fences and tables, the ASCII
# ramp on a UTF-8 terminal) go to OUT; both lists should be empty.
#
# Usage: scripts/walk-course-tmux.sh [OUT] [LESSONS...]
#   OUT      folder for the captures (default: a new folder under /tmp)
#   LESSONS  lesson numbers (default: every lesson in lessons/)
#   WIDTH    terminal columns (default 80, as issue 17 walked it)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product unroll >/dev/null
out="${1:-$(mktemp -d /tmp/unroll-walk.XXXXXX)}"
shift || true
mkdir -p "$out"
lessons=("$@")
if [ ${#lessons[@]} -eq 0 ]; then
  for f in lessons/[0-9][0-9]-*.md; do n="$(basename "$f")"; lessons+=("$((10#${n%%-*}))"); done
fi
width="${WIDTH:-80}"
state="$(mktemp -d)"
session="unroll-walk-$$"
# A tmux server of its own: sessions of another size on a shared server can resize ours.
tm() { tmux -L "$session" "$@"; }
trap 'tm kill-server 2>/dev/null || true; rm -rf "$state"' EXIT

# The last non-empty line on the screen.
last_line() { tm capture-pane -t "$session" -p | sed -e 's/[[:space:]]*$//' | grep -v '^$' | tail -1; }

# Waits until the screen stops changing (the lesson is waiting for input).
settle() {
  local before="" now
  for _ in $(seq 1 100); do
    sleep 0.25
    now="$(tm capture-pane -t "$session" -p)"
    [ "$now" = "$before" ] && return 0
    before="$now"
  done
}

type_line() {
  echo "$lesson_label> ${1:-(Enter)}" >>"$out/keys.log"
  tm send-keys -t "$session" -l -- "$1"
  tm send-keys -t "$session" Enter
  settle
}

start() {
  # The whole (private) server goes, and is gone before the next starts: killing its last
  # session and starting one at once can meet a server still exiting.
  tm kill-server 2>/dev/null || true
  while tm has-session 2>/dev/null; do sleep 0.1; done
  tm new-session -d -s "$session" -x "$width" -y 45 \
    "XDG_STATE_HOME=$state .build/debug/unroll lesson $1; echo '[exited with' \$?']'; sleep 600"
  tm set-option -t "$session" history-limit 100000 >/dev/null
  settle
}

# Appends the whole scrollback to FILE, lines the terminal wrapped joined again (-J), so
# that a line longer than the width is one line in the file.
save_transcript() { tm capture-pane -t "$session" -p -J -S - | sed -e 's/[[:space:]]*$//' >>"$1"; }

for lesson in "${lessons[@]}"; do
  lesson_label="lesson $lesson"
  file="$out/lesson-$(printf %02d "$lesson").txt"
  : >"$file"
  start "$lesson"
  quit_once=$((lesson % 2))
  back_once=$(((lesson + 1) % 2))
  waited=0
  for _ in $(seq 1 400); do
    line="$(last_line)"
    if [[ "$line" == *"[exited with"* ]]; then
      break
    elif [[ "$line" == *"answer ›"* ]] && [ "$back_once" = 1 ] &&
      ! tm capture-pane -t "$session" -p | grep -q "Step 1/"; then
      # Once, in every even lesson: `:back` at an exercise, then on again (Enter).
      back_once=0
      type_line ":back"
    elif [[ "$line" == *"answer ›"* ]]; then
      # A new exercise: one wrong answer of the right kind, then the rest.
      type_line "99, 99"
      reply="$(last_line)"
      prev="$(tm capture-pane -t "$session" -p | grep -v '^\s*$' | tail -2 | head -1)"
      if [[ "$prev" == *"Type a number"* ]]; then
        type_line "999"
      elif [[ "$prev" == *"Type the sign"* ]]; then
        for sign in positive negative; do
          [[ "$(last_line)" == *"answer ›"* ]] || break
          type_line "$sign"
        done
      elif [[ "$prev" == *"Type one of:"* ]]; then
        names="${prev#*Type one of: }"
        names="${names%.}"
        IFS=', ' read -r -a choices <<<"$names"
        for name in "${choices[@]}"; do
          [[ "$(last_line)" == *"answer ›"* ]] || break
          type_line "$name"
        done
      fi
      if [[ "$(last_line)" == *"answer ›"* ]]; then type_line ":show"; fi
    elif [[ "$line" =~ step\ ([0-9]+)/([0-9]+) ]]; then
      k="${BASH_REMATCH[1]}"
      if [ "$k" = 2 ] && ! grep -q "^$lesson_label> where" "$out/keys.log" 2>/dev/null; then
        type_line "where"
      fi
      if [ "$k" = 3 ] && [ "$quit_once" = 1 ]; then
        quit_once=0
        type_line ":quit"
        save_transcript "$file"
        echo "════════ resumed: unroll lesson $lesson" >>"$file"
        start "$lesson"
        continue
      fi
      type_line ""
    elif [ "$waited" -lt 24 ]; then
      # A long command (`unroll train`) is still running.
      waited=$((waited + 1))
      sleep 5
      settle
      continue
    else
      echo "$lesson_label: stuck at: $line" | tee -a "$out/keys.log"
      break
    fi
    waited=0
  done
  save_transcript "$file"
  # Lines wider than the terminal (wrapped by it, not by unroll).
  W="$width" F="$(basename "$file")" perl -CSD -ne \
    'chomp; (my $v = $_) =~ s/\p{M}//g; printf "%s:%d: %d columns: %s\n", $ENV{F}, $., length $v, substr($_, 0, 60) if length $v > $ENV{W}' \
    "$file" >>"$out/overflow.txt"
  # Issue 17's findings, if any came back.
  grep -n -E 'documents'"'"'|[^a-z]docs[^a-z]|document BPTT|[Nn]otes? 00[0-9]|^\|---|^\s*```|@@@@|____' "$file" |
    sed -e "s/^/$(basename "$file"):/" >>"$out/issue17.txt" || true
  # Exercises counted once however often they were shown (:back, a resume); a number is
  # never guessed, so its exercise ends in :show ("shown"); a choice or a sign is tried
  # until right.
  exercises="$(grep 'Exercise ·' "$file" | sort -u | wc -l)"
  echo "$lesson_label: $exercises exercises: $(grep -c '✓ Right' "$file") answered right," \
    "$(grep -c '^The answer is' "$file") shown; $(grep -c 'Not quite' "$file") wrong tries;" \
    "last key: $(tail -1 "$out/keys.log")"
done
tm kill-session -t "$session" 2>/dev/null || true
XDG_STATE_HOME=$state .build/debug/unroll lessons | tee "$out/lessons.txt"
echo "overflow: $(wc -l <"$out/overflow.txt") lines; issue 17: $(wc -l <"$out/issue17.txt") lines"
echo "captures: $out"
