#!/bin/bash
# Drives `unroll repl` in tmux at 80 columns and saves what the screen showed.
set -u
# Usage: scripts/repl-tmux-transcript.sh [OUT]   (after `swift build`; needs tmux)
cd "$(dirname "$0")/.."
BIN="$PWD/.build/debug/unroll"
OUT="${1:-repl-transcript.txt}"
S=unroll-repl-transcript
export XDG_STATE_HOME="$(mktemp -d)"
tmux kill-session -t $S 2>/dev/null
tmux new -d -s $S -x 80 -y 40 "env XDG_STATE_HOME=$XDG_STATE_HOME TERM=xterm-256color NO_COLOR=1 bash --norc"
tmux set -t $S history-limit 20000
tmux set -w -t $S scroll-on-clear off 2>/dev/null || true
sleep 0.5
: > "$OUT"
seg() {  # seg TITLE: clear the screen (Ctrl-L), run what follows, then save the screen
  echo "=== $1 ===" >> "$OUT"
}
cap() {
  sleep "${1:-1}"
  tmux capture-pane -t $S -p -S - | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >> "$OUT"
  echo >> "$OUT"
  tmux clear-history -t $S
}
keys() { tmux send-keys -t $S "$@"; sleep 0.3; }
line() { tmux send-keys -t $S -l "$1"; tmux send-keys -t $S Enter; sleep 0.6; }

keys "clear; $BIN repl --hidden-size 4 --steps 3" Enter; sleep 3
tmux clear-history -t $S
seg "1. A typo fixed with Left and Backspace; Up recalls it; Ctrl-R finds it"
keys C-l; keys -l "whrex"; keys BSpace; keys Left Left; keys -l "e"; keys End; keys Enter
line "print h_t"
keys Up; keys Up; keys Enter
keys C-r; keys -l "wh"; keys Enter
cap
seg "2. Tab completes a command, a name here, a setting; Ctrl-C drops a line, twice says how to quit"
keys C-l; keys -l "pri"; keys Tab; keys -l "h_"; keys Tab; keys -l "t"; keys Enter
keys -l "set prec"; keys Tab; keys -l "6"; keys Enter
line "set precision 4"
keys -l "print half a line"; keys C-c; keys C-c
cap
seg "3. Ctrl-L clears and redraws the half-typed line"
keys -l "help"; keys C-l; keys Enter
cap
seg "4. Expressions: indexing, .T, @, functions, numbers; the notes' names"
keys C-l
line "print 1/(1+exp(-0.136))"
line "print h_t[0]"
line "print Whh[2, 3]"
line "print Whh @ h_t + bh"
line "print self.h.T"
line "print a_t"
line "print tanh(a_t) - h_t"
line "print hs"
line "print hs[:, 1]"
line "print norm(h_t)"
line "print sum(abs(h_t))"
line "print h_t 0"
line "print h_t@1"
line "print Whh @ Wxh.T"
line "print h_tt + 1"
cap
seg "5. names (info locals), set with no argument"
keys C-l
line "names"
line "set"
cap
seg "6. Breakpoints with conditions and hit counts"
keys C-l
line "break dh if norm(dh) < 0.2"
line "break t=2"
line "break dh if norm(dh +"
line "goto backward"
line "continue"
line "break"
cap 1.5
seg "7. diff in one number style; a timestep given to a gradient"
keys C-l
line "diff dh"
line "print dWhh 3"
line "print dWhh 2"
line "print dWhy 2"
line "print y_true"
line "print pred"
cap 1.5
seg "8. watch: the value once, what changed marked under it"
keys C-l
line "watch dh_raw"
line "watch norm(dh)"
line "s"
line "s"
line "watch"
line "quit"
cap 1.5
seg "9. The LSTM: list spells dC̃ one way, explain NAME, a value later in this step, z values"
keys C-l
keys "$BIN repl --model lstm" Enter; sleep 3
tmux clear-history -t $S; keys C-l
line "goto backward 4"
line "list"
line "print dC̃"
line "explain do"
line "explain dWC"
line "print zf_t"
line "print sigmoid(zf_t) - f_t"
cap 1.5
seg "10. Ctrl-D at an empty line quits; piped, each command is echoed after the prompt"
keys C-l
keys C-d; sleep 1
keys "printf 'print h_t[0]\nbreak\n' | $BIN repl --hidden-size 2 --steps 2 | tail -n 4" Enter
cap 3
tmux kill-session -t $S
rm -rf "$XDG_STATE_HOME"
