extension Catalogue {
  /// The messages in German: usage errors, a weights file's problems, their phrases.
  static let germanMessages: [String: String] = [
    "usage.unknownCommand":
      "unbekannter Befehl {name}",
    "usage.didYouMean":
      "; meinten Sie {suggestion}?",
    "usage.seeCommands":
      "; `unroll help` zeigt die Befehle",
    "usage.unknownFlag":
      "unbekanntes Flag {flag}",
    "usage.flagOfAnotherCommand":
      "{command} hat kein Flag {flag} (es gehört zu `unroll {owner}`)",
    "usage.flagBeforeCommand":
      "vor {flag} muss ein Befehl stehen, etwa `unroll {owner} {flag} …`",
    "usage.missingValue":
      "{flag} braucht einen Wert ({valueName})",
    "usage.unexpectedValue":
      "{flag} nimmt keinen Wert",
    "usage.invalidValue":
      "{flag} muss {expected} sein, nicht {value}",
    "usage.unexpectedArgument":
      "{command} nimmt kein Argument {word}; `unroll help {command}` zeigt seine Flags",
    "expect.integer":
      "eine ganze Zahl von {low} bis {high}",
    "expect.number":
      "eine Zahl von {low} bis {high}",
    "expect.above":
      "eine Zahl größer als {low}",
    "expect.oneOf":
      "eines von {list}",
    "expect.or":
      "{first} oder {last}",
    "weights.notJSON":
      "kein gültiges JSON in Zeile {line}, Spalte {column}: {reason}",
    "weights.notAnObject":
      "eine Gewichtsdatei ist ein JSON-Objekt mit \"model\" und \"params\", gefunden: {found}",
    "weights.unknownKey":
      "unbekannter Schlüssel {keys} (eine Gewichtsdatei hat {known})",
    "weights.unknownKeys":
      "unbekannte Schlüssel {keys} (eine Gewichtsdatei hat {known})",
    "weights.unknownModel":
      "model muss {names} sein, gefunden: {found}",
    "weights.modelDisagrees":
      "--model {flag} widerspricht der Datei, die das Modell {file} enthält",
    "weights.missingParams.found":
      "\"params\" muss ein Objekt aus Matrizen nach Namen sein, gefunden: {found}",
    "weights.missingParams.absent":
      "\"params\" muss ein Objekt aus Matrizen nach Namen sein, und es fehlt",
    "weights.missingParameter":
      "der Parameter {name} fehlt (Modell {model}: {names})",
    "weights.unknownParameter":
      "unbekannter Parameter {names} (Modell {model}: {known})",
    "weights.unknownParameters":
      "unbekannte Parameter {names} (Modell {model}: {known})",
    "weights.notAMatrix":
      "{name} muss eine Liste von Zeilen sein, etwa [[0.1, 0.2]] (eine Spalte ist [[0.1], [0.2]]), gefunden: {found}",
    "weights.emptyMatrix":
      "{name} ist leer; nötig ist mindestens eine Zeile mit mindestens einer Zahl",
    "weights.raggedRow":
      "Zeile {row} von {name} hat {found} Einträge, Zeile 0 aber {expected}",
    "weights.notANumber":
      "{name}[{row}][{col}] muss eine Zahl sein, gefunden: {found}",
    "weights.nonFinite":
      "{name}[{row}][{col}] ist keine endliche Zahl",
    "weights.wrongShape":
      "{name} hat die Form {found}, erwartet ist {expected}",
    "weights.noInputColumns":
      "{name} hat die Form {found}; ein Gattergewicht ist (hidden, hidden + input), braucht also mehr als {hidden} Spalten",
    "weights.overLimit":
      "{what} {value} (aus {source}) liegt über der Grenze von {limit}",
    "weights.xWidth.one":
      "x[{row}] hat {found} Eintrag, erwartet sind {expected} (die Eingabegröße von {source})",
    "weights.xWidth.many":
      "x[{row}] hat {found} Einträge, erwartet sind {expected} (die Eingabegröße von {source})",
    "weights.badLabel":
      "y muss 0 oder 1 sein, gefunden: {found}",
    "weights.badLabels":
      "y muss 0 oder 1 sein, oder eine Liste von {expected} Labels (eins pro Zeitschritt) aus 0 oder 1, gefunden: {found}",
    "weights.flagDisagrees":
      "{flag} {given} widerspricht der Datei: {source} ergibt {found}",
    "weights.unknownLayout":
      "layout muss \"document\" oder \"pytorch\" sein, gefunden: {found}",
    "weights.wrongLayoutKey.pytorch":
      "{key} gehört zum Layout der Notizen; eine Datei mit \"layout\": \"pytorch\" enthält state_dict",
    "weights.wrongLayoutKey.document":
      "{key} wird nur mit \"layout\": \"pytorch\" gelesen (das Layout dieser Datei ist document)",
    "weights.missingStateDict.found":
      "\"state_dict\" muss ein Objekt aus Tensoren nach Namen sein, wie model.state_dict() sie hat, gefunden: {found}",
    "weights.missingStateDict.absent":
      "\"state_dict\" muss ein Objekt aus Tensoren nach Namen sein, wie model.state_dict() sie hat, und es fehlt",
    "weights.notAVector":
      "{key} muss eine Liste von Zahlen sein, etwa [0.1, 0.2] (ein Bias ist in PyTorch 1-D), gefunden: {found}",
    "weights.batchOfMany":
      "x enthält einen Batch von {count} Sequenzen; Unroll rechnet eine (schreiben Sie x[0].tolist())",
    "weights.list.more":
      "{shown}, … ({count} insgesamt)",
    "phrase.null":
      "null",
    "phrase.boolean":
      "ein Wahrheitswert",
    "phrase.number":
      "eine Zahl",
    "phrase.string":
      "ein String",
    "phrase.list":
      "eine Liste",
    "phrase.object":
      "ein Objekt",
    "phrase.hiddenSize":
      "die Hidden-Größe",
    "phrase.inputSize":
      "die Eingabegröße",
    "phrase.steps":
      "die Zahl der Zeitschritte",
    "repl.unknown":
      "Unbekannter Befehl {word}.",
    "repl.didYouMean":
      " Meinten Sie `{command}`?",
    "repl.typeHelp":
      " `help` zeigt die Liste.",
  ]
}

extension Catalogue {
  /// The conflicts without values in German, keyed by their English.
  static let germanConflicts: [String: String] = [
    "-o writes --format md (the document and its chart)":
      "-o schreibt --format md (das Dokument und sein Diagramm)",
    "--clip-norm scales, --clip-value cuts entries: give one":
      "--clip-norm skaliert, --clip-value schneidet Einträge ab: Geben Sie eines davon an",
    "--bptt verbatim cannot train: the notes' backward() stops at its first line (see `unroll compare`); use --bptt document for its repaired form":
      "--bptt verbatim kann nicht trainieren: backward() der Notizen bricht in seiner ersten Zeile ab (siehe `unroll compare`); nehmen Sie --bptt document für die reparierte Form",
    "--compare trains with both BPTTs; leave out --bptt":
      "--compare trainiert mit beiden BPTTs; lassen Sie --bptt weg",
    "--samples draws data from --seed; --data reads it: give one":
      "--samples zieht Daten aus --seed, --data liest sie: Geben Sie eines davon an",
    "check needs a file: unroll check FILE.py, or unroll check --new rnn FILE.py":
      "check braucht eine Datei: unroll check FILE.py, oder unroll check --new rnn FILE.py",
    "--bptt verbatim cannot be checked: the notes' backward() stops at its first line (see `unroll compare`); --bptt document checks its repaired form":
      "--bptt verbatim lässt sich nicht prüfen: backward() der Notizen bricht in seiner ersten Zeile ab (siehe `unroll compare`); --bptt document prüft die reparierte Form",
    "--entries samples at random, --max-entries spreads: give one":
      "--entries zieht zufällig, --max-entries verteilt gleichmäßig: Geben Sie eines davon an",
    "--bptt verbatim stops at the note's first line whatever the objective: leave out --loss and --tbptt, or use --bptt document":
      "--bptt verbatim bricht bei jedem Ziel in der ersten Zeile der Notiz ab: Lassen Sie --loss und --tbptt weg, oder nehmen Sie --bptt document",
  ]
}
