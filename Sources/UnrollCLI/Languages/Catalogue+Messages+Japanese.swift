extension Catalogue {
  /// The messages in Japanese: usage errors, a weights file's problems, their phrases.
  static let japaneseMessages: [String: String] = [
    "usage.unknownCommand":
      "不明なコマンド {name}",
    "usage.didYouMean":
      "。{suggestion} のことですか？",
    "usage.seeCommands":
      "。コマンドの一覧は `unroll help` で表示されます",
    "usage.unknownFlag":
      "不明なフラグ {flag}",
    "usage.flagOfAnotherCommand":
      "{command} にフラグ {flag} はありません（`unroll {owner}` のフラグです）",
    "usage.flagBeforeCommand":
      "{flag} の前にコマンドが必要です（例：`unroll {owner} {flag} …`）",
    "usage.missingValue":
      "{flag} には値が必要です（{valueName}）",
    "usage.unexpectedValue":
      "{flag} は値をとりません",
    "usage.invalidValue":
      "{flag} は {expected} でなければなりません（指定された値：{value}）",
    "usage.unexpectedArgument":
      "{command} は引数 {word} をとりません。フラグは `unroll help {command}` で表示されます",
    "expect.integer":
      "{low}〜{high} の整数",
    "expect.number":
      "{low}〜{high} の数",
    "expect.above":
      "{low} より大きい数",
    "expect.oneOf":
      "{list} のいずれか",
    "expect.or":
      "{first} または {last}",
    "weights.notJSON":
      "正しい JSON ではありません（{line} 行 {column} 列）：{reason}",
    "weights.notAnObject":
      "重みファイルは \"model\" と \"params\" を持つ JSON オブジェクトですが、{found}がありました",
    "weights.unknownKey":
      "不明なキー {keys}（重みファイルのキーは {known}）",
    "weights.unknownKeys":
      "不明なキー {keys}（重みファイルのキーは {known}）",
    "weights.unknownModel":
      "model は {names} でなければなりませんが、{found} でした",
    "weights.modelDisagrees":
      "--model {flag} がファイルと一致しません。ファイルは {file} です",
    "weights.missingParams.found":
      "\"params\" は名前ごとに行列を持つオブジェクトでなければなりませんが、{found}でした",
    "weights.missingParams.absent":
      "\"params\" は名前ごとに行列を持つオブジェクトでなければなりませんが、ありません",
    "weights.missingParameter":
      "パラメータ {name} がありません（{model} のパラメータは {names}）",
    "weights.unknownParameter":
      "不明なパラメータ {names}（{model} のパラメータは {known}）",
    "weights.unknownParameters":
      "不明なパラメータ {names}（{model} のパラメータは {known}）",
    "weights.notAMatrix":
      "{name} は [[0.1, 0.2]] のような行のリストでなければなりません（列は [[0.1], [0.2]]）が、{found}でした",
    "weights.emptyMatrix":
      "{name} が空です。数を 1 つ以上含む行が 1 つ以上必要です",
    "weights.raggedRow":
      "{name} の行 {row} の要素は {found} 個ですが、行 0 は {expected} 個です",
    "weights.notANumber":
      "{name}[{row}][{col}] は数でなければなりませんが、{found}でした",
    "weights.nonFinite":
      "{name}[{row}][{col}] が有限の数ではありません",
    "weights.wrongShape":
      "{name} の形状は {found} ですが、{expected} のはずです",
    "weights.noInputColumns":
      "{name} の形状は {found} です。ゲートの重みは (hidden, hidden + input) なので、{hidden} より多くの列が必要です",
    "weights.overLimit":
      "{what} {value}（{source} から）が上限 {limit} を超えています",
    "weights.xWidth.one":
      "x[{row}] の要素は {found} 個ですが、{expected} 個のはずです（{source} の入力サイズ）",
    "weights.xWidth.many":
      "x[{row}] の要素は {found} 個ですが、{expected} 個のはずです（{source} の入力サイズ）",
    "weights.badLabel":
      "y は 0 か 1 でなければなりませんが、{found} でした",
    "weights.badLabels":
      "y は 0 か 1、または 0 か 1 のラベル {expected} 個（ステップごとに 1 つ）のリストでなければなりませんが、{found} でした",
    "weights.flagDisagrees":
      "{flag} {given} がファイルと一致しません：{source} からは {found} です",
    "weights.unknownLayout":
      "layout は \"document\" か \"pytorch\" でなければなりませんが、{found} でした",
    "weights.wrongLayoutKey.pytorch":
      "{key} はノートのレイアウトのものです。\"layout\": \"pytorch\" のファイルは state_dict を持ちます",
    "weights.wrongLayoutKey.document":
      "{key} は \"layout\": \"pytorch\" のときだけ読まれます（このファイルのレイアウトは document）",
    "weights.missingStateDict.found":
      "\"state_dict\" は model.state_dict() と同じく名前ごとにテンソルを持つオブジェクトでなければなりませんが、{found}でした",
    "weights.missingStateDict.absent":
      "\"state_dict\" は model.state_dict() と同じく名前ごとにテンソルを持つオブジェクトでなければなりませんが、ありません",
    "weights.notAVector":
      "{key} は [0.1, 0.2] のような数のリストでなければなりません（PyTorch ではバイアスは 1 次元）が、{found}でした",
    "weights.batchOfMany":
      "x は {count} 個の系列のバッチです。Unroll が実行するのは 1 つです（x[0].tolist() と書いてください）",
    "weights.list.more":
      "{shown}、…（全部で {count} 個）",
    "phrase.null":
      "null",
    "phrase.boolean":
      "真偽値",
    "phrase.number":
      "数",
    "phrase.string":
      "文字列",
    "phrase.list":
      "リスト",
    "phrase.object":
      "オブジェクト",
    "phrase.hiddenSize":
      "隠れサイズ",
    "phrase.inputSize":
      "入力サイズ",
    "phrase.steps":
      "ステップ数",
    "repl.unknown":
      "不明なコマンド {word}。",
    "repl.didYouMean":
      "`{command}` のことですか？",
    "repl.typeHelp":
      "一覧は `help` で表示されます。",
  ]
}

extension Catalogue {
  /// The conflicts without values in Japanese, keyed by their English.
  static let japaneseConflicts: [String: String] = [
    "-o writes --format md (the document and its chart)":
      "-o が書き出すのは --format md です（ドキュメントとそのグラフ）",
    "--clip-norm scales, --clip-value cuts entries: give one":
      "--clip-norm は拡大縮小し、--clip-value は要素を切り詰めます：どちらか一方を指定してください",
    "--bptt verbatim cannot train: the notes' backward() stops at its first line (see `unroll compare`); use --bptt document for its repaired form":
      "--bptt verbatim では学習できません：ノートの backward() は最初の行で止まります（`unroll compare` を参照）。修正した形で学習するには --bptt document を使ってください",
    "--compare trains with both BPTTs; leave out --bptt":
      "--compare は両方の BPTT で学習します。--bptt は外してください",
    "--samples draws data from --seed; --data reads it: give one":
      "--samples は --seed からデータを作り、--data はファイルから読みます：どちらか一方を指定してください",
    "check needs a file: unroll check FILE.py, or unroll check --new rnn FILE.py":
      "check にはファイルが必要です：unroll check FILE.py、または unroll check --new rnn FILE.py",
    "--bptt verbatim cannot be checked: the notes' backward() stops at its first line (see `unroll compare`); --bptt document checks its repaired form":
      "--bptt verbatim はチェックできません：ノートの backward() は最初の行で止まります（`unroll compare` を参照）。--bptt document は修正した形をチェックします",
    "--entries samples at random, --max-entries spreads: give one":
      "--entries は無作為に選び、--max-entries は均等に選びます：どちらか一方を指定してください",
    "--bptt verbatim stops at the note's first line whatever the objective: leave out --loss and --tbptt, or use --bptt document":
      "--bptt verbatim は目的関数にかかわらずノートの最初の行で止まります：--loss と --tbptt を外すか、--bptt document を使ってください",
  ]
}
