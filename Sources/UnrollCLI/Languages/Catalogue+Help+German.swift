extension Catalogue {
  /// The help texts in German (Sie-Form), keyed by the English with its lines joined.
  static let germanHelp: [String: String] = [
    "USAGE":
      "AUFRUF",
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
    "OPTIONS":
      "OPTIONEN",
    "start from step 1, whatever was saved":
      "bei Schritt 1 beginnen, egal was gespeichert ist",
    "the lessons, with the ones finished marked":
      "die Lektionen, die abgeschlossenen markiert",
    "run every lesson without a terminal and report problems":
      "jede Lektion ohne Terminal durchlaufen und Probleme melden",
    "with --check, the time one block may take, 1 to 3600 (default: 120)":
      "mit --check die Zeit, die ein Block brauchen darf, 1 bis 3600 (Standard: 120)",
    "the course's terms in German, Chinese and Japanese":
      "die Fachbegriffe des Kurses auf Deutsch, Chinesisch und Japanisch",
    "step through the passes, one operation at a time":
      "die Pässe schrittweise durchgehen, Operation für Operation",
    "MODEL OPTIONS":
      "MODELLOPTIONEN",
    "the RNN note's RNN, the LSTM note's LSTM, or PyTorch's GRU, which the notes lack (default: rnn)":
      "das RNN der RNN-Notiz, das LSTM der LSTM-Notiz oder die GRU von PyTorch, die in den Notizen fehlt (Standard: rnn)",
    "features of x_t, 1 to 256 (default: rnn 1, lstm/gru 3)":
      "Merkmale von x_t, 1 bis 256 (Standard: rnn 1, lstm/gru 3)",
    "hidden units, 1 to 512 (default: rnn 32, lstm/gru 5)":
      "Hidden-Einheiten, 1 bis 512 (Standard: rnn 32, lstm/gru 5)",
    "timesteps T, 1 to 2000 (default: rnn 10, lstm/gru 4)":
      "Zeitschritte T, 1 bis 2000 (Standard: rnn 10, lstm/gru 4)",
    "draws what is not given: weights, x and y (default: 0)":
      "zieht, was nicht angegeben ist: Gewichte, x und y (Standard: 0)",
    "parameters, and x and y if present, from a JSON file such as `unroll trace --format json` writes (- reads stdin); the sizes come from its shapes":
      "Parameter, und x und y, falls vorhanden, aus einer JSON-Datei, wie `unroll trace --format json` sie schreibt (- liest stdin); die Größen ergeben sich aus ihren Formen",
    "the backward pass: correct (default); document, the notes' backward() with its two shape repairs (\"the notes' BPTT\" in every output); verbatim, as the notes write it (it stops at its first line). document and verbatim exist for the RNN only":
      "der Rückwärtspass: correct (Standard); document, backward() der Notizen mit seinen zwei Reparaturen der Formen („die BPTT der Notizen“ in jeder Ausgabe); verbatim, wie die Notizen es schreiben (bricht in seiner ersten Zeile ab). document und verbatim gibt es nur für das RNN",
    "last (default): one label, the loss on h_T, as the notes; every-step: a head and a BCE term at every step, summed, as min-char-rnn (step t labelled x_1 + … + x_t > 0; a file's y may list one per step)":
      "last (Standard): ein Label, der Verlust an h_T, wie in den Notizen; every-step: ein Ausgabekopf und ein BCE-Term in jedem Zeitschritt, summiert, wie in min-char-rnn (Zeitschritt t hat das Label x_1 + … + x_t > 0; das y einer Datei darf eins pro Zeitschritt angeben)",
    "truncated BPTT: chunks of K steps counted from the last; no gradient flows from a chunk to the one before (PyTorch's detach every K steps), so each loss term reaches back at most K steps, its own included (default: full BPTT; K >= steps is full)":
      "abgeschnittene BPTT: Abschnitte von K Zeitschritten, vom letzten an gezählt; kein Gradient fließt von einem Abschnitt in den vorigen (PyTorchs detach alle K Schritte), daher reicht jeder Verlustterm höchstens K Zeitschritte zurück, seinen eigenen eingeschlossen (Standard: volle BPTT; K >= steps ist voll)",
    "the LSTM's initial bf, every entry B (default: 0, the notes'; 1 to 3 keeps f_t near 1, so C_t carries far)":
      "das anfängliche bf des LSTM, jeder Eintrag B (Standard: 0 wie in den Notizen; 1 bis 3 hält f_t nahe 1, sodass C_t weit trägt)",
    "step through your own NumPy forward and backward pass (as unroll check runs it)":
      "Ihren eigenen NumPy-Vorwärts- und -Rückwärtspass schrittweise durchgehen (so, wie unroll check ihn ausführt)",
    "every value of one forward and backward pass, with its formula":
      "jeder Wert eines Vorwärts- und Rückwärtspasses, mit seiner Formel",
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
    "text for people, json for programs (default: text)":
      "text für Menschen, json für Programme (Standard: text)",
    "write a template for this cell to FILE.py":
      "eine Vorlage für diese Zelle nach FILE.py schreiben",
    "with --new, replace FILE.py if it exists":
      "mit --new FILE.py ersetzen, wenn es existiert",
    "the notes' backward() against the correct BPTT, number by number":
      "backward() der Notizen gegen die korrekte BPTT, Zahl für Zahl",
    "replace with --format md -o, FILE.md (and its chart) if it exists":
      "mit --format md -o FILE.md (und sein Diagramm) ersetzen, wenn es existiert",
    "the analytic gradients against finite differences":
      "die analytischen Gradienten gegen finite Differenzen",
    "check N entries of each parameter drawn at random from --seed, 1 to 1000000, or all (default: all, or a sample where all would take long)":
      "N zufällig gezogene Einträge jedes Parameters prüfen (aus --seed), 1 bis 1000000, oder all (Standard: all, oder eine Stichprobe, wo all lange dauern würde)",
    "check at most N entries of each parameter, spread evenly, 1 to 1000000 (default: every entry)":
      "höchstens N Einträge jedes Parameters prüfen, gleichmäßig verteilt, 1 bis 1000000 (Standard: jeden Eintrag)",
    "the notes' training loop, epoch by epoch":
      "die Trainingsschleife der Notizen, Epoche für Epoche",
    "sequences drawn from --seed, 1 to 100000 (default: 1000)":
      "Sequenzen, gezogen aus --seed, 1 bis 100000 (Standard: 1000)",
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
    "the layout to write (required)":
      "das zu schreibende Layout (Pflicht)",
    "write to OUT, not stdout: whole or not at all (a temporary file in its folder, then a rename)":
      "nach OUT schreiben statt nach stdout: ganz oder gar nicht (eine temporäre Datei in ihrem Ordner, dann eine Umbenennung)",
    "replace OUT if it exists":
      "OUT ersetzen, wenn es existiert",
    "the commands, or one command's flags":
      "die Befehle, oder die Flags eines Befehls",
    "this help; after a command, its help":
      "diese Hilfe; nach einem Befehl dessen Hilfe",
    "print the version":
      "die Version ausgeben",
    "no colour even on a terminal (as NO_COLOR=1, TERM=dumb)":
      "keine Farbe, auch nicht auf einem Terminal (wie NO_COLOR=1, TERM=dumb)",
    "the language of lessons, the glossary and explain (default: from LC_ALL, LC_MESSAGES or LANG; else en)":
      "die Sprache der Lektionen, des Glossars und von explain (Standard: aus LC_ALL, LC_MESSAGES oder LANG; sonst en)",
  ]
}
