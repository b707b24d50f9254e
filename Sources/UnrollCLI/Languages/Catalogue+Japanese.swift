extension Catalogue {
  /// The runner's words in Japanese (です・ます).
  static let japanese: [String: String] = [
    "banner.title": "レッスン {n} · {title}",
    "banner.about": "約 {minutes} 分 · {steps} ステップ · モデル {options}",
    "step.heading": "ステップ {n}/{total}",
    "end.transcript": "レッスン {n} はここまでです。",
    "end.done": "✓ レッスン {n} 完了です。",
    "end.next": "次は `unroll lesson {next}`、{title} です。",
    "end.all": "`unroll lessons` ですべてのレッスンが見られます。",
    "notice.revisit": "このレッスンは修了済みです。ステップ 1 からもう一度表示します。",
    "notice.english": "レッスン {n} はまだ日本語に翻訳されていません。英語版を表示します。",
    "pause.prompt": "レッスン {n} · ステップ {step}/{total}",
    "pause.finish": " · Enter で終了",
    "pause.first":
      "Enter で進みます。REPL コマンド（print h_t、where、step、help）を入力すると、ここから"
      + "周りを調べられます。:back で前のステップ、:quit で保存して終了します。",
    "pause.words":
      "一時停止中：Enter（または :next）で進み、:back で前のステップを表示、:quit で保存して終了"
      + "します。それ以外の入力は REPL コマンドとして実行されます（help で一覧）。",
    "pause.own": "（レッスンは自分の位置から続きます。）",
    "pause.firstStep": "これが最初のステップです。",
    "resume":
      "ステップ {step}/{total} から再開します。`unroll lesson {n} --restart` で最初からやり直せます。",
    "leave.saved":
      "ステップ {step}/{total} で保存しました。`unroll lesson {n}` でここから再開できます。"
      + "--restart を付けると最初からです。",
    "leave.unsaved":
      "ステップ {step}/{total} で終了しましたが、保存できませんでした（上を参照）。"
      + "`unroll lesson {n}` は以前に保存したステップ（あれば）から始まります。",
    "exercise.label": "演習 ·",
    "exercise.answer": "答え：",
    "exercise.prompt": "答え",
    "exercise.words": "演習中：答えを入力するか、:hint、:show、:back（前のステップ）、:quit。",
    "exercise.how":
      "答えを入力してください。:hint でヒント（もう一度で次のヒント）、:show で答えを表示します。"
      + "REPL コマンドも使えます。",
    "exercise.cannot": "（この位置ではエンジンがこの演習の答えを計算できないため、飛ばします。）",
    "exercise.empty": "答えを入力するか、:hint または :show を入力してください。",
    "exercise.reveal": "答えは {answer} です。",
    "exercise.right": "✓ 正解：",
    "exercise.notQuite": "惜しい。",
    "exercise.tryHint": "惜しい。もう一度どうぞ。:hint でヒントが出ます（残り {left} 個）。",
    "exercise.tryShow": "惜しい。もう一度どうぞ。:show で答えを表示します。",
    "exercise.noHints": "この演習にはヒントがありません。:show で答えを表示します。",
    "exercise.noMoreHints": "ヒントはもうありません。:show で答えを表示します。",
    "hint.heading": "ヒント {n}/{count}",
    "hint.idea": "考え方",
    "hint.formula": "式",
    "hint.numbers": "数値",
    "answer.shape": "形状は行数と列数の 2 つの数です。例：(2, 3) または 2x3。",
    "answer.shapeOne": "形状には行数と列数の 2 つの数が必要です。例：({n}, 1)。",
    "answer.number": "数を入力してください。例：-0.12、1e-3、または式 1/(1+exp(-0.136))。",
    "answer.sign": "符号を入力してください：+ か -、正 か 負。",
    "answer.vector": "{count} 個の要素を順に入力してください。例：[0.12, -0.5, 1e-3]。",
    "answer.vectorCount": "入力は {typed} です。答えには {count} 個の要素があります（順番どおり）。",
    "answer.numbers.one": "1 個の数",
    "answer.numbers.many": "{n} 個の数",
    "answer.choice": "次のどれかを入力してください：{words}。",
    "answer.positive": "正",
    "answer.negative": "負",
    "answer.valueIs": "値は {value}",
    "lessons.minutes": "{n} 分",
    "lessons.done": "✓ 修了",
    "lessons.step": "ステップ {step}/{total}",
    "lessons.none": "{folder} にはまだレッスンがありません。",
    "lessons.fromRepository": "リポジトリ",
    "lessons.footer":
      "`unroll lesson N` で開始・再開します。（レッスンは {folder} から、{source}で見つけました。）",
    "glossary.none": "{language}の用語集はまだありません（{path}）。英語版を表示します。",
    "glossary.noTerm": "用語集に {term} はありません。",
    "glossary.footer":
      "{count} 語、{path} より。`unroll glossary 用語` でその語を含む用語を表示します。",
    // The REPL's `explain`: the prefix of a deviation note, ending in a space.
    "repl.welcome":
      "順伝播と逆伝播を 1 回ずつ記録しました{objective}：{overview} にわたる {count} 個の停止点です。"
      + "各停止点は、実行し終えたばかりの演算 1 つです。`s` で 1 ステップ進み、`n` でタイムステップの"
      + "終わりまで進み、`rs` で 1 ステップ戻ります。`explain` は理由を説明し、`help` はすべてを"
      + "一覧し、`q` で終了します。",
    "repl.stopsEarly": "この記録は途中で止まります：{name} が失敗します。そこまで進むと理由がわかります。",
    "explain.differs": "ノートの行の違い：",
  ]
}
