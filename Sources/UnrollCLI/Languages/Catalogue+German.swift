extension Catalogue {
  /// The runner's words in German (Sie-Form, as the notes address their reader).
  static let german: [String: String] = [
    "banner.title": "Lektion {n} · {title}",
    "banner.about": "etwa {minutes} Minuten · {steps} Schritte · Modell {options}",
    "step.heading": "Schritt {n}/{total}",
    "end.transcript": "Ende von Lektion {n}.",
    "end.done": "✓ Lektion {n} geschafft.",
    "end.next": "Weiter: `unroll lesson {next}`, {title}.",
    "end.all": "`unroll lessons` zeigt alle Lektionen.",
    "notice.revisit":
      "Sie haben diese Lektion schon abgeschlossen; hier ist sie noch einmal ab Schritt 1.",
    "notice.english":
      "Lektion {n} ist noch nicht ins Deutsche übersetzt; hier ist sie auf Englisch.",
    "pause.prompt": "Lektion {n} · Schritt {step}/{total}",
    "pause.finish": " · Enter zum Abschluss",
    "pause.first":
      "Enter geht weiter. Mit einem REPL-Befehl (print h_t, where, step, help) sehen Sie sich "
      + "von hier aus um; :back zeigt den vorigen Schritt; :quit speichert und beendet.",
    "pause.words":
      "In einer Pause: Enter (oder :next) geht weiter, :back zeigt den vorigen Schritt, :quit "
      + "speichert und beendet; alles andere ist ein REPL-Befehl (help listet sie auf).",
    "pause.own": "(Die Lektion geht an ihrer eigenen Stelle weiter.)",
    "pause.firstStep": "Dies ist der erste Schritt.",
    "resume":
      "Weiter bei Schritt {step} von {total}. `unroll lesson {n} --restart` beginnt von vorn.",
    "leave.saved":
      "Gespeichert bei Schritt {step} von {total}. `unroll lesson {n}` macht dort weiter; mit "
      + "--restart beginnen Sie von vorn.",
    "leave.unsaved":
      "Sie haben bei Schritt {step} von {total} aufgehört; das wurde nicht gespeichert (siehe "
      + "oben), daher beginnt `unroll lesson {n}` beim zuvor gespeicherten Schritt, falls es "
      + "einen gibt.",
    "exercise.label": "Übung ·",
    "exercise.answer": "Antwort: ",
    "exercise.prompt": "Antwort",
    "exercise.words":
      "In einer Übung: Ihre Antwort, :hint, :show, :back (der vorige Schritt) oder :quit.",
    "exercise.how":
      "Geben Sie Ihre Antwort ein; :hint gibt einen Hinweis (noch einmal für den nächsten), "
      + ":show zeigt die Antwort. REPL-Befehle gehen auch.",
    "exercise.cannot":
      "(Die Engine kann diese Übung hier nicht beantworten; sie wird übersprungen.)",
    "exercise.empty": "Geben Sie eine Antwort ein, :hint oder :show.",
    "exercise.reveal": "Die Antwort ist {answer}.",
    "exercise.right": "✓ Richtig: ",
    "exercise.notQuite": "Nicht ganz. ",
    "exercise.tryHint":
      "Nicht ganz. Versuchen Sie es noch einmal; :hint gibt einen Hinweis (noch {left}).",
    "exercise.tryShow": "Nicht ganz. Versuchen Sie es noch einmal, oder :show zeigt die Antwort.",
    "exercise.noHints": "Diese Übung hat keine Hinweise; :show zeigt die Antwort.",
    "exercise.noMoreHints": "Keine weiteren Hinweise; :show zeigt die Antwort.",
    "hint.heading": "Hinweis {n} von {count}",
    "hint.idea": "die Idee",
    "hint.formula": "die Formel",
    "hint.numbers": "die Zahlen",
    "answer.shape":
      "Eine Form (shape) sind zwei Zahlen, Zeilen und Spalten, etwa (2, 3) oder 2x3.",
    "answer.shapeOne": "Eine Form hat zwei Zahlen, Zeilen und Spalten, z. B. ({n}, 1).",
    "answer.number":
      "Geben Sie eine Zahl ein, etwa -0.12, 0,12, 1e-3, oder einen Ausdruck: "
      + "1/(1+exp(-0.136)).",
    "answer.sign": "Geben Sie das Vorzeichen ein: + oder -, positiv oder negativ.",
    "answer.vector":
      "Geben Sie die {count} Einträge der Reihe nach ein, etwa [0.12, -0.5, 1e-3] oder mit "
      + "Dezimalkomma 0,12; -0,5; 0,001.",
    "answer.vectorCount": "Das sind {typed}; die Antwort hat {count} Einträge, der Reihe nach.",
    "answer.numbers.one": "1 Zahl",
    "answer.numbers.many": "{n} Zahlen",
    "answer.choice": "Geben Sie eines davon ein: {words}.",
    "answer.positive": "positiv",
    "answer.negative": "negativ",
    "answer.valueIs": "der Wert ist {value}",
    "lessons.minutes": "{n} Min.",
    "lessons.done": "✓ fertig",
    "lessons.step": "Schritt {step}/{total}",
    "lessons.none": "Noch keine Lektionen in {folder}.",
    "lessons.fromRepository": "das Repository",
    "lessons.footer":
      "Beginnen oder fortsetzen mit `unroll lesson N`. (Lektionen aus {folder}, gefunden über "
      + "{source}.)",
    "glossary.none":
      "Es gibt noch kein Glossar auf {language} ({path}); hier ist das englische.",
    "glossary.noTerm": "Das Glossar hat keinen Begriff {term}.",
    "glossary.footer":
      "{count} Begriffe, aus {path}. `unroll glossary BEGRIFF` zeigt die Begriffe, die BEGRIFF "
      + "enthalten.",
    // The REPL's `explain`: the prefix of a deviation note, ending in a space.
    "repl.welcome":
      "Ein Vorwärts- und ein Rückwärtspass{objective}, aufgezeichnet: {count} Haltepunkte "
      + "über {overview}. Jeder Haltepunkt ist eine Operation, die gerade gelaufen ist. `s` "
      + "geht einen Schritt, `n` läuft bis zum Ende des Zeitschritts, `rs` geht einen "
      + "Schritt zurück, `explain` sagt warum, `help` listet alles, `q` beendet.",
    "repl.stopsEarly":
      "Diese Aufzeichnung endet früh: {name} schlägt fehl. Gehen Sie dorthin, um zu sehen, warum.",
    "explain.differs": "Wie die Zeile der Notizen abweicht: ",
  ]
}
