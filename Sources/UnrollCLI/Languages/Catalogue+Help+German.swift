extension Catalogue {
  /// The help texts in German (Sie-Form), keyed by the English with its lines joined.
  static let germanHelp: [String: String] = [
    "USAGE":
      "AUFRUF",
    ": ":
      ": ",
    "COMMANDS":
      "BEFEHLE",
    "FLAGS FOR EVERY COMMAND":
      "FLAGS FÜR JEDEN BEFEHL",
    "Run `unroll help COMMAND` for a command's flags.":
      "`unroll help BEFEHL` zeigt die Flags eines Befehls.",
    "Every command also takes -h/--help, --version and --no-color.":
      "Jeder Befehl nimmt außerdem -h/--help, --version und --no-color.",
    "[model options]":
      "[Modelloptionen]",
    "[options]":
      "[Optionen]",
    "watch an RNN, an LSTM and a GRU compute, one operation at a time.":
      "sehen Sie einem RNN, einem LSTM und einer GRU beim Rechnen zu, Operation für Operation.",
    "Unroll runs the forward and backward passes of the vanilla RNN of the RNN note (\"Einfache RNN-Implementierung von Grund auf\", also in Chinese and Japanese), the LSTM of the LSTM note (\"NumPy LSTM-Implementierung von Grund auf\") and PyTorch's GRU in an interpreter that records every intermediate value with its formula, its shape and its line of NumPy.":
      "Unroll führt den Vorwärts- und den Rückwärtspass des einfachen RNN aus der RNN-Notiz („Einfache RNN-Implementierung von Grund auf“, auch auf Chinesisch und Japanisch), des LSTM aus der LSTM-Notiz („NumPy LSTM-Implementierung von Grund auf“) und der GRU von PyTorch in einem Interpreter aus, der jeden Zwischenwert mit seiner Formel, seiner Form (shape) und seiner NumPy-Zeile aufzeichnet.",
    "New here? Start with the first lesson:":
      "Neu hier? Beginnen Sie mit der ersten Lektion:",
    "Commands:":
      "Befehle:",
    "Then explore on your own:":
      "Danach auf eigene Faust:",
    "step through the RNN's passes, like pdb":
      "die Pässe des RNN schrittweise, wie in pdb",
    "the notes' backward() as written: where it breaks":
      "backward() der Notizen wie geschrieben: wo es bricht",
    "every value of the RNN's passes, seed 0":
      "jeder Wert der Pässe des RNN, Seed 0",
    "the same for the LSTM":
      "dasselbe für das LSTM",
    "a GRU step by step: r_t, z_t, n_t, h_t":
      "eine GRU Schritt für Schritt: r_t, z_t, n_t, h_t",
    "the whole trace as JSON, readable by --weights":
      "der ganze Trace als JSON, lesbar mit --weights",
    "the notes' backward() against the correct BPTT":
      "backward() der Notizen gegen die korrekte BPTT",
    "the notes' loop with both BPTTs, side by side":
      "die Trainingsschleife der Notizen mit beiden BPTTs nebeneinander",
    "the gradients against finite differences":
      "die Gradienten gegen finite Differenzen",
    "every flag of a command":
      "alle Flags eines Befehls",
    "a lesson of the course, one step at a time":
      "eine Lektion des Kurses, Schritt für Schritt",
    "Runs lesson N (or the lesson named SLUG: `unroll lesson rnn-forward`) on the engine: every number it shows is computed as it runs. On a terminal it shows one step at a time, runs its commands and pauses: Enter goes on, a REPL command (print h_t, where, step) looks around from the lesson's position, :back shows the previous step, :quit (or Ctrl-D) saves and leaves. Exercises check your answer, give a hint after a wrong try and the answer after three.":
      "Führt Lektion N aus (oder die Lektion namens SLUG: `unroll lesson rnn-forward`), auf der Engine: Jede Zahl, die sie zeigt, wird beim Ablauf berechnet. Auf einem Terminal zeigt sie einen Schritt nach dem anderen, führt seine Befehle aus und hält an: Enter geht weiter, ein REPL-Befehl (print h_t, where, step) sieht sich von der Position der Lektion aus um, :back zeigt den vorigen Schritt, :quit (oder Ctrl-D) speichert und beendet. Übungen prüfen Ihre Antwort, geben nach einem falschen Versuch einen Hinweis und nach drei die Antwort.",
    "Progress is saved in $XDG_STATE_HOME/unroll/progress.json (by default ~/.local/state/unroll/); `unroll lesson N` resumes where you left off, and --restart starts over. Without a terminal (stdin or stdout not a TTY) the lesson runs straight through and shows the answers, as a transcript; it saves no progress.":
      "Der Fortschritt wird in $XDG_STATE_HOME/unroll/progress.json gespeichert (standardmäßig ~/.local/state/unroll/); `unroll lesson N` macht dort weiter, wo Sie aufgehört haben, und --restart beginnt von vorn. Ohne Terminal (stdin oder stdout kein TTY) läuft die Lektion in einem Zug durch und zeigt die Antworten, als Mitschrift; dabei wird kein Fortschritt gespeichert.",
    "With --lang de, zh or ja (or a German, Chinese or Japanese locale) the lesson is the translation in lessons/de/ (zh/, ja/) and the runner speaks that language; a lesson not translated yet runs in English, with a line that says so. Answers may be typed as in that language: 0,25 with a decimal comma, full-width digits, positiv, 正, 負.":
      "Mit --lang de, zh oder ja (oder einer deutschen, chinesischen oder japanischen Locale) ist die Lektion die Übersetzung in lessons/de/ (zh/, ja/), und der Runner spricht diese Sprache; eine noch nicht übersetzte Lektion läuft auf Englisch, mit einer Zeile, die das sagt. Antworten dürfen so eingegeben werden, wie man es in dieser Sprache tut: 0,25 mit Dezimalkomma, Ziffern in voller Breite, positiv, 正, 負.",
    "Lessons are read from the folder in UNROLL_LESSONS if set, else from the lessons/ folder of the repository this unroll was built from, else from ./lessons.":
      "Die Lektionen werden aus dem Ordner in UNROLL_LESSONS gelesen, falls gesetzt, sonst aus dem Ordner lessons/ des Repositorys, aus dem dieses unroll gebaut wurde, sonst aus ./lessons.",
    "OPTIONS":
      "OPTIONEN",
    "start from step 1, whatever was saved":
      "bei Schritt 1 beginnen, egal was gespeichert ist",
    "the lessons, with the ones finished marked":
      "die Lektionen, die abgeschlossenen markiert",
    "Lists the lessons with their length and where you are in each (✓ done, or the step to resume at). With --check, runs every lesson straight through, as the tests do, and reports each block that does not parse, each command that fails and each exercise the engine cannot answer, as FILE:LINE; exits 1 if any lesson has a problem. A block that takes longer than --time-limit is a problem, and a gradient check or a training run in it stops there; so is a line of the lesson wider than the terminal (80 columns unless COLUMNS says).":
      "Listet die Lektionen mit ihrer Länge auf und wo Sie in jeder stehen (✓ fertig, oder der Schritt, an dem es weitergeht). Mit --check läuft jede Lektion in einem Zug durch, wie in den Tests, und jeder Block, der sich nicht parsen lässt, jeder Befehl, der fehlschlägt, und jede Übung, die die Engine nicht beantworten kann, wird als DATEI:ZEILE gemeldet; der Exit-Code ist 1, wenn eine Lektion ein Problem hat. Ein Block, der länger braucht als --time-limit, ist ein Problem, und eine Gradientenprüfung oder ein Training darin hält dort an; ebenso eine Zeile der Lektion, die breiter ist als das Terminal (80 Spalten, wenn COLUMNS nichts anderes sagt).",
    "With --lang de, zh or ja the list shows the translated titles, and --check checks the translations: each has the English lesson's structure (header, steps, blocks, every command and answer) and runs; the glossary lessons/LANG/glossary.md has its table's shape. Lessons not translated yet are listed, and are not a problem.":
      "Mit --lang de, zh oder ja zeigt die Liste die übersetzten Titel, und --check prüft die Übersetzungen: Jede hat die Struktur der englischen Lektion (Kopf, Schritte, Blöcke, jeder Befehl und jede Antwort) und läuft; das Glossar lessons/LANG/glossary.md hat die Form seiner Tabelle. Noch nicht übersetzte Lektionen werden aufgelistet und sind kein Problem.",
    "run every lesson without a terminal and report problems":
      "jede Lektion ohne Terminal ausführen, Probleme melden",
    "with --check, the time one block may take, 1 to 3600 (default: 120)":
      "mit --check die Zeit, die ein Block brauchen darf, 1 bis 3600 (Standard: 120)",
    "the course's terms in German, Chinese and Japanese":
      "die Fachbegriffe des Kurses auf Deutsch, Chinesisch und Japanisch",
    "Shows the glossary of the language --lang (or the locale) names: for each term the English, the course's translation, the word the notes in that language use (Hidden State, 隐藏状态, 隠れ状態), and a remark, which says so where the notes' own translation is wrong. In English it shows the terms side by side in the three languages. With TERM, only the terms that contain it, in any column (`unroll glossary gate`, `unroll glossary 忘却`). The glossaries are Markdown files, lessons/de/glossary.md and so on, that the lessons link to.":
      "Zeigt das Glossar der Sprache, die --lang (oder die Locale) nennt: für jeden Begriff das Englische, die Übersetzung des Kurses, das Wort, das die Notizen in dieser Sprache verwenden (Hidden State, 隐藏状态, 隠れ状態), und eine Anmerkung, die es sagt, wo die Übersetzung der Notizen selbst falsch ist. Auf Englisch zeigt es die Begriffe in den drei Sprachen nebeneinander. Mit TERM nur die Begriffe, die es enthalten, in irgendeiner Spalte (`unroll glossary gate`, `unroll glossary 忘却`). Die Glossare sind Markdown-Dateien, lessons/de/glossary.md und so weiter, auf die die Lektionen verweisen.",
    "step through the passes, one operation at a time":
      "die Pässe schrittweise durchgehen, Operation für Operation",
    "Records one forward and one backward pass and lets you walk through them the way pdb and gdb walk through a program: step (s) one operation, next (n) to the end of the timestep, back (rs) and prev (rn) the same backwards, continue (c) to a breakpoint, goto forward 3, print h_t, watch dh, diff (the notes' value beside the correct one), explain, norms dh (‖dh‖ at every timestep), clip 1 (what gradient clipping would do), export FILE.md. Type help at the prompt for every command. An empty line repeats the last command; quit (q) or end of input (Ctrl-D) leaves.":
      "Zeichnet einen Vorwärts- und einen Rückwärtspass auf und lässt Sie sie durchgehen, wie pdb und gdb ein Programm durchgehen: step (s) eine Operation, next (n) bis zum Ende des Zeitschritts, back (rs) und prev (rn) dasselbe rückwärts, continue (c) bis zu einem Haltepunkt, goto forward 3, print h_t, watch dh, diff (der Wert der Notizen neben dem korrekten), explain, norms dh (‖dh‖ in jedem Zeitschritt), clip 1 (was Gradient Clipping bewirken würde), export FILE.md. Geben Sie am Prompt help ein, um alle Befehle zu sehen. Eine leere Zeile wiederholt den letzten Befehl; quit (q) oder das Ende der Eingabe (Ctrl-D) beendet.",
    "On a terminal the prompt edits the line (arrows, Home/End, Ctrl-A/E/K/U/W), Up and Down and Ctrl-R search the history ($XDG_STATE_HOME/unroll/history), Tab completes commands, names and settings, Ctrl-C drops the line and Ctrl-L clears the screen. Piped in, each command is written after the prompt, so the output reads as a transcript.":
      "Auf einem Terminal lässt sich die Zeile am Prompt bearbeiten (Pfeiltasten, Home/End, Ctrl-A/E/K/U/W), Auf und Ab und Ctrl-R durchsuchen den Verlauf ($XDG_STATE_HOME/unroll/history), Tab ergänzt Befehle, Namen und Einstellungen, Ctrl-C verwirft die Zeile und Ctrl-L leert den Bildschirm. Über eine Pipe wird jeder Befehl hinter den Prompt geschrieben, sodass sich die Ausgabe wie eine Mitschrift liest.",
    "With --bptt verbatim the pass stops at the notes' first broken line, and stepping reaches it; `set bptt document` continues with the two repairs. Colour and heat strips appear only on a terminal.":
      "Mit --bptt verbatim hält der Pass an der ersten fehlerhaften Zeile der Notizen an, und schrittweises Gehen erreicht sie; `set bptt document` macht mit den zwei Reparaturen weiter. Farben und Wärmestreifen erscheinen nur auf einem Terminal.",
    "With --backward FILE.py the session steps through your own file instead, run once as `unroll check FILE.py` runs it: step (a line, into calls), next (to the next iteration), back, prev, continue (to a breakpoint, the first departure or the end), break LINE|NAME, print and shape of any expression over your names as they stand, diff NAME (yours beside the correct value at this timestep), explain, list (your source, current line marked) and where (line, function, loop iteration, timestep).":
      "Mit --backward FILE.py geht die Sitzung stattdessen Ihre eigene Datei durch, einmal so ausgeführt, wie `unroll check FILE.py` sie ausführt: step (eine Zeile, in Aufrufe hinein), next (zur nächsten Iteration), back, prev, continue (bis zu einem Haltepunkt, zur ersten Abweichung oder zum Ende), break LINE|NAME, print und shape jedes Ausdrucks über Ihre Namen, wie sie gerade stehen, diff NAME (Ihr Wert neben dem korrekten in diesem Zeitschritt), explain, list (Ihr Quelltext, die aktuelle Zeile markiert) und where (Zeile, Funktion, Schleifendurchlauf, Zeitschritt).",
    "MODEL OPTIONS":
      "MODELLOPTIONEN",
    "the RNN note's RNN, the LSTM note's LSTM, or PyTorch's GRU, which the notes lack (default: rnn)":
      "das RNN der RNN-Notiz, das LSTM der LSTM-Notiz\noder die GRU von PyTorch, die den Notizen fehlt (Standard: rnn)",
    "features of x_t, 1 to 256 (default: rnn 1, lstm/gru 3)":
      "Merkmale von x_t, 1 bis 256\n(Standard: rnn 1, lstm/gru 3)",
    "hidden units, 1 to 512 (default: rnn 32, lstm/gru 5)":
      "Hidden-Einheiten, 1 bis 512\n(Standard: rnn 32, lstm/gru 5)",
    "timesteps T, 1 to 2000 (default: rnn 10, lstm/gru 4)":
      "Zeitschritte T, 1 bis 2000\n(Standard: rnn 10, lstm/gru 4)",
    "draws what is not given: weights, x and y (default: 0)":
      "zieht, was nicht angegeben ist: Gewichte, x und y (Standard: 0)",
    "parameters, and x and y if present, from a JSON file such as `unroll trace --format json` writes (- reads stdin); the sizes come from its shapes":
      "Parameter, und x und y, falls vorhanden, aus einer JSON-Datei, wie `unroll trace --format json` sie schreibt (- liest stdin); die Größen ergeben sich aus ihren Formen",
    "the backward pass: correct (default); document, the notes' backward() with its two shape repairs (\"the notes' BPTT\" in every output); verbatim, as the notes write it (it stops at its first line). document and verbatim exist for the RNN only":
      "der Rückwärtspass: correct (Standard); document, backward() der Notizen mit seinen zwei Reparaturen der Formen („die BPTT der Notizen“ in jeder Ausgabe); verbatim, wie die Notizen es schreiben (bricht in seiner ersten Zeile ab). document und verbatim gibt es nur für das RNN",
    "last (default): one label, the loss on h_T, as the notes; every-step: a head and a BCE term at every step, summed, as min-char-rnn (step t labelled x_1 + … + x_t > 0; a file's y may list one per step)":
      "last (Standard): ein Label, der Verlust an h_T, wie in den Notizen; every-step: ein Ausgabekopf und ein BCE-Term in jedem Zeitschritt, summiert, wie in min-char-rnn (Zeitschritt t hat das Label x_1 + … + x_t > 0; das y einer Datei darf eins je Zeitschritt sein)",
    "truncated BPTT: chunks of K steps counted from the last; no gradient flows from a chunk to the one before (PyTorch's detach every K steps), so each loss term reaches back at most K steps, its own included (default: full BPTT; K >= steps is full)":
      "abgeschnittene BPTT: Abschnitte von K Zeitschritten, vom letzten an gezählt; kein Gradient fließt von einem Abschnitt in den vorigen (PyTorchs detach alle K Schritte), daher reicht jeder Verlustterm höchstens K Zeitschritte zurück, seinen eigenen eingeschlossen (Standard: volle BPTT; K >= steps ist voll)",
    "the LSTM's initial bf, every entry B (default: 0, the notes'; 1 to 3 keeps f_t near 1, so C_t carries far)":
      "das anfängliche bf des LSTM, jeder Eintrag B (Standard: 0 wie in den Notizen; 1 bis 3 hält f_t nahe 1, sodass C_t weit trägt)",
    "step through your own NumPy forward and backward pass (as unroll check runs it)":
      "Ihren eigenen NumPy-Vorwärts- und -Rückwärtspass schrittweise durchgehen (so, wie unroll check ihn ausführt)",
    "every value of one forward and backward pass, with its formula":
      "jeder Wert eines Vorwärts- und Rückwärtspasses, mit seiner Formel",
    "Runs the forward pass, the loss and the backward pass once, and lists every value the interpreter recorded: per phase and timestep, its name, shape, formula, NumPy line and value; then y_pred, p, loss and the gradients.":
      "Führt den Vorwärtspass, den Verlust und den Rückwärtspass einmal aus und listet jeden Wert auf, den der Interpreter aufgezeichnet hat: nach Phase und Zeitschritt, mit Name, Form, Formel, NumPy-Zeile und Wert; danach y_pred, p, den Verlust und die Gradienten.",
    "The JSON holds model, bptt, seed, sizes, params, x, y, records (phase, t, name, formula, line, shape, value), y_pred, p, loss and grads. Numbers are written exactly (NaN and infinities as the strings \"nan\", \"inf\", \"-inf\"), and the file reads back with --weights. If the pass stops on an error, the records up to it are written, the error goes to stderr and the exit code is 1.":
      "Das JSON enthält model, bptt, seed, sizes, params, x, y, records (phase, t, name, formula, line, shape, value), y_pred, p, loss und grads. Zahlen werden exakt geschrieben (NaN und Unendlich als die Strings \"nan\", \"inf\", \"-inf\"), und die Datei lässt sich mit --weights wieder einlesen. Bricht der Pass mit einem Fehler ab, werden die Records bis dorthin geschrieben, der Fehler geht nach stderr und der Exit-Code ist 1.",
    "The Markdown (--format md -o FILE.md) renders on GitHub: a header with the command that reproduces it, the parameters, one table per timestep forward and backward, the gradients, and pictures written beside it as SVG files (FILE-gradient-norms.svg, FILE-h_t.svg, ...), all of them or none.":
      "Das Markdown (--format md -o FILE.md) wird auf GitHub dargestellt: ein Kopf mit dem Befehl, der es erzeugt, die Parameter, eine Tabelle pro Zeitschritt vorwärts und rückwärts, die Gradienten, und Bilder, daneben als SVG-Dateien geschrieben (FILE-gradient-norms.svg, FILE-h_t.svg, ...), alle oder keines.",
    "With -o, an existing file is replaced only with --force, and keeps its permissions; a device or a pipe (-o /dev/null) is written, not replaced.":
      "Mit -o wird eine vorhandene Datei nur mit --force ersetzt und behält ihre Zugriffsrechte; ein Gerät oder eine Pipe (-o /dev/null) wird beschrieben, nicht ersetzt.",
    "--layout pytorch shows the parameters and gradients as the PyTorch note's state_dict names them (rnn.weight_ih_l0, ..., fc.bias), and the JSON then reads back as a PyTorch-layout weights file. The default is the layout the weights came in. Either way the trace states the mapping when PyTorch's layout is involved; the recorded values are the notes'.":
      "--layout pytorch zeigt die Parameter und Gradienten unter den Namen des state_dict der PyTorch-Notiz (rnn.weight_ih_l0, ..., fc.bias), und das JSON lässt sich dann als Gewichtsdatei im PyTorch-Layout wieder einlesen. Standard ist das Layout, in dem die Gewichte kamen. In jedem Fall nennt der Trace die Zuordnung, wenn das Layout von PyTorch beteiligt ist; die aufgezeichneten Werte sind die der Notizen.",
    "text for people, json for programs, md for GitHub (default: text)":
      "text für Menschen, json für Programme, md für GitHub (Standard: text)",
    "write to FILE, not stdout: whole or not at all (a temporary file in its folder, then a rename)":
      "nach FILE schreiben statt nach stdout: ganz oder gar nicht (eine temporäre Datei in ihrem Ordner, dann eine Umbenennung)",
    "replace FILE (and its pictures) if it exists":
      "FILE (und seine Bilder) ersetzen, wenn es existiert",
    "parameters and gradients by the notes' names or PyTorch's state_dict (default: the file's)":
      "Parameter und Gradienten unter den Namen der Notizen oder dem state_dict von PyTorch (Standard: wie in der Datei)",
    "run your own NumPy backward pass and find its first wrong line":
      "Ihren eigenen NumPy-Rückwärtspass ausführen und seine erste falsche Zeile finden",
    "Runs FILE's forward(x) and backward(y_true) in Unroll's own Python and NumPy subset (no Python needed) on the weights and example the other commands use, and holds every assignment against the engine's correct pass.":
      "Führt forward(x) und backward(y_true) aus FILE in Unrolls eigener Teilmenge von Python und NumPy aus (Python wird nicht gebraucht), mit den Gewichten und dem Beispiel, die die anderen Befehle verwenden, und hält jede Zuweisung gegen den korrekten Pass der Engine.",
    "The file: top-level `import numpy as np`, constants, def and class run; other top-level statements (data, training loop, prints) are skipped and listed. The global sequence_length is set to --steps. The class that defines backward is made without __init__; input_size, hidden_size, output_size and the parameters (rnn: Wxh Whh Why bh by; lstm: Wf Wi WC Wo bf bi bC bo Why by; gru: Wr Wz Wxn Whn br bz bxn bhn Why by) are set on it. forward gets x of shape (steps, input, 1), backward y_true of shape (1, 1). The gradients are the G of the updates `self.P -= learning_rate * G`, else the locals dP when backward returns, else a returned dict keyed P or dP. The model is --model, else the file's names (self.Wf: lstm, self.Wr: gru, else rnn).":
      "Die Datei: `import numpy as np` auf oberster Ebene, Konstanten, def und class werden ausgeführt; andere Anweisungen auf oberster Ebene (Daten, Trainingsschleife, prints) werden übersprungen und aufgelistet. Die globale sequence_length wird auf --steps gesetzt. Die Klasse, die backward definiert, wird ohne __init__ erzeugt; input_size, hidden_size, output_size und die Parameter (rnn: Wxh Whh Why bh by; lstm: Wf Wi WC Wo bf bi bC bo Why by; gru: Wr Wz Wxn Whn br bz bxn bhn Why by) werden auf ihr gesetzt. forward bekommt x der Form (steps, input, 1), backward y_true der Form (1, 1). Die Gradienten sind die G der Updates `self.P -= learning_rate * G`, sonst die lokalen dP, wenn backward zurückkehrt, sonst ein zurückgegebenes dict mit den Schlüsseln P oder dP. Das Modell ist --model, sonst folgt es aus den Namen der Datei (self.Wf: lstm, self.Wr: gru, sonst rnn).",
    "The verdict: per parameter rel_err = ||g - g*|| / max(||g||, ||g*||) (2-norm over all entries) and the cosine; correct when every rel_err is at most 1e-9. The first departure: the names the correct pass has (h/h_t, C_t, the gates, concat, y_pred, p; dy/dy_pred, dh, dh_raw, dh_next, dC, dC_next, do, di, df, dC_tilde/dC_tilda, dconcat, the GRU's dn dz dr dhn; dP as partial sums), case and underscores ignored (dhraw is dh_raw), are compared at the end of each loop iteration: on track when equal (same shape, max|a - b| <= 1e-9 max(|a|, |b|)) to the correct value of that quantity at any timestep, initial states included. t is the loop variable + 1, else the iteration (from T over reversed). Code before a loop is compared where the loop starts. dh and dh_next are one quantity, dC and dC_next two.":
      "Das Urteil: pro Parameter rel_err = ||g - g*|| / max(||g||, ||g*||) (2-Norm über alle Einträge) und der Kosinus; korrekt, wenn jeder rel_err höchstens 1e-9 ist. Die erste Abweichung: Die Namen, die der korrekte Pass hat (h/h_t, C_t, die Gatter, concat, y_pred, p; dy/dy_pred, dh, dh_raw, dh_next, dC, dC_next, do, di, df, dC_tilde/dC_tilda, dconcat, dn dz dr dhn der GRU; dP als Teilsummen), ohne Rücksicht auf Groß- und Kleinschreibung und Unterstriche (dhraw ist dh_raw), werden am Ende jedes Schleifendurchlaufs verglichen: auf Kurs, wenn gleich (dieselbe Form, max|a - b| <= 1e-9 max(|a|, |b|)) dem korrekten Wert dieser Größe in irgendeinem Zeitschritt, Anfangszustände eingeschlossen. t ist die Schleifenvariable + 1, sonst der Durchlauf (von T an bei reversed). Code vor einer Schleife wird dort verglichen, wo die Schleife beginnt. dh und dh_next sind eine Größe, dC und dC_next zwei.",
    "The file runs in float64 as the engine does, and its products add in the engine's order (W @ x and np.dot(W, x) as W · x, W.T @ d as Wᵀ · d), so the notes' RNN pass gives the engine's gradients to the last bit. A sum the file spells in another order (dC_next + dh * ...) differs in the last bits (about 1e-16); a pass that amplifies rounding (the LSTM with the LSTM note's unscaled weights over hundreds of steps) can grow that past 1e-9: use fewer steps then.":
      "Die Datei rechnet in float64 wie die Engine, und ihre Produkte addieren in der Reihenfolge der Engine (W @ x und np.dot(W, x) wie W · x, W.T @ d wie Wᵀ · d), sodass der RNN-Pass der Notizen die Gradienten der Engine bis aufs letzte Bit ergibt. Eine Summe, die die Datei in anderer Reihenfolge schreibt (dC_next + dh * ...), weicht in den letzten Bits ab (etwa 1e-16); ein Pass, der Rundungsfehler verstärkt (das LSTM mit den unskalierten Gewichten der LSTM-Notiz über Hunderte von Zeitschritten), kann das über 1e-9 wachsen lassen: Nehmen Sie dann weniger Zeitschritte.",
    "Exit 0 when correct, 1 when incorrect or the file failed, 2 for usage errors. --new writes a template to start from; an existing file is replaced only with --force.":
      "Exit-Code 0, wenn korrekt, 1, wenn falsch oder die Datei fehlschlug, 2 bei Aufruffehlern. --new schreibt eine Vorlage zum Anfangen; eine vorhandene Datei wird nur mit --force ersetzt.",
    "text for people, json for programs (default: text)":
      "text für Menschen, json für Programme (Standard: text)",
    "write a template for this cell to FILE.py":
      "eine Vorlage für diese Zelle nach FILE.py schreiben",
    "with --new, replace FILE.py if it exists":
      "mit --new FILE.py ersetzen, wenn es existiert",
    "the notes' backward() against the correct BPTT, number by number":
      "backward() der Notizen gegen die korrekte BPTT, Zahl für Zahl",
    "Runs one example forward, then three backward passes: the RNN note's backward() as written (it stops at its first line, with NumPy's message), the same with its two shape repairs (\"the notes' BPTT\"), and the correct BPTT. Prints, per parameter, both gradients' norms, the relative error ‖d − c‖/‖c‖, the cosine and the share of entries whose signs agree; per timestep, ‖dh‖ and ‖dh_raw‖ of both, with a sparkline of each over time; then an ablation: each of the three deviations fixed alone, and left alone.":
      "Rechnet ein Beispiel vorwärts, dann drei Rückwärtspässe: backward() der RNN-Notiz wie geschrieben (bricht in seiner ersten Zeile ab, mit der Meldung von NumPy), dasselbe mit seinen zwei Reparaturen der Formen („die BPTT der Notizen“) und die korrekte BPTT. Gibt pro Parameter die Normen beider Gradienten aus, den relativen Fehler ‖d − c‖/‖c‖, den Kosinus und den Anteil der Einträge mit gleichem Vorzeichen; pro Zeitschritt ‖dh‖ und ‖dh_raw‖ beider, mit einer Sparkline von jedem über die Zeit; dann eine Ablation: jede der drei Abweichungen allein behoben, und allein belassen.",
    "The RNN only: the notes give the LSTM no backward pass to compare, and have no GRU. --bptt is not used (compare runs all of them). --layout pytorch compares the gradients by the PyTorch note's state_dict names; rnn.bias_ih_l0 and rnn.bias_hh_l0 both carry bh's gradient.":
      "Nur das RNN: Die Notizen geben dem LSTM keinen Rückwärtspass zum Vergleichen und haben keine GRU. --bptt wird nicht verwendet (compare führt alle aus). --layout pytorch vergleicht die Gradienten unter den Namen des state_dict der PyTorch-Notiz; rnn.bias_ih_l0 und rnn.bias_hh_l0 tragen beide den Gradienten von bh.",
    "With --loss every-step every pass takes a loss at every step, and the notes' dh = np.dot(Why.T, dy) + dh_next is then the rule, not a deviation: the ablation has two rows, output-error and final-h. --tbptt K truncates both passes alike.":
      "Mit --loss every-step nimmt jeder Pass in jedem Zeitschritt einen Verlust, und dh = np.dot(Why.T, dy) + dh_next der Notizen ist dann die Regel, keine Abweichung: Die Ablation hat zwei Zeilen, output-error und final-h. --tbptt K schneidet beide Pässe gleich ab.",
    "replace with --format md -o, FILE.md (and its chart) if it exists":
      "mit --format md -o FILE.md (und sein Diagramm) ersetzen, wenn es existiert",
    "the analytic gradients against finite differences":
      "die analytischen Gradienten gegen finite Differenzen",
    "Computes every parameter's gradient by the correct BPTT, or with --bptt document by the notes' backward() (the notes' BPTT), then each entry again from the loss alone, nudging the entry and re-running the forward pass: the five-point centred difference":
      "Berechnet den Gradienten jedes Parameters mit der korrekten BPTT, oder mit --bptt document mit backward() der Notizen (der BPTT der Notizen), dann jeden Eintrag noch einmal allein aus dem Verlust, indem der Eintrag ein wenig verschoben und der Vorwärtspass neu gerechnet wird: die zentrierte Fünf-Punkte-Differenz",
    "An entry's relative error is |a − n| / max(|a|, |n|, 1e-06). A parameter passes when its largest is at most 1e-07; the exit code is 1 when any parameter fails.":
      "Der relative Fehler eines Eintrags ist |a − n| / max(|a|, |n|, 1e-06). Ein Parameter besteht, wenn sein größter höchstens 1e-07 ist; der Exit-Code ist 1, wenn ein Parameter durchfällt.",
    "--bptt document shows the check failing on the notes' gradients: they are not the derivative of the loss, and the exit code is 1 for them too, as for any wrong gradient, so a script sees the failure. `unroll compare` measures how far off they are. --bptt verbatim is refused: it stops at its first line.":
      "--bptt document zeigt die Prüfung, wie sie an den Gradienten der Notizen scheitert: Sie sind nicht die Ableitung des Verlusts, und der Exit-Code ist auch für sie 1, wie für jeden falschen Gradienten, damit ein Skript das Scheitern sieht. `unroll compare` misst, wie weit sie danebenliegen. --bptt verbatim wird abgelehnt: Es bricht in seiner ersten Zeile ab.",
    "--entries N checks N entries of each parameter drawn at random (from --seed), as CS231n's notes check a large network; --max-entries N checks N spread evenly. At sizes where checking every entry would take more than about half a minute, a random sample is the default, and a note says how many; the table's `checked` column says it per parameter. --entries all checks every one.":
      "--entries N prüft N zufällig gezogene Einträge jedes Parameters (aus --seed), wie die Notizen von CS231n ein großes Netz prüfen; --max-entries N prüft N gleichmäßig verteilte. Bei Größen, bei denen die Prüfung jedes Eintrags länger als etwa eine halbe Minute dauern würde, ist eine Zufallsstichprobe der Standard, und ein Hinweis sagt, wie viele; die Spalte `checked` der Tabelle sagt es pro Parameter. --entries all prüft jeden.",
    "--layout pytorch checks the gradients by the PyTorch note's state_dict names: it nudges an entry of rnn.weight_ih_l0 ... fc.bias, maps the state_dict to the notes' parameters and runs the forward pass. rnn.bias_ih_l0 and rnn.bias_hh_l0 pass with the same gradient, the summed bias's.":
      "--layout pytorch prüft die Gradienten unter den Namen des state_dict der PyTorch-Notiz: Es verschiebt einen Eintrag von rnn.weight_ih_l0 ... fc.bias, bildet das state_dict auf die Parameter der Notizen ab und rechnet den Vorwärtspass. rnn.bias_ih_l0 und rnn.bias_hh_l0 bestehen mit demselben Gradienten, dem des summierten Bias.",
    "check N entries of each parameter drawn at random from --seed, 1 to 1000000, or all (default: all, or a sample where all would take long)":
      "N zufällig gezogene Einträge jedes Parameters prüfen (aus --seed), 1 bis 1000000, oder all (Standard: all, oder eine Stichprobe, wo all lange dauern würde)",
    "check at most N entries of each parameter, spread evenly, 1 to 1000000 (default: every entry)":
      "höchstens N Einträge jedes Parameters prüfen, gleichmäßig verteilt, 1 bis 1000000 (Standard: jeden Eintrag)",
    "the notes' training loop, epoch by epoch":
      "die Trainingsschleife der Notizen, Epoche für Epoche",
    "The RNN note's loop: 1000 sequences drawn from --seed, labelled 1 when their sum is above 0, 10 epochs of per-sample SGD at lr 0.01, in order. Each epoch prints the notes' line, `Epoch [1/10], Avg Loss: 0.5747`, the loss taken as the notes take it (1e-8 inside each log, p before the update), and the share of samples classified right, beside the majority class's share: what a network that always answers the commoner label would score.":
      "Die Schleife der RNN-Notiz: 1000 Sequenzen, gezogen aus --seed, mit Label 1, wenn ihre Summe über 0 liegt, 10 Epochen SGD Beispiel für Beispiel mit lr 0.01, der Reihe nach. Jede Epoche gibt die Zeile der Notizen aus, `Epoch [1/10], Avg Loss: 0.5747`, den Verlust so genommen, wie die Notizen ihn nehmen (1e-8 in jedem log, p vor dem Update), und den Anteil richtig klassifizierter Beispiele neben dem Anteil der Mehrheitsklasse: was ein Netz erreichen würde, das immer das häufigere Label antwortet.",
    "--bptt correct (default) trains with the correct gradients, --bptt document with the notes' backward() and its two shape repairs (verbatim cannot run). --compare trains both from the same start on the same data and prints them side by side, then trains the notes' pass three more times, each with one of its three deviations fixed and the other two kept (the ablation): one row per deviation, its loss curve and its last loss and accuracy, so you see which one wrecks training. --optimizer adam --batch 32 is the PyTorch note's set-up (Adam with PyTorch's defaults, gradients averaged over each batch, in order); --shuffle adds its DataLoader(shuffle=True): each epoch a Fisher-Yates pass (i from N−1 down to 1, j uniform in 0…i) over the last epoch's order, drawn from --seed's stream 3 (scripts/reference/objectives.py repeats it).":
      "--bptt correct (Standard) trainiert mit den korrekten Gradienten, --bptt document mit backward() der Notizen und seinen zwei Reparaturen der Formen (verbatim kann nicht laufen). --compare trainiert beide vom selben Start aus mit denselben Daten und zeigt sie nebeneinander, dann trainiert es den Pass der Notizen noch dreimal, jedes Mal mit einer seiner drei Abweichungen behoben und den anderen beiden belassen (die Ablation): eine Zeile pro Abweichung, mit ihrer Verlustkurve und ihrem letzten Verlust und ihrer letzten Genauigkeit, sodass Sie sehen, welche das Training ruiniert. --optimizer adam --batch 32 ist der Aufbau der PyTorch-Notiz (Adam mit den Standardwerten von PyTorch, Gradienten über jeden Batch gemittelt, der Reihe nach); --shuffle fügt deren DataLoader(shuffle=True) hinzu: in jeder Epoche ein Fisher-Yates-Durchgang (i von N−1 hinunter bis 1, j gleichverteilt in 0…i) über die Reihenfolge der letzten Epoche, gezogen aus Strom 3 von --seed (scripts/reference/objectives.py wiederholt es).",
    "--clip-norm MAX or --clip-value MAX clips each update's mean gradient (the run says how many updates it changed); --loss every-step and --tbptt K train that objective; --forget-bias B starts the LSTM's bf at B.":
      "--clip-norm MAX oder --clip-value MAX begrenzt den mittleren Gradienten jedes Updates (der Lauf sagt, wie viele Updates es verändert hat); --loss every-step und --tbptt K trainieren dieses Ziel; --forget-bias B startet bf des LSTM bei B.",
    "--weights FILE gives the initial parameters (its x and y, if any, are not used: the data come from --seed or --data). --data FILE reads {\"x\": [N samples of steps × input], \"y\": [N labels, 0 or 1]}.":
      "--weights FILE gibt die Anfangsparameter (x und y darin, falls vorhanden, werden nicht verwendet: Die Daten kommen aus --seed oder --data). --data FILE liest {\"x\": [N Beispiele aus steps × input], \"y\": [N Labels, 0 oder 1]}.",
    "--format json prints {\"bptt\", \"majority\": {\"label\", \"share\"}, \"epochs\": [{\"epoch\", \"loss\", \"accuracy\"}], \"params\": the final parameters as lists of rows}; with --compare, {\"majority\", \"runs\": [one such object per BPTT], \"ablation\": [{\"fixed\": \"output-error\", \"epochs\"} or {\"fixed\", \"stopped\"}]}. On a terminal, a run that lasts more than half a second shows its progress on stderr.":
      "--format json gibt {\"bptt\", \"majority\": {\"label\", \"share\"}, \"epochs\": [{\"epoch\", \"loss\", \"accuracy\"}], \"params\": die finalen Parameter als Listen von Zeilen} aus; mit --compare {\"majority\", \"runs\": [ein solches Objekt pro BPTT], \"ablation\": [{\"fixed\": \"output-error\", \"epochs\"} oder {\"fixed\", \"stopped\"}]}. Auf einem Terminal zeigt ein Lauf, der länger als eine halbe Sekunde dauert, seinen Fortschritt auf stderr.",
    "sequences drawn from --seed, 1 to 100000 (default: 1000)":
      "Sequenzen aus --seed, 1 bis 100000 (Standard: 1000)",
    "train on the samples in FILE instead":
      "stattdessen mit den Beispielen in FILE trainieren",
    "1 to 10000 (default: 10)":
      "1 bis 10000 (Standard: 10)",
    "the learning rate, above 0 (default: 0.01)":
      "die Lernrate, größer als 0 (Standard: 0.01)",
    "the update rule (default: sgd)":
      "die Update-Regel (Standard: sgd)",
    "samples per update, 1 to 100000 (default: 1)":
      "Beispiele pro Update, 1 bis 100000 (Standard: 1)",
    "scale each update's gradient, all parameters together, by min(1, MAX/‖g‖), as d2l's grad_clipping (PyTorch's clip_grad_norm_ divides by ‖g‖ + 1e-6)":
      "den Gradienten jedes Updates, alle Parameter zusammen, mit min(1, MAX/‖g‖) skalieren, wie grad_clipping in d2l (PyTorchs clip_grad_norm_ teilt durch ‖g‖ + 1e-6)",
    "put every entry of each update's gradient into [−MAX, MAX], as min-char-rnn's np.clip (±5)":
      "jeden Eintrag des Gradienten jedes Updates in [−MAX, MAX] legen, wie np.clip in min-char-rnn (±5)",
    "a new order every epoch, from --seed: a Fisher-Yates pass over the last epoch's order (stream 3 of the seed)":
      "jede Epoche eine neue Reihenfolge, aus --seed: ein Fisher-Yates-Durchgang über die Reihenfolge der letzten Epoche (Strom 3 des Seeds)",
    "train with the notes' and the correct BPTT from the same start, then the notes' with each deviation alone fixed":
      "mit der BPTT der Notizen und der korrekten vom selben Start aus trainieren, dann die der Notizen mit jeweils einer Abweichung allein behoben",
    "write the loss and accuracy curves to DIR/loss.svg and DIR/accuracy.svg (DIR is created)":
      "die Kurven von Verlust und Genauigkeit nach DIR/loss.svg und DIR/accuracy.svg schreiben (DIR wird angelegt)",
    "replace DIR/loss.svg and DIR/accuracy.svg if they exist":
      "DIR/loss.svg und DIR/accuracy.svg ersetzen, wenn sie existieren",
    "a weights file in the notes' layout or as PyTorch's state_dict":
      "eine Gewichtsdatei im Layout der Notizen oder als state_dict von PyTorch",
    "Reads a weights file (FILE; - reads stdin) and writes it in the layout --to names: document, the notes' params (Wxh Whh bh, or Wf ... bo over concat = [h; x], then Why by); pytorch, the PyTorch note's state_dict (rnn.weight_ih_l0, rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0, fc.weight, fc.bias), as `unroll trace --weights` reads it. x and y are kept when the file has them; a trace JSON converts too, without its records.":
      "Liest eine Gewichtsdatei (FILE; - liest stdin) und schreibt sie in dem Layout, das --to nennt: document, die params der Notizen (Wxh Whh bh, oder Wf ... bo über concat = [h; x], dann Why by); pytorch, das state_dict der PyTorch-Notiz (rnn.weight_ih_l0, rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0, fc.weight, fc.bias), so wie `unroll trace --weights` es liest. x und y bleiben erhalten, wenn die Datei sie hat; auch ein Trace-JSON lässt sich umwandeln, ohne seine Records.",
    "PyTorch adds two biases (b_ih + b_hh) where the notes have one. To document, they are added. To pytorch, a sum cannot be split: all of it goes into bias_ih and bias_hh is zeros, which computes the same; the message on stderr says so. The file goes to stdout unless -o; an existing OUT is replaced only with --force.":
      "PyTorch addiert zwei Biases (b_ih + b_hh), wo die Notizen einen haben. Nach document werden sie addiert. Nach pytorch lässt sich eine Summe nicht aufteilen: Alles geht in bias_ih, und bias_hh ist null, was dasselbe rechnet; die Meldung auf stderr sagt das. Die Datei geht nach stdout, außer mit -o; ein vorhandenes OUT wird nur mit --force ersetzt.",
    "the layout to write (required)":
      "das zu schreibende Layout (Pflicht)",
    "write to OUT, not stdout: whole or not at all (a temporary file in its folder, then a rename)":
      "nach OUT schreiben statt nach stdout: ganz oder gar nicht (eine temporäre Datei in ihrem Ordner, dann eine Umbenennung)",
    "replace OUT if it exists":
      "OUT ersetzen, wenn es existiert",
    "the commands, or one command's flags":
      "die Befehle, oder die Flags eines Befehls",
    "Without COMMAND, lists the commands; with it, prints that command's help, as `unroll COMMAND --help` does.":
      "Ohne COMMAND listet es die Befehle auf; mit einem Befehl zeigt es dessen Hilfe, wie `unroll COMMAND --help`.",
    "this help; after a command, its help":
      "diese Hilfe; nach einem Befehl dessen Hilfe",
    "print the version":
      "die Version ausgeben",
    "no colour even on a terminal (as NO_COLOR=1, TERM=dumb)":
      "keine Farbe, auch nicht auf einem Terminal (wie NO_COLOR=1, TERM=dumb)",
    "the language of help, errors, lessons, the glossary and explain (default: from LC_ALL, LC_MESSAGES or LANG; else en)":
      "die Sprache der Hilfe, der Fehlermeldungen, der Lektionen, des Glossars und von explain (Standard: aus LC_ALL, LC_MESSAGES oder LANG; sonst en)",
    "Commands, short forms in parentheses. An empty line repeats the last step, next, back, prev or continue.":
      "Befehle, Kurzformen in Klammern. Eine leere Zeile wiederholt das letzte step, next, back, prev oder continue.",
    "Commands over your file, short forms in parentheses. An empty line repeats the last step, next, back, prev or continue.":
      "Befehle über Ihre Datei, Kurzformen in Klammern. Eine leere Zeile wiederholt das letzte step, next, back, prev oder continue.",
    "Moving":
      "Bewegen",
    "Breakpoints":
      "Haltepunkte",
    "Looking":
      "Ansehen",
    "Understanding":
      "Verstehen",
    "Settings and session":
      "Einstellungen und Sitzung",
    "`help COMMAND` explains one in full.":
      "`help BEFEHL` erklärt einen Befehl ausführlich.",
    "run one operation (or N) and show it":
      "eine Operation (oder N) ausführen und zeigen",
    "Moves to the next operation of the recording, or N operations on, and shows it: where it is, its formula, the shapes, the value, the NumPy line, what changed. Accumulations such as dWxh += … are operations too. Stops at the end.":
      "Geht zur nächsten Operation der Aufzeichnung, oder N Operationen weiter, und zeigt sie: wo sie steht, ihre Formel, die Formen, den Wert, die NumPy-Zeile, was sich geändert hat. Akkumulationen wie dWxh += … sind auch Operationen. Hält am Ende an.",
    "run to the end of this timestep (or N)":
      "bis zum Ende dieses Zeitschritts (oder N)",
    "Moves to the last operation of the current timestep; from there, to the end of the next one. The output head and the loss count as one step each. With N, does it N times.":
      "Geht zur letzten Operation des aktuellen Zeitschritts; von dort zum Ende des nächsten. Der Ausgabekopf und der Verlust zählen je als ein Schritt. Mit N geschieht das N-mal.",
    "step back one operation (or N)":
      "eine Operation (oder N) zurück",
    "Moves to the previous operation, or N back. Nothing is recomputed: every value was recorded, so stepping back shows exactly what was there.":
      "Geht zur vorigen Operation, oder N zurück. Nichts wird neu berechnet: Jeder Wert wurde aufgezeichnet, daher zeigt der Schritt zurück genau, was dort war.",
    "back to the end of the previous timestep":
      "zurück zum Ende des vorigen Zeitschritts",
    "Moves to the last operation of the previous timestep, where `next` would have stopped; `next` then `prev` comes back to the same place.":
      "Geht zur letzten Operation des vorigen Zeitschritts, wo `next` angehalten hätte; `next` und dann `prev` kommt an dieselbe Stelle zurück.",
    "run to a breakpoint or the end of the pass":
      "bis zu einem Haltepunkt oder zum Ende des Passes",
    "Runs forward until an operation with a breakpoint (see `break`), or else to the end of the pass: the forward pass ends at the loss, the backward pass at the last gradient. `step` and `next` do not stop at breakpoints; `continue` does.":
      "Läuft vorwärts bis zu einer Operation mit Haltepunkt (siehe `break`), sonst bis zum Ende des Passes: Der Vorwärtspass endet beim Verlust, der Rückwärtspass beim letzten Gradienten. `step` und `next` halten nicht an Haltepunkten; `continue` schon.",
    "jump to forward, output or backward [at T]":
      "springen zu forward, output oder backward [bei T]",
    "Jumps to the first operation of a phase (forward, output, backward), at timestep T when given: `goto backward 3`. `goto 2` goes to t = 2 in the current phase; `goto start` and `goto end` to the first and the last stop.":
      "Springt zur ersten Operation einer Phase (forward, output, backward), bei Zeitschritt T, wenn angegeben: `goto backward 3`. `goto 2` geht zu t = 2 in der aktuellen Phase; `goto start` und `goto end` zum ersten und zum letzten Halt.",
    "stop `continue` there; bare: list them":
      "`continue` hier anhalten; ohne Argument: Liste",
    "`break dh_raw` stops at every dh_raw; `break t=3` at the start of timestep 3 in any phase; `break backward` where the backward pass begins. Accumulations have names too: `break dWhh`. A condition after `if` is tested there, with the values of that stop: `break dh if norm(dh) < 1e-3` stops at the first dh that small. With no argument, lists the breakpoints, their numbers and how many times `continue` stopped at each.":
      "`break dh_raw` hält bei jedem dh_raw; `break t=3` am Anfang von Zeitschritt 3 in jeder Phase; `break backward` dort, wo der Rückwärtspass beginnt. Auch Akkumulationen haben Namen: `break dWhh`. Eine Bedingung nach `if` wird dort geprüft, mit den Werten dieses Halts: `break dh if norm(dh) < 1e-3` hält beim ersten so kleinen dh. Ohne Argument listet es die Haltepunkte auf, mit ihren Nummern und wie oft `continue` an jedem angehalten hat.",
    "delete breakpoint N (bare: all)":
      "Haltepunkt N löschen (ohne Argument: alle)",
    "Deletes the breakpoint numbered N in `break`'s list; with no number, all.":
      "Löscht den Haltepunkt mit der Nummer N aus der Liste von `break`; ohne Nummer alle.",
    "a value as of now, or an expression of them":
      "ein Wert wie jetzt, oder ein Ausdruck daraus",
    "Shows a value with its shape as it stands at this point of the recording: a record (h_t, f_t, dh_raw: this timestep's when it has one, else the latest), a parameter (Wxh), a gradient summed so far (dWxh), the input x_t or the label y, the pre-activations inside tanh and σ (a_t for the RNN, zf_t zi_t zC_t zo_t for the LSTM, zr_t zz_t zn_t for the GRU), and the notes' names (hs, self.h, y_true, pred). `print h_t 2` (or h_t@2, h_t t=2) picks a timestep; t = 0 is the initial state. Anything else is a NumPy expression, run by the same Python subset as `unroll check`: `print h_t[0]`, `print Whh[2, 3]`, `print hs[:, 3]`, `print Whh @ h_t`, `print dh.T`, `print 1/(1+exp(-0.136))`; exp log tanh sigmoid sqrt abs sum norm need no np.":
      "Zeigt einen Wert mit seiner Form, wie er an dieser Stelle der Aufzeichnung steht: ein Record (h_t, f_t, dh_raw: der dieses Zeitschritts, wenn es einen gibt, sonst der letzte), ein Parameter (Wxh), ein bis hierher summierter Gradient (dWxh), die Eingabe x_t oder das Label y, die Voraktivierungen in tanh und σ (a_t für das RNN, zf_t zi_t zC_t zo_t für das LSTM, zr_t zz_t zn_t für die GRU) und die Namen der Notizen (hs, self.h, y_true, pred). `print h_t 2` (oder h_t@2, h_t t=2) wählt einen Zeitschritt; t = 0 ist der Anfangszustand. Alles andere ist ein NumPy-Ausdruck, ausgeführt von derselben Python-Teilmenge wie bei `unroll check`: `print h_t[0]`, `print Whh[2, 3]`, `print hs[:, 3]`, `print Whh @ h_t`, `print dh.T`, `print 1/(1+exp(-0.136))`; exp log tanh sigmoid sqrt abs sum norm brauchen kein np.",
    "the shape of a value":
      "die Form eines Werts",
    "Shows the shape of any name `print` knows, and what the two numbers mean.":
      "Zeigt die Form jedes Namens, den `print` kennt, und was die zwei Zahlen bedeuten.",
    "‖NAME‖ at every timestep, on a log scale":
      "‖NAME‖ je Zeitschritt, logarithmische Skala",
    "Shows the Euclidean norm of NAME at every timestep computed so far, in the order the pass computes them (the backward pass from t = T down), with a bar on a log scale, then how much it grew or shrank from the first to the last and per step on average: `norms dh` shows a gradient vanish or explode, `norms dC` the LSTM's cell state path, `norms h_t` the forward pass.":
      "Zeigt die euklidische Norm von NAME in jedem bisher berechneten Zeitschritt, in der Reihenfolge, in der der Pass sie berechnet (der Rückwärtspass von t = T abwärts), mit einem Balken auf logarithmischer Skala, dann wie stark sie vom ersten bis zum letzten wuchs oder schrumpfte, und im Mittel pro Schritt: `norms dh` zeigt einen Gradienten verschwinden oder explodieren, `norms dC` den Pfad des Zellzustands im LSTM, `norms h_t` den Vorwärtspass.",
    "what can be printed here, grouped":
      "was sich hier ausgeben lässt, gruppiert",
    "Lists the names `print` finds a value for at this stop, grouped: the records of this step, the records of earlier steps, the parameters, the gradients as summed so far, the inputs, and the notes' own names for them (hs, self.h, y_true, pred). `info locals` does the same, as in gdb.":
      "Listet die Namen auf, für die `print` an diesem Halt einen Wert findet, gruppiert: die Records dieses Schritts, die Records früherer Schritte, die Parameter, die Gradienten wie bis hierher summiert, die Eingaben und die eigenen Namen der Notizen dafür (hs, self.h, y_true, pred). `info locals` tut dasselbe, wie in gdb.",
    "this timestep's program, current line marked":
      "Programm dieses Zeitschritts, Zeile markiert",
    "Lists the operations of the current block (the forward step, the head, the backward step) with their formulas; `→` marks the current one, `*` a breakpoint.":
      "Listet die Operationen des aktuellen Blocks auf (der Vorwärtsschritt, der Ausgabekopf, der Rückwärtsschritt) mit ihren Formeln; `→` markiert die aktuelle, `*` einen Haltepunkt.",
    "phase, timestep and operation we are at":
      "wo wir stehen: Phase, Zeitschritt, Operation",
    "Says the phase, the timestep, the operation and the stop number, and the run.":
      "Nennt die Phase, den Zeitschritt, die Operation und die Nummer des Halts, und den Lauf.",
    "show NAME at every stop (bare: list them)":
      "NAME bei jedem Halt zeigen (ohne NAME: Liste)",
    "Adds NAME, or an expression such as `watch norm(dh)`, to the values shown at every stop, once, with what changed since the last stop marked under it: how many entries, which, and the largest change. Bare `watch` lists them.":
      "Fügt NAME, oder einen Ausdruck wie `watch norm(dh)`, zu den Werten hinzu, die bei jedem Halt einmal gezeigt werden, darunter markiert, was sich seit dem letzten Halt geändert hat: wie viele Einträge, welche, und die größte Änderung. `watch` ohne Argument listet sie auf.",
    "stop watching NAME":
      "NAME nicht mehr beobachten",
    "Removes NAME from the watched values; `unwatch all` removes them all.":
      "Entfernt NAME aus den beobachteten Werten; `unwatch all` entfernt alle.",
    "what this operation (or NAME) computes, and why":
      "was diese Operation (oder NAME) berechnet, warum",
    "A few sentences on the current operation in the notes' names: what it computes, why the rule is what it is, and, for the notes' passes, how their line differs from the correct rule. `explain do` explains the operation that computes do, `explain dWhh` the accumulation into dWhh.":
      "Ein paar Sätze zur aktuellen Operation, in den Namen der Notizen: was sie berechnet, warum die Regel so ist, wie sie ist, und, bei den Pässen der Notizen, wie ihre Zeile von der korrekten Regel abweicht. `explain do` erklärt die Operation, die do berechnet, `explain dWhh` die Akkumulation in dWhh.",
    "the notes' value against the correct one":
      "der Wert der Notizen gegen den korrekten",
    "Records the other backward pass (the notes' when this is the correct one, and the other way round) and shows NAME (default: the current operation) from both at this point, side by side with their difference. The notes have no LSTM backward pass and no GRU, so there is nothing to compare for those.":
      "Zeichnet den anderen Rückwärtspass auf (den der Notizen, wenn dies der korrekte ist, und umgekehrt) und zeigt NAME (Standard: die aktuelle Operation) aus beiden an dieser Stelle, nebeneinander mit ihrer Differenz. Die Notizen haben keinen Rückwärtspass für das LSTM und keine GRU, daher gibt es dort nichts zu vergleichen.",
    "what gradient clipping to norm MAX would do":
      "was Clipping auf die Norm MAX bewirken würde",
    "Shows every parameter's gradient norm as summed so far and their joint norm ‖all‖ = √(Σ ‖dW‖²), then what torch.nn.utils.clip_grad_norm_(params, MAX) would do: when ‖all‖ is above MAX, multiply every gradient by MAX / ‖all‖, so the step keeps its direction and has length MAX. The recording itself is not changed.":
      "Zeigt die Gradientennorm jedes Parameters, wie bis hierher summiert, und ihre gemeinsame Norm ‖all‖ = √(Σ ‖dW‖²), dann was torch.nn.utils.clip_grad_norm_(params, MAX) tun würde: Liegt ‖all‖ über MAX, wird jeder Gradient mit MAX / ‖all‖ multipliziert, sodass der Schritt seine Richtung behält und die Länge MAX hat. Die Aufzeichnung selbst wird nicht verändert.",
    "precision N, bptt MODE, width N, color, heat":
      "precision N, bptt MODE, width N, color, heat",
    "`set precision N` shows N digits after the point (0 … 12). `set bptt MODE` records the backward pass again with MODE (correct, and the notes' modes where the notes give them) and keeps the position. Also `set width N` (40 … 400), `set color on|off`, `set heat unicode|ascii|off`. Bare `set` shows every setting and its value.":
      "`set precision N` zeigt N Nachkommastellen (0 … 12). `set bptt MODE` zeichnet den Rückwärtspass mit MODE neu auf (correct, und die Modi der Notizen, wo die Notizen sie vorgeben) und behält die Position. Außerdem `set width N` (40 … 400), `set color on|off`, `set heat unicode|ascii|off`. `set` ohne Argument zeigt jede Einstellung und ihren Wert.",
    "write the whole trace as Markdown":
      "den ganzen Trace als Markdown schreiben",
    "Writes every record (phase, t, name, formula, shape, value), each accumulation `dW += …` with the gradient summed so far, and the gradients to FILE.md as Markdown tables, this stop marked, and its pictures beside it: all of them or none. A file that exists is replaced only with `--force`, as `unroll trace -o` does.":
      "Schreibt jeden Record (phase, t, name, formula, shape, value), jede Akkumulation `dW += …` mit dem bis dahin summierten Gradienten und die Gradienten als Markdown-Tabellen nach FILE.md, diesen Halt markiert, und seine Bilder daneben: alle oder keines. Eine vorhandene Datei wird nur mit `--force` ersetzt, wie bei `unroll trace -o`.",
    "this list; `help CMD` for one in full":
      "diese Liste; `help CMD` für einen ausführlich",
    "Lists the commands by group, one line each; `help step` explains one.":
      "Listet die Befehle nach Gruppen auf, je eine Zeile; `help step` erklärt einen.",
    "leave (so does Ctrl-D)":
      "beenden (Ctrl-D auch)",
    "Ends the session. End of input (Ctrl-D) does the same.":
      "Beendet die Sitzung. Das Ende der Eingabe (Ctrl-D) tut dasselbe.",
    "run one line (or N), into calls":
      "eine Zeile (oder N) ausführen, in Aufrufe hinein",
    "Runs the line about to run, or N lines, going into the functions it calls, and shows what the line assigned (each checked name on track or not) and the next line.":
      "Führt die anstehende Zeile aus, oder N Zeilen, und geht dabei in die Funktionen, die sie aufruft; zeigt, was die Zeile zugewiesen hat (jeden geprüften Namen, ob auf Kurs oder nicht), und die nächste Zeile.",
    "run to the next iteration (or N)":
      "bis zur nächsten Iteration (oder N)",
    "Runs to the first line of the next iteration of the loop over the timesteps (the outermost loop), or out of it; outside a loop, to the next line of this function, over the calls it makes.":
      "Läuft bis zur ersten Zeile der nächsten Iteration der Schleife über die Zeitschritte (der äußersten Schleife) oder aus ihr heraus; außerhalb einer Schleife bis zur nächsten Zeile dieser Funktion, über ihre Aufrufe hinweg.",
    "back one line (or N)":
      "eine Zeile (oder N) zurück",
    "Moves back one line, or N. Nothing runs again: every value was recorded.":
      "Geht eine Zeile zurück, oder N. Nichts läuft erneut: Jeder Wert wurde aufgezeichnet.",
    "back to the start of this iteration (or the previous)":
      "zurück zum Anfang dieser Iteration (oder der vorigen)",
    "Moves to the first line of this iteration; from there, to the first line of the previous one.":
      "Geht zur ersten Zeile dieser Iteration; von dort zur ersten Zeile der vorigen.",
    "run to a breakpoint, the first departure or the end":
      "bis zum Haltepunkt, zur ersten Abweichung, zum Ende",
    "Runs until a line with a breakpoint (see `break`), the line of the first departure from the correct pass (the one `unroll check` reports), or the end of the run (the failing line, when it failed).":
      "Läuft bis zu einer Zeile mit Haltepunkt (siehe `break`), bis zur Zeile der ersten Abweichung vom korrekten Pass (der, die `unroll check` meldet) oder bis zum Ende des Laufs (der fehlgeschlagenen Zeile, wenn er fehlschlug).",
    "`break 34` stops at line 34, `break dh_raw` at every line that assigns dh_raw. With no argument, lists the breakpoints and their numbers.":
      "`break 34` hält in Zeile 34, `break dh_raw` in jeder Zeile, die dh_raw zuweist. Ohne Argument listet es die Haltepunkte mit ihren Nummern auf.",
    "any of your names or expressions, as of now":
      "jeder Ihrer Namen oder Ausdrücke, wie er jetzt steht",
    "Evaluates a Python expression over your names as they stand before the current line runs: the function's locals, `self` and its attributes, the module's constants and `np`: `print dh`, `print self.hs[t]`, `print dh_raw.T @ dh_raw`.":
      "Wertet einen Python-Ausdruck über Ihre Namen aus, wie sie stehen, bevor die aktuelle Zeile läuft: die lokalen Variablen der Funktion, `self` und seine Attribute, die Konstanten des Moduls und `np`: `print dh`, `print self.hs[t]`, `print dh_raw.T @ dh_raw`.",
    "the shape of one of your values":
      "die Form eines Ihrer Werte",
    "Evaluates EXPR as `print` does and shows only its type and shape.":
      "Wertet EXPR aus wie `print` und zeigt nur Typ und Form.",
    "your source around the current line, marked":
      "Ihr Quelltext um die aktuelle Zeile, markiert",
    "Shows your file around the current line; `→` marks the line about to run, `*` a line with a breakpoint, `!` the first departure's line.":
      "Zeigt Ihre Datei um die aktuelle Zeile; `→` markiert die anstehende Zeile, `*` eine Zeile mit Haltepunkt, `!` die Zeile der ersten Abweichung.",
    "line, function, loop iteration and timestep":
      "Zeile, Funktion, Schleifendurchlauf und Zeitschritt",
    "Says the line about to run, the function, each loop around it with its iteration and variable, the timestep it counts as, and the stop number.":
      "Nennt die anstehende Zeile, die Funktion, jede Schleife um sie herum mit ihrem Durchlauf und ihrer Variablen, den Zeitschritt, als der sie zählt, und die Nummer des Halts.",
    "your value against the correct one here":
      "Ihr Wert gegen den korrekten an dieser Stelle",
    "Shows your NAME (default: what the last line assigned) beside the correct pass's value of what it stands for at this timestep, and their largest difference; says which correct value it equals when it is on track at another timestep. Names as `unroll check` compares them (dh, dh_raw, dh_next, h, C_t, f_t, dWxh…).":
      "Zeigt Ihr NAME (Standard: was die letzte Zeile zugewiesen hat) neben dem Wert des korrekten Passes für das, wofür es in diesem Zeitschritt steht, und ihre größte Differenz; sagt, welchem korrekten Wert es gleicht, wenn es in einem anderen Zeitschritt auf Kurs ist. Namen wie bei `unroll check` (dh, dh_raw, dh_next, h, C_t, f_t, dWxh…).",
    "the correct rule for what this line computes":
      "die korrekte Regel für das, was diese Zeile berechnet",
    "The correct pass's formula and explanation for NAME (default: what the current line assigns), in the notes' names.":
      "Formel und Erklärung des korrekten Passes für NAME (Standard: was die aktuelle Zeile zuweist), in den Namen der Notizen.",
  ]
}
