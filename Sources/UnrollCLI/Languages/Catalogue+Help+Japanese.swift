extension Catalogue {
  /// The help texts in Japanese, keyed by the English with its lines joined.
  static let japaneseHelp: [String: String] = [
    "USAGE":
      "使い方",
    "COMMANDS":
      "コマンド",
    "FLAGS FOR EVERY COMMAND":
      "全コマンド共通のフラグ",
    "Run `unroll help COMMAND` for a command's flags.":
      "コマンドのフラグは `unroll help コマンド` で表示されます。",
    "Every command also takes -h/--help, --version and --no-color.":
      "どのコマンドも -h/--help、--version、--no-color を受け付けます。",
    "[model options]":
      "[モデルオプション]",
    "[options]":
      "[オプション]",
    "watch an RNN, an LSTM and a GRU compute, one operation at a time.":
      "RNN・LSTM・GRU の計算を、演算ひとつずつ見ていきます。",
    "Unroll runs the forward and backward passes of the vanilla RNN of the RNN note (\"Einfache RNN-Implementierung von Grund auf\", also in Chinese and Japanese), the LSTM of the LSTM note (\"NumPy LSTM-Implementierung von Grund auf\") and PyTorch's GRU in an interpreter that records every intermediate value with its formula, its shape and its line of NumPy.":
      "Unroll は、RNN ノート（「ゼロからの単純RNN実装」、ドイツ語版・中国語版もあり）の素の RNN、LSTM ノート（ドイツ語の「NumPy LSTM-Implementierung von Grund auf」）の LSTM、そして PyTorch の GRU の順伝播と逆伝播をインタプリタで実行し、すべての中間値をその数式・形状・NumPy の行とともに記録します。",
    "New here? Start with the first lesson:":
      "はじめての方は、最初のレッスンから：",
    "Commands:":
      "コマンド：",
    "Then explore on your own:":
      "そのあとは自由に探索できます：",
    "step through the RNN's passes, like pdb":
      "RNN の順伝播・逆伝播を pdb のように一歩ずつ",
    "the notes' backward() as written: where it breaks":
      "ノートの backward() を書かれたとおりに：どこで壊れるか",
    "every value of the RNN's passes, seed 0":
      "RNN の順伝播・逆伝播のすべての値、シード 0",
    "the same for the LSTM":
      "LSTM について同じもの",
    "a GRU step by step: r_t, z_t, n_t, h_t":
      "GRU を一歩ずつ：r_t、z_t、n_t、h_t",
    "the whole trace as JSON, readable by --weights":
      "トレース全体を JSON で（--weights で読み戻せる）",
    "the notes' backward() against the correct BPTT":
      "ノートの backward() と正しい BPTT の比較",
    "the notes' loop with both BPTTs, side by side":
      "ノートの学習ループを両方の BPTT で並べて",
    "the gradients against finite differences":
      "勾配を有限差分と照合",
    "every flag of a command":
      "コマンドのすべてのフラグ",
    "a lesson of the course, one step at a time":
      "コースのレッスンを、1 ステップずつ",
    "OPTIONS":
      "オプション",
    "start from step 1, whatever was saved":
      "保存された位置にかかわらずステップ 1 から始める",
    "the lessons, with the ones finished marked":
      "レッスンの一覧（終えたものに印付き）",
    "run every lesson without a terminal and report problems":
      "全レッスンを端末なしで実行し、問題を報告する",
    "with --check, the time one block may take, 1 to 3600 (default: 120)":
      "--check で、1 ブロックにかけてよい時間、1〜3600（既定：120）",
    "the course's terms in German, Chinese and Japanese":
      "コースの用語（ドイツ語・中国語・日本語）",
    "step through the passes, one operation at a time":
      "順伝播・逆伝播を演算ひとつずつたどる",
    "MODEL OPTIONS":
      "モデルオプション",
    "the RNN note's RNN, the LSTM note's LSTM, or PyTorch's GRU, which the notes lack (default: rnn)":
      "RNN ノートの RNN、LSTM ノートの LSTM、またはノートにはない PyTorch の GRU（既定：rnn）",
    "features of x_t, 1 to 256 (default: rnn 1, lstm/gru 3)":
      "x_t の特徴量の数、1〜256（既定：rnn 1、lstm/gru 3）",
    "hidden units, 1 to 512 (default: rnn 32, lstm/gru 5)":
      "隠れユニットの数、1〜512（既定：rnn 32、lstm/gru 5）",
    "timesteps T, 1 to 2000 (default: rnn 10, lstm/gru 4)":
      "タイムステップ数 T、1〜2000（既定：rnn 10、lstm/gru 4）",
    "draws what is not given: weights, x and y (default: 0)":
      "与えられていないもの（重み、x、y）を乱数で決める（既定：0）",
    "parameters, and x and y if present, from a JSON file such as `unroll trace --format json` writes (- reads stdin); the sizes come from its shapes":
      "パラメータ（あれば x と y も）を JSON ファイルから読む。形式は `unroll trace --format json` の出力と同じ（- で stdin）。サイズはその形状から決まる",
    "the backward pass: correct (default); document, the notes' backward() with its two shape repairs (\"the notes' BPTT\" in every output); verbatim, as the notes write it (it stops at its first line). document and verbatim exist for the RNN only":
      "逆伝播の種類：correct（既定）、document はノートの backward() に形状の修正 2 か所を加えたもの（どの出力でも「ノートの BPTT」）、verbatim はノートに書かれたとおり（最初の行で止まる）。document と verbatim は RNN のみ",
    "last (default): one label, the loss on h_T, as the notes; every-step: a head and a BCE term at every step, summed, as min-char-rnn (step t labelled x_1 + … + x_t > 0; a file's y may list one per step)":
      "last（既定）：ラベル 1 つ、損失は h_T のみ（ノートと同じ）。every-step：毎タイムステップに出力ヘッドと BCE 項を置いて合計（min-char-rnn と同じ。ステップ t のラベルは x_1 + … + x_t > 0、ファイルの y はステップごとに並べてもよい）",
    "truncated BPTT: chunks of K steps counted from the last; no gradient flows from a chunk to the one before (PyTorch's detach every K steps), so each loss term reaches back at most K steps, its own included (default: full BPTT; K >= steps is full)":
      "打ち切り BPTT：最後から数えて K ステップずつの区間に分け、区間から前の区間へは勾配を流さない（PyTorch で K ステップごとに detach するのと同じ）。各損失項は自分のステップを含めて最大 K ステップまでさかのぼる（既定：完全な BPTT。K >= steps なら完全）",
    "the LSTM's initial bf, every entry B (default: 0, the notes'; 1 to 3 keeps f_t near 1, so C_t carries far)":
      "LSTM の bf の初期値、全要素 B（既定：0、ノートと同じ。1〜3 にすると f_t が 1 に近くなり、C_t が遠くまで運ばれる）",
    "step through your own NumPy forward and backward pass (as unroll check runs it)":
      "自分で書いた NumPy の順伝播・逆伝播を一歩ずつたどる（unroll check と同じ実行方法）",
    "every value of one forward and backward pass, with its formula":
      "1 回の順伝播・逆伝播のすべての値を数式とともに",
    "text for people, json for programs, md for GitHub (default: text)":
      "text は人向け、json はプログラム向け、md は GitHub 向け（既定：text）",
    "write to FILE, not stdout: whole or not at all (a temporary file in its folder, then a rename)":
      "stdout ではなく FILE に書く。全部書くか何も書かないか（同じフォルダの一時ファイルに書いてから名前を変更）",
    "replace FILE (and its pictures) if it exists":
      "FILE（とその画像）が既にあれば置き換える",
    "parameters and gradients by the notes' names or PyTorch's state_dict (default: the file's)":
      "パラメータと勾配をノートの名前か PyTorch の state_dict の名前で（既定：ファイルのとおり）",
    "run your own NumPy backward pass and find its first wrong line":
      "自分で書いた NumPy の逆伝播を実行し、最初に間違った行を見つける",
    "text for people, json for programs (default: text)":
      "text は人向け、json はプログラム向け（既定：text）",
    "write a template for this cell to FILE.py":
      "このセルのテンプレートを FILE.py に書く",
    "with --new, replace FILE.py if it exists":
      "--new で、FILE.py が既にあれば置き換える",
    "the notes' backward() against the correct BPTT, number by number":
      "ノートの backward() と正しい BPTT を数値ごとに比較",
    "replace with --format md -o, FILE.md (and its chart) if it exists":
      "--format md -o で、FILE.md（とそのグラフ）が既にあれば置き換える",
    "the analytic gradients against finite differences":
      "解析的な勾配を有限差分と照合",
    "check N entries of each parameter drawn at random from --seed, 1 to 1000000, or all (default: all, or a sample where all would take long)":
      "各パラメータから無作為に選んだ N 要素を調べる（--seed から）、1〜1000000、または all（既定：all。全部だと時間がかかる大きさではサンプル）",
    "check at most N entries of each parameter, spread evenly, 1 to 1000000 (default: every entry)":
      "各パラメータの要素を最大 N 個、均等に選んで調べる、1〜1000000（既定：全要素）",
    "the notes' training loop, epoch by epoch":
      "ノートの学習ループ、エポックごとに",
    "sequences drawn from --seed, 1 to 100000 (default: 1000)":
      "--seed から生成する系列の数、1〜100000（既定：1000）",
    "train on the samples in FILE instead":
      "代わりに FILE のサンプルで学習する",
    "1 to 10000 (default: 10)":
      "1〜10000（既定：10）",
    "the learning rate, above 0 (default: 0.01)":
      "学習率、0 より大きい値（既定：0.01）",
    "the update rule (default: sgd)":
      "更新規則（既定：sgd）",
    "samples per update, 1 to 100000 (default: 1)":
      "1 回の更新あたりのサンプル数、1〜100000（既定：1）",
    "scale each update's gradient, all parameters together, by min(1, MAX/‖g‖), as d2l's grad_clipping (PyTorch's clip_grad_norm_ divides by ‖g‖ + 1e-6)":
      "各更新の勾配を全パラメータまとめて min(1, MAX/‖g‖) 倍する。d2l の grad_clipping と同じ（PyTorch の clip_grad_norm_ は ‖g‖ + 1e-6 で割る）",
    "put every entry of each update's gradient into [−MAX, MAX], as min-char-rnn's np.clip (±5)":
      "各更新の勾配の全要素を [−MAX, MAX] に収める。min-char-rnn の np.clip（±5）と同じ",
    "a new order every epoch, from --seed: a Fisher-Yates pass over the last epoch's order (stream 3 of the seed)":
      "エポックごとに新しい順序を --seed から作る：前のエポックの順序に Fisher-Yates を 1 回（シードのストリーム 3）",
    "train with the notes' and the correct BPTT from the same start, then the notes' with each deviation alone fixed":
      "ノートの BPTT と正しい BPTT で同じ初期値から学習し、続いてノートの BPTT を逸脱を 1 つずつ直して学習する",
    "write the loss and accuracy curves to DIR/loss.svg and DIR/accuracy.svg (DIR is created)":
      "損失と正解率の曲線を DIR/loss.svg と DIR/accuracy.svg に書く（DIR は作成される）",
    "replace DIR/loss.svg and DIR/accuracy.svg if they exist":
      "DIR/loss.svg と DIR/accuracy.svg が既にあれば置き換える",
    "a weights file in the notes' layout or as PyTorch's state_dict":
      "重みファイルをノートのレイアウトか PyTorch の state_dict に変換",
    "the layout to write (required)":
      "書き出すレイアウト（必須）",
    "write to OUT, not stdout: whole or not at all (a temporary file in its folder, then a rename)":
      "stdout ではなく OUT に書く。全部書くか何も書かないか（同じフォルダの一時ファイルに書いてから名前を変更）",
    "replace OUT if it exists":
      "OUT が既にあれば置き換える",
    "the commands, or one command's flags":
      "コマンドの一覧、または 1 つのコマンドのフラグ",
    "this help; after a command, its help":
      "このヘルプ。コマンドの後ならそのコマンドのヘルプ",
    "print the version":
      "バージョンを表示",
    "no colour even on a terminal (as NO_COLOR=1, TERM=dumb)":
      "端末でも色を付けない（NO_COLOR=1、TERM=dumb と同じ）",
    "the language of lessons, the glossary and explain (default: from LC_ALL, LC_MESSAGES or LANG; else en)":
      "レッスン、用語集、explain の言語（既定：LC_ALL、LC_MESSAGES、LANG から。なければ en）",
  ]
}
