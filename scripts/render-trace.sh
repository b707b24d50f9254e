#!/usr/bin/env bash
# Renders exported Markdown traces (and a REPL export at an accumulation) to HTML
# with a real GFM renderer (cmark-gfm) and screenshots them in headless Chromium,
# so a person can look at what GitHub will show; each picture is also shot alone
# and, when pillow is installed, in greyscale and deuteranopia
# (scripts/simulate-colour-vision.py). Needs: apt-get install cmark-gfm chromium
# fonts-dejavu-core.
#   scripts/render-trace.sh [OUTDIR]     (default: /tmp/unroll-render)
# GitHub renders $`…`$ math with MathJax; cmark-gfm leaves it as code, which is
# enough to check layout, tables, <details> blocks and the SVG pictures.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/unroll-render}"
mkdir -p "$out"
swift build --product unroll >&2

# The page of $out/NAME.md as NAME.png, and each of its pictures alone.
render() {
  local name="$1"
  {
    echo '<!doctype html><meta charset="utf-8"><style>body{font-family:sans-serif;max-width:1000px;margin:auto}
      table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}
      img{max-width:100%}</style>'
    cmark-gfm --unsafe -e table -e autolink "$out/$name.md"
  } >"$out/$name.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,2400 \
    --screenshot="$out/$name.png" "file://$out/$name.html" 2>/dev/null
  echo "$out/$name.png"
  # Each picture alone, at its own size, as a reader opening it sees it.
  for svg in "$out/$name"-*.svg; do
    [ -f "$svg" ] || continue
    size=$(grep -o 'width="[0-9]*" height="[0-9]*"' "$svg" | head -1 | tr -dc '0-9 ' | sed 's/  */,/')
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="${size:-700,400}" \
      --screenshot="${svg%.svg}.png" "file://$svg" 2>/dev/null
    # Without colour: greyscale and deuteranopia, when pillow is installed.
    if python3 -c 'import PIL' 2>/dev/null; then
      python3 scripts/simulate-colour-vision.py "${svg%.svg}.png" >/dev/null
    fi
  done
}

for args in "--model rnn" "--model lstm" "--model gru" "--model rnn --bptt document" \
  "--model rnn --bptt verbatim" "--model rnn --steps 30" "--model lstm --hidden-size 8 --steps 12"; do
  name=$(echo "$args" | tr -d ' -' )
  rm -f "$out/$name.md"
  # A pass that stops (--bptt verbatim) exits 1 but still writes its document.
  .build/debug/unroll trace $args --format md -o "$out/$name.md" --force 2>"$out/$name.err" || true
  if [ ! -f "$out/$name.md" ]; then
    echo "skipped: unroll trace $args ($(head -1 "$out/$name.err"))" >&2
    continue
  fi
  render "$name"
done

# The REPL's export at dWhh (backward, t = 2): accumulations as rows, that row marked.
printf 'goto backward 2\ns 3\nexport %s --force\nquit\n' "$out/replexport.md" |
  .build/debug/unroll repl --model rnn --steps 4 >/dev/null
render replexport
