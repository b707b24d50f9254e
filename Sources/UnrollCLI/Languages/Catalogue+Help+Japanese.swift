extension Catalogue {
  /// The help texts in Japanese, keyed by the English with its lines joined.
  static let japaneseHelp: [String: String] = [
    "USAGE":
      "使い方",
    ": ":
      "：",
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
    "Runs lesson N (or the lesson named SLUG: `unroll lesson rnn-forward`) on the engine: every number it shows is computed as it runs. On a terminal it shows one step at a time, runs its commands and pauses: Enter goes on, a REPL command (print h_t, where, step) looks around from the lesson's position, :back shows the previous step, :quit (or Ctrl-D) saves and leaves. Exercises check your answer, give a hint after a wrong try and the answer after three.":
      "レッスン N（または SLUG という名前のレッスン：`unroll lesson rnn-forward`）をエンジン上で実行します。表示される数値はすべて実行時に計算されたものです。端末では 1 ステップずつ表示し、そのコマンドを実行して一時停止します：Enter で先へ進み、REPL コマンド（print h_t、where、step）でレッスンの位置から周りを調べ、:back で前のステップを表示し、:quit（または Ctrl-D）で保存して終了します。演習は答えを確かめ、1 回間違えるとヒントを、3 回間違えると答えを示します。",
    "Progress is saved in $XDG_STATE_HOME/unroll/progress.json (by default ~/.local/state/unroll/); `unroll lesson N` resumes where you left off, and --restart starts over. Without a terminal (stdin or stdout not a TTY) the lesson runs straight through and shows the answers, as a transcript; it saves no progress.":
      "進み具合は $XDG_STATE_HOME/unroll/progress.json に保存されます（既定では ~/.local/state/unroll/）。`unroll lesson N` は前回やめたところから再開し、--restart は最初からやり直します。端末がないとき（stdin か stdout が TTY でないとき）は、レッスンを最後まで通して実行し、答えも表示して記録のように出力します。このときは進み具合を保存しません。",
    "With --lang de, zh or ja (or a German, Chinese or Japanese locale) the lesson is the translation in lessons/de/ (zh/, ja/) and the runner speaks that language; a lesson not translated yet runs in English, with a line that says so. Answers may be typed as in that language: 0,25 with a decimal comma, full-width digits, positiv, 正, 負.":
      "--lang de、zh、ja（またはドイツ語・中国語・日本語のロケール）では、レッスンは lessons/de/（zh/、ja/）の翻訳になり、ランナーもその言語で話します。まだ翻訳されていないレッスンは英語で実行され、その旨を 1 行で知らせます。答えはその言語での書き方で入力できます：小数点にコンマを使った 0,25、全角数字、positiv、正、負。",
    "Lessons are read from the folder in UNROLL_LESSONS if set, else from the lessons/ folder of the repository this unroll was built from, else from ./lessons.":
      "レッスンは、UNROLL_LESSONS が設定されていればそのフォルダから、なければこの unroll をビルドしたリポジトリの lessons/ フォルダから、それもなければ ./lessons から読み込みます。",
    "OPTIONS":
      "オプション",
    "start from step 1, whatever was saved":
      "保存された位置にかかわらずステップ 1 から始める",
    "the lessons, with the ones finished marked":
      "レッスンの一覧（終えたものに印付き）",
    "Lists the lessons with their length and where you are in each (✓ done, or the step to resume at). With --check, runs every lesson straight through, as the tests do, and reports each block that does not parse, each command that fails and each exercise the engine cannot answer, as FILE:LINE; exits 1 if any lesson has a problem. A block that takes longer than --time-limit is a problem, and a gradient check or a training run in it stops there; so is a line of the lesson wider than the terminal (80 columns unless COLUMNS says).":
      "レッスンを、その長さと各レッスンでの現在位置（✓ 完了、または再開するステップ）とともに一覧表示します。--check を付けると、テストと同じように全レッスンを最後まで通して実行し、解析できないブロック、失敗したコマンド、エンジンが答えられない演習をそれぞれ FILE:LINE の形で報告します。問題のあるレッスンが 1 つでもあれば終了コードは 1 です。--time-limit より時間のかかるブロックも問題とみなし、その中の勾配チェックや学習はそこで止まります。端末より幅の広いレッスンの行も問題とみなします（COLUMNS の指定がなければ 80 桁）。",
    "With --lang de, zh or ja the list shows the translated titles, and --check checks the translations: each has the English lesson's structure (header, steps, blocks, every command and answer) and runs; the glossary lessons/LANG/glossary.md has its table's shape. Lessons not translated yet are listed, and are not a problem.":
      "--lang de、zh、ja では、一覧に翻訳されたタイトルを表示し、--check は翻訳を検査します：どの翻訳も英語のレッスンと同じ構造（ヘッダー、ステップ、ブロック、すべてのコマンドと答え）を持ち、実行できること。用語集 lessons/LANG/glossary.md は表の形が正しいこと。まだ翻訳されていないレッスンは一覧に出ますが、問題にはなりません。",
    "run every lesson without a terminal and report problems":
      "全レッスンを端末なしで実行し、問題を報告する",
    "with --check, the time one block may take, 1 to 3600 (default: 120)":
      "--check で 1 ブロックにかけてよい時間、1〜3600\n（既定：120）",
    "the course's terms in German, Chinese and Japanese":
      "コースの用語（ドイツ語・中国語・日本語）",
    "Shows the glossary of the language --lang (or the locale) names: for each term the English, the course's translation, the word the notes in that language use (Hidden State, 隐藏状态, 隠れ状態), and a remark, which says so where the notes' own translation is wrong. In English it shows the terms side by side in the three languages. With TERM, only the terms that contain it, in any column (`unroll glossary gate`, `unroll glossary 忘却`). The glossaries are Markdown files, lessons/de/glossary.md and so on, that the lessons link to.":
      "--lang（またはロケール）が示す言語の用語集を表示します。各用語について、英語、コースでの訳語、その言語のノートが使う語（Hidden State、隐藏状态、隠れ状態）、そして注記を示し、ノート自身の訳が誤っているところでは注記がそう指摘します。英語では 3 言語の用語を並べて表示します。TERM を指定すると、いずれかの列にそれを含む用語だけを表示します（`unroll glossary gate`、`unroll glossary 忘却`）。用語集は Markdown ファイル（lessons/de/glossary.md など）で、レッスンからリンクされています。",
    "step through the passes, one operation at a time":
      "順伝播・逆伝播を演算ひとつずつたどる",
    "Records one forward and one backward pass and lets you walk through them the way pdb and gdb walk through a program: step (s) one operation, next (n) to the end of the timestep, back (rs) and prev (rn) the same backwards, continue (c) to a breakpoint, goto forward 3, print h_t, watch dh, diff (the notes' value beside the correct one), explain, norms dh (‖dh‖ at every timestep), clip 1 (what gradient clipping would do), export FILE.md. Type help at the prompt for every command. An empty line repeats the last command; quit (q) or end of input (Ctrl-D) leaves.":
      "順伝播と逆伝播を 1 回ずつ記録し、pdb や gdb がプログラムをたどるようにその中をたどれます：step (s) で演算ひとつ、next (n) でタイムステップの終わりまで、back (rs) と prev (rn) はその逆向き、continue (c) でブレークポイントまで、goto forward 3、print h_t、watch dh、diff（ノートの値と正しい値を並べる）、explain、norms dh（各タイムステップの ‖dh‖）、clip 1（勾配クリッピングをしたらどうなるか）、export FILE.md。プロンプトで help と入力するとすべてのコマンドが表示されます。空行は直前のコマンドを繰り返し、quit (q) または入力の終わり（Ctrl-D）で終了します。",
    "On a terminal the prompt edits the line (arrows, Home/End, Ctrl-A/E/K/U/W), Up and Down and Ctrl-R search the history ($XDG_STATE_HOME/unroll/history), Tab completes commands, names and settings, Ctrl-C drops the line and Ctrl-L clears the screen. Piped in, each command is written after the prompt, so the output reads as a transcript.":
      "端末では、プロンプトの行を編集でき（矢印キー、Home/End、Ctrl-A/E/K/U/W）、上下キーと Ctrl-R で履歴（$XDG_STATE_HOME/unroll/history）を検索し、Tab でコマンド・名前・設定を補完し、Ctrl-C で行を破棄し、Ctrl-L で画面を消去します。パイプで入力したときは、各コマンドがプロンプトの後に書き出されるので、出力は記録として読めます。",
    "With --bptt verbatim the pass stops at the notes' first broken line, and stepping reaches it; `set bptt document` continues with the two repairs. Colour and heat strips appear only on a terminal.":
      "--bptt verbatim では、逆伝播はノートの最初の壊れた行で止まり、ステップ実行でそこまで進めます。`set bptt document` で 2 つの修正を加えて続行します。色とヒートストリップは端末でだけ表示されます。",
    "With --backward FILE.py the session steps through your own file instead, run once as `unroll check FILE.py` runs it: step (a line, into calls), next (to the next iteration), back, prev, continue (to a breakpoint, the first departure or the end), break LINE|NAME, print and shape of any expression over your names as they stand, diff NAME (yours beside the correct value at this timestep), explain, list (your source, current line marked) and where (line, function, loop iteration, timestep).":
      "--backward FILE.py では、代わりに自分のファイルをたどります。ファイルは `unroll check FILE.py` と同じ方法で 1 回実行されます：step（1 行、呼び出しの中へ）、next（次の反復へ）、back、prev、continue（ブレークポイント、最初の逸脱、または終わりまで）、break LINE|NAME、その時点の自分の名前を使った任意の式の print と shape、diff NAME（自分の値とこのタイムステップの正しい値を並べる）、explain、list（ソース、現在行に印）、where（行、関数、ループの反復、タイムステップ）。",
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
      "逆伝播の種類：correct（既定）、document はノートの backward() に形状の修正 2 か所を加えたもの（どの出力でも「ノートの BPTT」）、verbatim はノートに書かれたとおり（最初の行で止まる）。document と verbatim があるのは RNN だけ",
    "last (default): one label, the loss on h_T, as the notes; every-step: a head and a BCE term at every step, summed, as min-char-rnn (step t labelled x_1 + … + x_t > 0; a file's y may list one per step)":
      "last（既定）：ラベル 1 つ、損失は h_T のみ（ノートと同じ）。every-step：毎タイムステップに出力ヘッドと BCE 項を置いて合計（min-char-rnn と同じ。ステップ t のラベルは x_1 + … + x_t > 0、ファイルの y はステップごとに並べてもよい）",
    "truncated BPTT: chunks of K steps counted from the last; no gradient flows from a chunk to the one before (PyTorch's detach every K steps), so each loss term reaches back at most K steps, its own included (default: full BPTT; K >= steps is full)":
      "打ち切り BPTT：最後から数えて K ステップずつの区間に分け、区間から前の区間へは勾配を流さない（PyTorch で K ステップごとに detach するのと同じ）。各損失項は自分のステップを含めて最大 K ステップまでさかのぼる（既定：完全な BPTT。K >= steps なら完全）",
    "the LSTM's initial bf, every entry B (default: 0, the notes'; 1 to 3 keeps f_t near 1, so C_t carries far)":
      "LSTM の bf の初期値、全要素 B（既定：0、ノートと同じ。1〜3 にすると f_t が 1 に近くなり、C_t が遠くまで届く）",
    "step through your own NumPy forward and backward pass (as unroll check runs it)":
      "自分で書いた NumPy の順伝播・逆伝播を一歩ずつたどる（unroll check と同じ実行方法）",
    "every value of one forward and backward pass, with its formula":
      "1 回の順伝播・逆伝播のすべての値を数式とともに",
    "Runs the forward pass, the loss and the backward pass once, and lists every value the interpreter recorded: per phase and timestep, its name, shape, formula, NumPy line and value; then y_pred, p, loss and the gradients.":
      "順伝播、損失、逆伝播を 1 回実行し、インタプリタが記録したすべての値を、フェーズとタイムステップごとに、名前・形状・数式・NumPy の行・値とともに一覧表示します。続いて y_pred、p、損失、勾配を表示します。",
    "The JSON holds model, bptt, seed, sizes, params, x, y, records (phase, t, name, formula, line, shape, value), y_pred, p, loss and grads. Numbers are written exactly (NaN and infinities as the strings \"nan\", \"inf\", \"-inf\"), and the file reads back with --weights. If the pass stops on an error, the records up to it are written, the error goes to stderr and the exit code is 1.":
      "JSON には model、bptt、seed、sizes、params、x、y、records（phase、t、name、formula、line、shape、value）、y_pred、p、loss、grads が入ります。数値は正確に書き出され（NaN と無限大は文字列 \"nan\"、\"inf\"、\"-inf\"）、ファイルは --weights で読み戻せます。伝播がエラーで止まった場合は、そこまでの records を書き出し、エラーは stderr に出て、終了コードは 1 になります。",
    "The Markdown (--format md -o FILE.md) renders on GitHub: a header with the command that reproduces it, the parameters, one table per timestep forward and backward, the gradients, and pictures written beside it as SVG files (FILE-gradient-norms.svg, FILE-h_t.svg, ...), all of them or none.":
      "Markdown（--format md -o FILE.md）は GitHub で表示できます：それを再現するコマンドを載せたヘッダー、パラメータ、順伝播と逆伝播のタイムステップごとの表、勾配、そして SVG ファイルとして横に書き出される図（FILE-gradient-norms.svg、FILE-h_t.svg、...）。図は全部書き出すか、1 つも書き出さないかのどちらかです。",
    "With -o, an existing file is replaced only with --force, and keeps its permissions; a device or a pipe (-o /dev/null) is written, not replaced.":
      "-o では、既存のファイルは --force を付けたときだけ置き換えられ、パーミッションはそのまま保たれます。デバイスやパイプ（-o /dev/null）は置き換えずに書き込みます。",
    "--layout pytorch shows the parameters and gradients as the PyTorch note's state_dict names them (rnn.weight_ih_l0, ..., fc.bias), and the JSON then reads back as a PyTorch-layout weights file. The default is the layout the weights came in. Either way the trace states the mapping when PyTorch's layout is involved; the recorded values are the notes'.":
      "--layout pytorch は、パラメータと勾配を PyTorch ノートの state_dict の名前（rnn.weight_ih_l0、...、fc.bias）で表示し、JSON は PyTorch レイアウトの重みファイルとして読み戻せます。既定は、重みが与えられたときのレイアウトです。どちらの場合も、PyTorch のレイアウトが関わるときはトレースが対応関係を示します。記録される値はノートのものです。",
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
    "Runs FILE's forward(x) and backward(y_true) in Unroll's own Python and NumPy subset (no Python needed) on the weights and example the other commands use, and holds every assignment against the engine's correct pass.":
      "FILE の forward(x) と backward(y_true) を、Unroll 独自の Python と NumPy のサブセット（Python は不要）で、ほかのコマンドと同じ重みと例を使って実行し、すべての代入をエンジンの正しい伝播と突き合わせます。",
    "The file: top-level `import numpy as np`, constants, def and class run; other top-level statements (data, training loop, prints) are skipped and listed. The global sequence_length is set to --steps. The class that defines backward is made without __init__; input_size, hidden_size, output_size and the parameters (rnn: Wxh Whh Why bh by; lstm: Wf Wi WC Wo bf bi bC bo Why by; gru: Wr Wz Wxn Whn br bz bxn bhn Why by) are set on it. forward gets x of shape (steps, input, 1), backward y_true of shape (1, 1). The gradients are the G of the updates `self.P -= learning_rate * G`, else the locals dP when backward returns, else a returned dict keyed P or dP. The model is --model, else the file's names (self.Wf: lstm, self.Wr: gru, else rnn).":
      "ファイルについて：トップレベルの `import numpy as np`、定数、def、class は実行され、それ以外のトップレベルの文（データ、学習ループ、print）はスキップされて一覧に出ます。グローバル変数 sequence_length は --steps に設定されます。backward を定義するクラスは __init__ を呼ばずに作られ、input_size、hidden_size、output_size とパラメータ（rnn：Wxh Whh Why bh by、lstm：Wf Wi WC Wo bf bi bC bo Why by、gru：Wr Wz Wxn Whn br bz bxn bhn Why by）がそこに設定されます。forward は形状 (steps, input, 1) の x を、backward は形状 (1, 1) の y_true を受け取ります。勾配は更新 `self.P -= learning_rate * G` の G、なければ backward が戻るときのローカル変数 dP、それもなければ返された P または dP をキーとする dict です。モデルは --model、指定がなければファイルの名前から決まります（self.Wf：lstm、self.Wr：gru、それ以外は rnn）。",
    "The verdict: per parameter rel_err = ||g - g*|| / max(||g||, ||g*||) (2-norm over all entries) and the cosine; correct when every rel_err is at most 1e-9. The first departure: the names the correct pass has (h/h_t, C_t, the gates, concat, y_pred, p; dy/dy_pred, dh, dh_raw, dh_next, dC, dC_next, do, di, df, dC_tilde/dC_tilda, dconcat, the GRU's dn dz dr dhn; dP as partial sums), case and underscores ignored (dhraw is dh_raw), are compared at the end of each loop iteration: on track when equal (same shape, max|a - b| <= 1e-9 max(|a|, |b|)) to the correct value of that quantity at any timestep, initial states included. t is the loop variable + 1, else the iteration (from T over reversed). Code before a loop is compared where the loop starts. dh and dh_next are one quantity, dC and dC_next two.":
      "判定：パラメータごとに rel_err = ||g - g*|| / max(||g||, ||g*||)（全要素にわたる 2 ノルム）とコサインを計算し、すべての rel_err が 1e-9 以下なら正しいとします。最初の逸脱：正しい伝播にある名前（h/h_t、C_t、各ゲート、concat、y_pred、p、dy/dy_pred、dh、dh_raw、dh_next、dC、dC_next、do、di、df、dC_tilde/dC_tilda、dconcat、GRU の dn dz dr dhn、部分和としての dP）を、大文字小文字とアンダースコアを無視して（dhraw は dh_raw）、ループの各反復の終わりに比較します。その量のいずれかのタイムステップ（初期状態を含む）での正しい値と等しければ（形状が同じで max|a - b| <= 1e-9 max(|a|, |b|)）軌道上です。t はループ変数 + 1、なければ反復の番号（reversed では T から）です。ループより前のコードは、ループが始まるところで比較します。dh と dh_next は 1 つの量、dC と dC_next は 2 つの量です。",
    "The file runs in float64 as the engine does, and its products add in the engine's order (W @ x and np.dot(W, x) as W · x, W.T @ d as Wᵀ · d), so the notes' RNN pass gives the engine's gradients to the last bit. A sum the file spells in another order (dC_next + dh * ...) differs in the last bits (about 1e-16); a pass that amplifies rounding (the LSTM with the LSTM note's unscaled weights over hundreds of steps) can grow that past 1e-9: use fewer steps then.":
      "ファイルはエンジンと同じく float64 で計算し、積はエンジンと同じ順序で足されます（W @ x と np.dot(W, x) は W · x として、W.T @ d は Wᵀ · d として）。そのため、ノートの RNN の伝播は最後のビットまでエンジンと同じ勾配になります。ファイルが別の順序で書いた和（dC_next + dh * ...）は最後の数ビットで異なります（約 1e-16）。丸め誤差を増幅する伝播（LSTM ノートのスケーリングされていない重みで数百タイムステップを回す LSTM）では、その差が 1e-9 を超えることがあります。そのときはステップ数を減らしてください。",
    "Exit 0 when correct, 1 when incorrect or the file failed, 2 for usage errors. --new writes a template to start from; an existing file is replaced only with --force.":
      "終了コードは、正しければ 0、正しくないかファイルが失敗すれば 1、使い方の誤りなら 2 です。--new は出発点となるテンプレートを書き出します。既存のファイルは --force を付けたときだけ置き換えられます。",
    "text for people, json for programs (default: text)":
      "text は人向け、json はプログラム向け（既定：text）",
    "write a template for this cell to FILE.py":
      "このセルのテンプレートを FILE.py に書く",
    "with --new, replace FILE.py if it exists":
      "--new で、FILE.py が既にあれば置き換える",
    "the notes' backward() against the correct BPTT, number by number":
      "ノートの backward() と正しい BPTT を数値ごとに比較",
    "Runs one example forward, then three backward passes: the RNN note's backward() as written (it stops at its first line, with NumPy's message), the same with its two shape repairs (\"the notes' BPTT\"), and the correct BPTT. Prints, per parameter, both gradients' norms, the relative error ‖d − c‖/‖c‖, the cosine and the share of entries whose signs agree; per timestep, ‖dh‖ and ‖dh_raw‖ of both, with a sparkline of each over time; then an ablation: each of the three deviations fixed alone, and left alone.":
      "1 つの例で順伝播を行い、続いて 3 種類の逆伝播を行います：書かれたとおりの RNN ノートの backward()（最初の行で NumPy のメッセージとともに止まる）、それに形状の修正 2 か所を加えたもの（「ノートの BPTT」）、そして正しい BPTT。パラメータごとに両方の勾配のノルム、相対誤差 ‖d − c‖/‖c‖、コサイン、符号が一致する要素の割合を、タイムステップごとに両方の ‖dh‖ と ‖dh_raw‖ を、時間に沿ったスパークラインとともに表示します。最後にアブレーション：3 つの逸脱をそれぞれ単独で直した場合と、単独で残した場合です。",
    "The RNN only: the notes give the LSTM no backward pass to compare, and have no GRU. --bptt is not used (compare runs all of them). --layout pytorch compares the gradients by the PyTorch note's state_dict names; rnn.bias_ih_l0 and rnn.bias_hh_l0 both carry bh's gradient.":
      "RNN のみ：ノートには LSTM の比較できる逆伝播がなく、GRU もありません。--bptt は使いません（compare はすべてを実行します）。--layout pytorch は PyTorch ノートの state_dict の名前で勾配を比較します。rnn.bias_ih_l0 と rnn.bias_hh_l0 はどちらも bh の勾配を持ちます。",
    "With --loss every-step every pass takes a loss at every step, and the notes' dh = np.dot(Why.T, dy) + dh_next is then the rule, not a deviation: the ablation has two rows, output-error and final-h. --tbptt K truncates both passes alike.":
      "--loss every-step では、どの伝播も毎タイムステップで損失をとり、ノートの dh = np.dot(Why.T, dy) + dh_next は逸脱ではなく正しい規則になります：アブレーションは output-error と final-h の 2 行です。--tbptt K は両方の伝播を同じように打ち切ります。",
    "replace with --format md -o, FILE.md (and its chart) if it exists":
      "--format md -o で、FILE.md（とそのグラフ）が既にあれば置き換える",
    "the analytic gradients against finite differences":
      "解析的な勾配を有限差分と照合",
    "Computes every parameter's gradient by the correct BPTT, or with --bptt document by the notes' backward() (the notes' BPTT), then each entry again from the loss alone, nudging the entry and re-running the forward pass: the five-point centred difference":
      "すべてのパラメータの勾配を正しい BPTT で（--bptt document ではノートの backward()、つまりノートの BPTT で）計算し、続いて各要素を損失だけからもう一度求めます。要素を少しずらして順伝播をやり直す、5 点中心差分です",
    "An entry's relative error is |a − n| / max(|a|, |n|, 1e-06). A parameter passes when its largest is at most 1e-07; the exit code is 1 when any parameter fails.":
      "要素の相対誤差は |a − n| / max(|a|, |n|, 1e-06) です。その最大値が 1e-07 以下ならパラメータは合格で、不合格のパラメータが 1 つでもあれば終了コードは 1 です。",
    "--bptt document shows the check failing on the notes' gradients: they are not the derivative of the loss, and the exit code is 1 for them too, as for any wrong gradient, so a script sees the failure. `unroll compare` measures how far off they are. --bptt verbatim is refused: it stops at its first line.":
      "--bptt document は、ノートの勾配でチェックが失敗するところを見せます：それは損失の導関数ではなく、間違った勾配と同じく終了コードは 1 になるので、スクリプトにも失敗がわかります。どれだけずれているかは `unroll compare` で測れます。--bptt verbatim は受け付けません：最初の行で止まるからです。",
    "--entries N checks N entries of each parameter drawn at random (from --seed), as CS231n's notes check a large network; --max-entries N checks N spread evenly. At sizes where checking every entry would take more than about half a minute, a random sample is the default, and a note says how many; the table's `checked` column says it per parameter. --entries all checks every one.":
      "--entries N は各パラメータから（--seed で）無作為に選んだ N 要素を調べます。CS231n の講義ノートが大きなネットワークを調べるやり方です。--max-entries N は均等に選んだ N 要素を調べます。全要素を調べると 30 秒ほど以上かかる大きさでは、無作為なサンプルが既定になり、何要素かを注記で示します。表の `checked` 列にパラメータごとの数が出ます。--entries all はすべてを調べます。",
    "--layout pytorch checks the gradients by the PyTorch note's state_dict names: it nudges an entry of rnn.weight_ih_l0 ... fc.bias, maps the state_dict to the notes' parameters and runs the forward pass. rnn.bias_ih_l0 and rnn.bias_hh_l0 pass with the same gradient, the summed bias's.":
      "--layout pytorch は PyTorch ノートの state_dict の名前で勾配を調べます：rnn.weight_ih_l0 ... fc.bias の要素を少しずらし、state_dict をノートのパラメータに対応させて順伝播を実行します。rnn.bias_ih_l0 と rnn.bias_hh_l0 は同じ勾配、つまり足し合わせたバイアスの勾配で合格します。",
    "check N entries of each parameter drawn at random from --seed, 1 to 1000000, or all (default: all, or a sample where all would take long)":
      "各パラメータから無作為に選んだ N 要素を調べる（--seed から）、1〜1000000、または all（既定：all。全部だと時間がかかる大きさではサンプル）",
    "check at most N entries of each parameter, spread evenly, 1 to 1000000 (default: every entry)":
      "各パラメータの要素を最大 N 個、均等に選んで調べる、1〜1000000（既定：全要素）",
    "the notes' training loop, epoch by epoch":
      "ノートの学習ループ、エポックごとに",
    "The RNN note's loop: 1000 sequences drawn from --seed, labelled 1 when their sum is above 0, 10 epochs of per-sample SGD at lr 0.01, in order. Each epoch prints the notes' line, `Epoch [1/10], Avg Loss: 0.5747`, the loss taken as the notes take it (1e-8 inside each log, p before the update), and the share of samples classified right, beside the majority class's share: what a network that always answers the commoner label would score.":
      "RNN ノートのループ：--seed から 1000 個の系列を作り、和が 0 より大きいものをラベル 1 とし、学習率 0.01 でサンプルごとの SGD を順番に 10 エポック行います。各エポックでノートの行 `Epoch [1/10], Avg Loss: 0.5747` を表示します。損失はノートと同じとり方（各 log の中に 1e-8、p は更新前の値）で、正しく分類されたサンプルの割合を多数派クラスの割合と並べて示します。後者は、いつも多いほうのラベルを答えるネットワークが取る点数です。",
    "--bptt correct (default) trains with the correct gradients, --bptt document with the notes' backward() and its two shape repairs (verbatim cannot run). --compare trains both from the same start on the same data and prints them side by side, then trains the notes' pass three more times, each with one of its three deviations fixed and the other two kept (the ablation): one row per deviation, its loss curve and its last loss and accuracy, so you see which one wrecks training. --optimizer adam --batch 32 is the PyTorch note's set-up (Adam with PyTorch's defaults, gradients averaged over each batch, in order); --shuffle adds its DataLoader(shuffle=True): each epoch a Fisher-Yates pass (i from N−1 down to 1, j uniform in 0…i) over the last epoch's order, drawn from --seed's stream 3 (scripts/reference/objectives.py repeats it).":
      "--bptt correct（既定）は正しい勾配で、--bptt document はノートの backward() に形状の修正 2 か所を加えたもので学習します（verbatim は実行できません）。--compare は両方を同じ初期値・同じデータで学習して並べて表示し、さらにノートの伝播を 3 回、3 つの逸脱のうち 1 つだけを直して残り 2 つはそのままにして学習します（アブレーション）。逸脱ごとに 1 行、その損失曲線と最後の損失・正解率を示すので、どれが学習を壊しているかがわかります。--optimizer adam --batch 32 は PyTorch ノートの設定です（PyTorch の既定値の Adam、勾配は各バッチで平均、順番どおり）。--shuffle はその DataLoader(shuffle=True) を加えます：各エポックで前のエポックの順序に Fisher-Yates を 1 回（i は N−1 から 1 まで、j は 0…i から一様）、乱数は --seed のストリーム 3 から（scripts/reference/objectives.py が同じことをします）。",
    "--clip-norm MAX or --clip-value MAX clips each update's mean gradient (the run says how many updates it changed); --loss every-step and --tbptt K train that objective; --forget-bias B starts the LSTM's bf at B.":
      "--clip-norm MAX または --clip-value MAX は各更新の平均勾配をクリップします（何回の更新を変えたかを実行が報告します）。--loss every-step と --tbptt K はその目的関数で学習します。--forget-bias B は LSTM の bf を B から始めます。",
    "--weights FILE gives the initial parameters (its x and y, if any, are not used: the data come from --seed or --data). --data FILE reads {\"x\": [N samples of steps × input], \"y\": [N labels, 0 or 1]}.":
      "--weights FILE は初期パラメータを与えます（中に x と y があっても使いません：データは --seed か --data から）。--data FILE は {\"x\": [steps × input のサンプル N 個], \"y\": [ラベル N 個、0 か 1]} を読みます。",
    "--format json prints {\"bptt\", \"majority\": {\"label\", \"share\"}, \"epochs\": [{\"epoch\", \"loss\", \"accuracy\"}], \"params\": the final parameters as lists of rows}; with --compare, {\"majority\", \"runs\": [one such object per BPTT], \"ablation\": [{\"fixed\": \"output-error\", \"epochs\"} or {\"fixed\", \"stopped\"}]}. On a terminal, a run that lasts more than half a second shows its progress on stderr.":
      "--format json は {\"bptt\", \"majority\": {\"label\", \"share\"}, \"epochs\": [{\"epoch\", \"loss\", \"accuracy\"}], \"params\": 最終パラメータを行のリストで} を出力します。--compare では {\"majority\", \"runs\": [BPTT ごとにそのようなオブジェクト], \"ablation\": [{\"fixed\": \"output-error\", \"epochs\"} または {\"fixed\", \"stopped\"}]} です。端末では、0.5 秒より長くかかる実行は stderr に進み具合を表示します。",
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
    "Reads a weights file (FILE; - reads stdin) and writes it in the layout --to names: document, the notes' params (Wxh Whh bh, or Wf ... bo over concat = [h; x], then Why by); pytorch, the PyTorch note's state_dict (rnn.weight_ih_l0, rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0, fc.weight, fc.bias), as `unroll trace --weights` reads it. x and y are kept when the file has them; a trace JSON converts too, without its records.":
      "重みファイル（FILE、- で stdin）を読み、--to が示すレイアウトで書き出します：document はノートの params（Wxh Whh bh、または concat = [h; x] に掛かる Wf ... bo、続いて Why by）、pytorch は PyTorch ノートの state_dict（rnn.weight_ih_l0、rnn.weight_hh_l0、rnn.bias_ih_l0、rnn.bias_hh_l0、fc.weight、fc.bias）で、`unroll trace --weights` が読む形です。ファイルに x と y があれば残します。トレースの JSON も records を除いて変換できます。",
    "PyTorch adds two biases (b_ih + b_hh) where the notes have one. To document, they are added. To pytorch, a sum cannot be split: all of it goes into bias_ih and bias_hh is zeros, which computes the same; the message on stderr says so. The file goes to stdout unless -o; an existing OUT is replaced only with --force.":
      "PyTorch はノートの 1 つのバイアスの代わりに 2 つのバイアスを足します（b_ih + b_hh）。document へは 2 つを足します。pytorch へは和を分けられないので、全部を bias_ih に入れ、bias_hh はゼロにします。計算結果は同じで、stderr のメッセージがその旨を伝えます。-o がなければ stdout に出力し、既存の OUT は --force を付けたときだけ置き換えます。",
    "the layout to write (required)":
      "書き出すレイアウト（必須）",
    "write to OUT, not stdout: whole or not at all (a temporary file in its folder, then a rename)":
      "stdout ではなく OUT に書く。全部書くか何も書かないか（同じフォルダの一時ファイルに書いてから名前を変更）",
    "replace OUT if it exists":
      "OUT が既にあれば置き換える",
    "the commands, or one command's flags":
      "コマンドの一覧、または 1 つのコマンドのフラグ",
    "Without COMMAND, lists the commands; with it, prints that command's help, as `unroll COMMAND --help` does.":
      "COMMAND なしではコマンドの一覧を、あればそのコマンドのヘルプを表示します（`unroll COMMAND --help` と同じ）。",
    "this help; after a command, its help":
      "このヘルプ。コマンドの後ならそのコマンドのヘルプ",
    "print the version":
      "バージョンを表示",
    "no colour even on a terminal (as NO_COLOR=1, TERM=dumb)":
      "端末でも色を付けない（NO_COLOR=1、TERM=dumb と同じ）",
    "the language of help, errors, lessons, the glossary and explain (default: from LC_ALL, LC_MESSAGES or LANG; else en)":
      "ヘルプ、エラーメッセージ、レッスン、用語集、explain の言語（既定：LC_ALL、LC_MESSAGES、LANG から。なければ en）",
    "Commands, short forms in parentheses. An empty line repeats the last step, next, back, prev or continue.":
      "コマンド一覧（括弧内は短縮形）。空行は直前の step、next、back、prev、continue を繰り返します。",
    "Commands over your file, short forms in parentheses. An empty line repeats the last step, next, back, prev or continue.":
      "自分のファイルをたどるコマンド（括弧内は短縮形）。空行は直前の step、next、back、prev、continue を繰り返します。",
    "Moving":
      "移動",
    "Breakpoints":
      "ブレークポイント",
    "Looking":
      "調べる",
    "Understanding":
      "理解する",
    "Settings and session":
      "設定とセッション",
    "`help COMMAND` explains one in full.":
      "`help コマンド` で 1 つのコマンドを詳しく説明します。",
    "run one operation (or N) and show it":
      "演算を 1 つ（または N 個）実行して表示",
    "Moves to the next operation of the recording, or N operations on, and shows it: where it is, its formula, the shapes, the value, the NumPy line, what changed. Accumulations such as dWxh += … are operations too. Stops at the end.":
      "記録の次の演算（または N 個先の演算）へ進み、それを表示します：位置、数式、形状、値、NumPy の行、何が変わったか。dWxh += … のような累積も演算です。最後で止まります。",
    "run to the end of this timestep (or N)":
      "このタイムステップの終わりまで（または N 個）",
    "Moves to the last operation of the current timestep; from there, to the end of the next one. The output head and the loss count as one step each. With N, does it N times.":
      "現在のタイムステップの最後の演算へ進みます。そこからは次のタイムステップの終わりへ。出力ヘッドと損失はそれぞれ 1 ステップと数えます。N を指定すると N 回繰り返します。",
    "step back one operation (or N)":
      "演算 1 つ（または N 個）戻る",
    "Moves to the previous operation, or N back. Nothing is recomputed: every value was recorded, so stepping back shows exactly what was there.":
      "前の演算へ、または N 個前へ戻ります。再計算はしません：すべての値が記録されているので、戻ればそこにあったものがそのまま表示されます。",
    "back to the end of the previous timestep":
      "前のタイムステップの終わりへ戻る",
    "Moves to the last operation of the previous timestep, where `next` would have stopped; `next` then `prev` comes back to the same place.":
      "前のタイムステップの最後の演算、つまり `next` が止まったはずの位置へ戻ります。`next` のあと `prev` で同じ位置に戻ります。",
    "run to a breakpoint or the end of the pass":
      "ブレークポイントまたは伝播の終わりまで実行",
    "Runs forward until an operation with a breakpoint (see `break`), or else to the end of the pass: the forward pass ends at the loss, the backward pass at the last gradient. `step` and `next` do not stop at breakpoints; `continue` does.":
      "ブレークポイントのある演算（`break` を参照）まで、なければ伝播の終わりまで進みます：順伝播は損失で、逆伝播は最後の勾配で終わります。`step` と `next` はブレークポイントで止まりませんが、`continue` は止まります。",
    "jump to forward, output or backward [at T]":
      "forward、output、backward へ移動 [T で]",
    "Jumps to the first operation of a phase (forward, output, backward), at timestep T when given: `goto backward 3`. `goto 2` goes to t = 2 in the current phase; `goto start` and `goto end` to the first and the last stop.":
      "フェーズ（forward、output、backward）の最初の演算へ、T を指定すればタイムステップ T へ移動します：`goto backward 3`。`goto 2` は現在のフェーズの t = 2 へ、`goto start` と `goto end` は最初と最後の停止位置へ移動します。",
    "stop `continue` there; bare: list them":
      "そこで `continue` を止める。引数なしなら一覧",
    "`break dh_raw` stops at every dh_raw; `break t=3` at the start of timestep 3 in any phase; `break backward` where the backward pass begins. Accumulations have names too: `break dWhh`. A condition after `if` is tested there, with the values of that stop: `break dh if norm(dh) < 1e-3` stops at the first dh that small. With no argument, lists the breakpoints, their numbers and how many times `continue` stopped at each.":
      "`break dh_raw` はすべての dh_raw で、`break t=3` はどのフェーズでもタイムステップ 3 の始まりで、`break backward` は逆伝播の始まりで止まります。累積にも名前があります：`break dWhh`。`if` の後の条件は、その停止位置の値で評価されます：`break dh if norm(dh) < 1e-3` は、そこまで小さくなった最初の dh で止まります。引数なしなら、ブレークポイントとその番号、`continue` がそれぞれで止まった回数を一覧表示します。",
    "delete breakpoint N (bare: all)":
      "ブレークポイント N を削除（引数なしなら全部）",
    "Deletes the breakpoint numbered N in `break`'s list; with no number, all.":
      "`break` の一覧で番号 N のブレークポイントを削除します。番号がなければすべて削除します。",
    "a value as of now, or an expression of them":
      "現時点の値、またはそれらの式",
    "Shows a value with its shape as it stands at this point of the recording: a record (h_t, f_t, dh_raw: this timestep's when it has one, else the latest), a parameter (Wxh), a gradient summed so far (dWxh), the input x_t or the label y, the pre-activations inside tanh and σ (a_t for the RNN, zf_t zi_t zC_t zo_t for the LSTM, zr_t zz_t zn_t for the GRU), and the notes' names (hs, self.h, y_true, pred). `print h_t 2` (or h_t@2, h_t t=2) picks a timestep; t = 0 is the initial state. Anything else is a NumPy expression, run by the same Python subset as `unroll check`: `print h_t[0]`, `print Whh[2, 3]`, `print hs[:, 3]`, `print Whh @ h_t`, `print dh.T`, `print 1/(1+exp(-0.136))`; exp log tanh sigmoid sqrt abs sum norm need no np.":
      "記録のこの時点での値を形状とともに表示します：レコード（h_t、f_t、dh_raw：このタイムステップにあればそれ、なければ最新のもの）、パラメータ（Wxh）、ここまで足し合わせた勾配（dWxh）、入力 x_t やラベル y、tanh と σ の中の活性化前の値（RNN の a_t、LSTM の zf_t zi_t zC_t zo_t、GRU の zr_t zz_t zn_t）、そしてノートでの名前（hs、self.h、y_true、pred）。`print h_t 2`（または h_t@2、h_t t=2）でタイムステップを指定でき、t = 0 は初期状態です。それ以外は NumPy の式として、`unroll check` と同じ Python のサブセットで実行されます：`print h_t[0]`、`print Whh[2, 3]`、`print hs[:, 3]`、`print Whh @ h_t`、`print dh.T`、`print 1/(1+exp(-0.136))`。exp log tanh sigmoid sqrt abs sum norm には np は要りません。",
    "the shape of a value":
      "値の形状",
    "Shows the shape of any name `print` knows, and what the two numbers mean.":
      "`print` が知っている名前の形状と、その 2 つの数の意味を表示します。",
    "‖NAME‖ at every timestep, on a log scale":
      "各タイムステップの ‖NAME‖（対数目盛）",
    "Shows the Euclidean norm of NAME at every timestep computed so far, in the order the pass computes them (the backward pass from t = T down), with a bar on a log scale, then how much it grew or shrank from the first to the last and per step on average: `norms dh` shows a gradient vanish or explode, `norms dC` the LSTM's cell state path, `norms h_t` the forward pass.":
      "ここまでに計算された各タイムステップでの NAME のユークリッドノルムを、伝播が計算する順序（逆伝播なら t = T から下へ）で、対数目盛のバーとともに表示し、続いて最初から最後までにどれだけ増えたか減ったか、1 ステップあたり平均どれだけかを示します：`norms dh` は勾配の消失や爆発を、`norms dC` は LSTM のセル状態の経路を、`norms h_t` は順伝播を見せます。",
    "what can be printed here, grouped":
      "ここで表示できるもの（グループ別）",
    "Lists the names `print` finds a value for at this stop, grouped: the records of this step, the records of earlier steps, the parameters, the gradients as summed so far, the inputs, and the notes' own names for them (hs, self.h, y_true, pred). `info locals` does the same, as in gdb.":
      "この停止位置で `print` が値を見つけられる名前を、グループ別に一覧表示します：このステップのレコード、前のステップのレコード、パラメータ、ここまで足し合わせた勾配、入力、そしてそれらのノートでの名前（hs、self.h、y_true、pred）。`info locals` も gdb と同じく同じことをします。",
    "this timestep's program, current line marked":
      "このタイムステップのプログラム（現在行に印）",
    "Lists the operations of the current block (the forward step, the head, the backward step) with their formulas; `→` marks the current one, `*` a breakpoint.":
      "現在のブロック（順伝播の 1 ステップ、出力ヘッド、逆伝播の 1 ステップ）の演算を数式とともに一覧表示します。`→` は現在の演算、`*` はブレークポイントを示します。",
    "phase, timestep and operation we are at":
      "現在のフェーズ、タイムステップ、演算",
    "Says the phase, the timestep, the operation and the stop number, and the run.":
      "フェーズ、タイムステップ、演算、停止位置の番号、そして実行の設定を表示します。",
    "show NAME at every stop (bare: list them)":
      "停止するたびに NAME を表示（引数なしなら一覧）",
    "Adds NAME, or an expression such as `watch norm(dh)`, to the values shown at every stop, once, with what changed since the last stop marked under it: how many entries, which, and the largest change. Bare `watch` lists them.":
      "NAME、または `watch norm(dh)` のような式を、停止するたびに 1 回表示する値に加えます。その下には前の停止位置から変わったところ（いくつの要素が、どれが、最大の変化）が示されます。引数なしの `watch` はその一覧を表示します。",
    "stop watching NAME":
      "NAME の監視をやめる",
    "Removes NAME from the watched values; `unwatch all` removes them all.":
      "監視する値から NAME を外します。`unwatch all` ですべて外します。",
    "what this operation (or NAME) computes, and why":
      "この演算（または NAME）が何を計算するか、なぜか",
    "A few sentences on the current operation in the notes' names: what it computes, why the rule is what it is, and, for the notes' passes, how their line differs from the correct rule. `explain do` explains the operation that computes do, `explain dWhh` the accumulation into dWhh.":
      "現在の演算について、ノートの名前で数文の説明をします：何を計算するか、なぜその規則なのか、そしてノートの伝播では、その行が正しい規則とどう違うか。`explain do` は do を計算する演算を、`explain dWhh` は dWhh への累積を説明します。",
    "the notes' value against the correct one":
      "ノートの値と正しい値の比較",
    "Records the other backward pass (the notes' when this is the correct one, and the other way round) and shows NAME (default: the current operation) from both at this point, side by side with their difference. The notes have no LSTM backward pass and no GRU, so there is nothing to compare for those.":
      "もう一方の逆伝播（今が正しいほうならノートのもの、その逆も）を記録し、この時点での両方の NAME（既定：現在の演算）を差とともに並べて表示します。ノートには LSTM の逆伝播も GRU もないので、それらには比べるものがありません。",
    "what gradient clipping to norm MAX would do":
      "ノルム MAX への勾配クリッピングをしたらどうなるか",
    "Shows every parameter's gradient norm as summed so far and their joint norm ‖all‖ = √(Σ ‖dW‖²), then what torch.nn.utils.clip_grad_norm_(params, MAX) would do: when ‖all‖ is above MAX, multiply every gradient by MAX / ‖all‖, so the step keeps its direction and has length MAX. The recording itself is not changed.":
      "ここまで足し合わせた各パラメータの勾配のノルムと、全体のノルム ‖all‖ = √(Σ ‖dW‖²) を表示し、続いて torch.nn.utils.clip_grad_norm_(params, MAX) が何をするかを示します：‖all‖ が MAX より大きければ、すべての勾配に MAX / ‖all‖ を掛けるので、更新は向きを保ったまま長さ MAX になります。記録そのものは変わりません。",
    "precision N, bptt MODE, width N, color, heat":
      "precision N、bptt MODE、width N、color、heat",
    "`set precision N` shows N digits after the point (0 … 12). `set bptt MODE` records the backward pass again with MODE (correct, and the notes' modes where the notes give them) and keeps the position. Also `set width N` (40 … 400), `set color on|off`, `set heat unicode|ascii|off`. Bare `set` shows every setting and its value.":
      "`set precision N` は小数点以下 N 桁を表示します（0 … 12）。`set bptt MODE` は逆伝播を MODE で記録し直し（correct と、ノートが与える場合はノートのモード）、位置はそのままです。ほかに `set width N`（40 … 400）、`set color on|off`、`set heat unicode|ascii|off`。引数なしの `set` はすべての設定とその値を表示します。",
    "write the whole trace as Markdown":
      "トレース全体を Markdown で書き出す",
    "Writes every record (phase, t, name, formula, shape, value), each accumulation `dW += …` with the gradient summed so far, and the gradients to FILE.md as Markdown tables, this stop marked, and its pictures beside it: all of them or none. A file that exists is replaced only with `--force`, as `unroll trace -o` does.":
      "すべてのレコード（phase、t、name、formula、shape、value）、それまでの勾配の和を添えた各累積 `dW += …`、そして勾配を、Markdown の表として FILE.md に書き出します。この停止位置に印を付け、図も横に書き出します（全部か、1 つもないか）。既存のファイルは、`unroll trace -o` と同じく `--force` を付けたときだけ置き換えます。",
    "this list; `help CMD` for one in full":
      "この一覧。`help CMD` で 1 つを詳しく",
    "Lists the commands by group, one line each; `help step` explains one.":
      "コマンドをグループ別に 1 行ずつ一覧表示します。`help step` で 1 つを詳しく説明します。",
    "leave (so does Ctrl-D)":
      "終了（Ctrl-D でも）",
    "Ends the session. End of input (Ctrl-D) does the same.":
      "セッションを終了します。入力の終わり（Ctrl-D）でも同じです。",
    "run one line (or N), into calls":
      "1 行（または N 行）実行、呼び出しの中へ",
    "Runs the line about to run, or N lines, going into the functions it calls, and shows what the line assigned (each checked name on track or not) and the next line.":
      "次に実行する行（または N 行）を、呼び出す関数の中へ入りながら実行し、その行が代入したもの（チェックされた名前ごとに軌道上かどうか）と次の行を表示します。",
    "run to the next iteration (or N)":
      "次の反復まで実行（または N 回）",
    "Runs to the first line of the next iteration of the loop over the timesteps (the outermost loop), or out of it; outside a loop, to the next line of this function, over the calls it makes.":
      "タイムステップのループ（いちばん外側のループ）の次の反復の最初の行まで、またはループの外まで実行します。ループの外では、呼び出しの中には入らずにこの関数の次の行まで実行します。",
    "back one line (or N)":
      "1 行（または N 行）戻る",
    "Moves back one line, or N. Nothing runs again: every value was recorded.":
      "1 行、または N 行戻ります。何も再実行しません：すべての値が記録されています。",
    "back to the start of this iteration (or the previous)":
      "この反復の始まりへ戻る（または前の反復へ）",
    "Moves to the first line of this iteration; from there, to the first line of the previous one.":
      "この反復の最初の行へ移動します。そこからは前の反復の最初の行へ。",
    "run to a breakpoint, the first departure or the end":
      "ブレークポイント、最初の逸脱、または終わりまで実行",
    "Runs until a line with a breakpoint (see `break`), the line of the first departure from the correct pass (the one `unroll check` reports), or the end of the run (the failing line, when it failed).":
      "ブレークポイントのある行（`break` を参照）、正しい伝播から最初に逸脱した行（`unroll check` が報告する行）、または実行の終わり（失敗したときはその行）まで実行します。",
    "`break 34` stops at line 34, `break dh_raw` at every line that assigns dh_raw. With no argument, lists the breakpoints and their numbers.":
      "`break 34` は 34 行目で、`break dh_raw` は dh_raw に代入するすべての行で止まります。引数なしなら、ブレークポイントとその番号を一覧表示します。",
    "any of your names or expressions, as of now":
      "自分の名前や式の現時点の値",
    "Evaluates a Python expression over your names as they stand before the current line runs: the function's locals, `self` and its attributes, the module's constants and `np`: `print dh`, `print self.hs[t]`, `print dh_raw.T @ dh_raw`.":
      "現在の行が実行される前の時点で、自分の名前を使った Python の式を評価します：関数のローカル変数、`self` とその属性、モジュールの定数と `np`。例：`print dh`、`print self.hs[t]`、`print dh_raw.T @ dh_raw`。",
    "the shape of one of your values":
      "自分の値の形状",
    "Evaluates EXPR as `print` does and shows only its type and shape.":
      "`print` と同じように EXPR を評価し、型と形状だけを表示します。",
    "your source around the current line, marked":
      "現在行のまわりのソース（印付き）",
    "Shows your file around the current line; `→` marks the line about to run, `*` a line with a breakpoint, `!` the first departure's line.":
      "ファイルの現在行のまわりを表示します。`→` は次に実行する行、`*` はブレークポイントのある行、`!` は最初の逸脱の行を示します。",
    "line, function, loop iteration and timestep":
      "行、関数、ループの反復、タイムステップ",
    "Says the line about to run, the function, each loop around it with its iteration and variable, the timestep it counts as, and the stop number.":
      "次に実行する行、関数、それを囲む各ループとその反復および変数、それが当たるタイムステップ、停止位置の番号を表示します。",
    "your value against the correct one here":
      "自分の値とここでの正しい値の比較",
    "Shows your NAME (default: what the last line assigned) beside the correct pass's value of what it stands for at this timestep, and their largest difference; says which correct value it equals when it is on track at another timestep. Names as `unroll check` compares them (dh, dh_raw, dh_next, h, C_t, f_t, dWxh…).":
      "自分の NAME（既定：直前の行が代入したもの）を、正しい伝播でそれがこのタイムステップに表す値と並べ、最大の差を表示します。別のタイムステップで軌道上にあるときは、どの正しい値と等しいかを示します。名前は `unroll check` が比べるもの（dh、dh_raw、dh_next、h、C_t、f_t、dWxh…）です。",
    "the correct rule for what this line computes":
      "この行が計算するものの正しい規則",
    "The correct pass's formula and explanation for NAME (default: what the current line assigns), in the notes' names.":
      "NAME（既定：現在の行が代入するもの）についての、正しい伝播の数式と説明（ノートの名前で）。",
  ]
}
