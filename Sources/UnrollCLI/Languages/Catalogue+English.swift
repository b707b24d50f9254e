extension Catalogue {
  /// The source table: what the runner says in English.
  static let english: [String: String] = [
    // The banner, the steps, the end.
    "banner.title": "Lesson {n} · {title}",
    "banner.about": "about {minutes} minutes · {steps} steps · model {options}",
    "step.heading": "Step {n}/{total}",
    "end.transcript": "End of lesson {n}.",
    "end.done": "✓ Lesson {n} done.",
    "end.next": "Next: `unroll lesson {next}`, {title}.",
    "end.all": "`unroll lessons` shows them all.",
    "notice.revisit": "You finished this lesson before; here it is again from step 1.",
    "notice.english": "Lesson {n} is not translated into {language} yet; here it is in English.",
    // Pauses.
    "pause.prompt": "lesson {n} · step {step}/{total}",
    "pause.finish": " · Enter to finish",
    "pause.first":
      "Enter goes on. Type a REPL command (print h_t, where, step, help) to look around from "
      + "here; :back shows the previous step; :quit saves and leaves.",
    "pause.words":
      "At a pause: Enter (or :next) goes on, :back shows the previous step, :quit saves and "
      + "leaves; anything else is a REPL command (help lists them).",
    "pause.own": "(The lesson goes on from its own position.)",
    "pause.firstStep": "This is the first step.",
    "resume": "Resuming at step {step} of {total}. `unroll lesson {n} --restart` starts over.",
    "leave.saved":
      "Saved at step {step} of {total}. `unroll lesson {n}` resumes there; add --restart to "
      + "start over.",
    "leave.unsaved":
      "You left at step {step} of {total}; it was not saved (see above), so `unroll lesson {n}` "
      + "will start at the step saved before, if any.",
    // Exercises.
    "exercise.label": "Exercise ·",
    "exercise.answer": "Answer: ",
    "exercise.prompt": "answer",
    "exercise.words":
      "At an exercise: type your answer, :hint, :show, :back (the previous step), or :quit.",
    "exercise.how":
      "Type your answer; :hint for a hint (ask again for the next), :show for the answer. "
      + "REPL commands work too.",
    "exercise.cannot": "(The engine cannot answer this exercise here; it is skipped.)",
    "exercise.empty": "Type an answer, :hint, or :show.",
    "exercise.reveal": "The answer is {answer}.",
    "exercise.right": "✓ Right: ",
    "exercise.notQuite": "Not quite. ",
    "exercise.tryHint": "Not quite. Try again; :hint for a hint ({left} left).",
    "exercise.tryShow": "Not quite. Try again, or :show for the answer.",
    "exercise.noHints": "This exercise has no hints; :show shows the answer.",
    "exercise.noMoreHints": "No more hints; :show shows the answer.",
    "hint.heading": "Hint {n} of {count}",
    "hint.idea": "the idea",
    "hint.formula": "the formula",
    "hint.numbers": "the numbers",
    // Answers: what the runner says when input is not an answer of the kind asked.
    "answer.shape": "A shape is two numbers, rows and columns, such as (2, 3) or 2x3.",
    "answer.shapeOne": "A shape has two numbers, rows and columns, e.g. ({n}, 1).",
    "answer.number":
      "Type a number, such as -0.12, 0,12, 1e-3 or an expression: 1/(1+exp(-0.136)).",
    "answer.sign": "Type the sign: + or -, positive or negative.",
    "answer.vector": "Type the {count} entries in order, such as [0.12, -0.5, 1e-3].",
    "answer.vectorCount": "That is {typed}; the answer has {count} entries, in order.",
    "answer.numbers.one": "1 number",
    "answer.numbers.many": "{n} numbers",
    "answer.choice": "Type one of: {words}.",
    "answer.positive": "positive",
    "answer.negative": "negative",
    "answer.valueIs": "the value is {value}",
    // `unroll lessons`.
    "lessons.minutes": "{n} min",
    "lessons.done": "✓ done",
    "lessons.step": "step {step}/{total}",
    "lessons.none": "No lessons yet in {folder}.",
    "lessons.fromRepository": "the repository",
    "lessons.footer":
      "Start or resume one with `unroll lesson N`. (Lessons from {folder}, found through "
      + "{source}.)",
    // `unroll glossary`.
    "glossary.none": "There is no glossary in {language} yet ({path}); here is the English one.",
    "glossary.noTerm": "The glossary has no term {term}.",
    "glossary.footer":
      "{count} terms, from {path}. `unroll glossary TERM` shows the terms that contain TERM.",
    // The REPL's `explain`: the prefix of a deviation note, ending in a space.
    "repl.welcome":
      "One forward and one backward pass{objective}, recorded: {count} stops over "
      + "{overview}. Each stop is one operation that has just run. `s` steps, `n` runs to "
      + "the end of the timestep, `rs` steps back, `explain` says why, `help` lists "
      + "everything, `q` quits.",
    "repl.stopsEarly": "This recording stops early: {name} fails. Step to it to see why.",
    "explain.differs": "How the notes' line differs: ",
  ]
}
