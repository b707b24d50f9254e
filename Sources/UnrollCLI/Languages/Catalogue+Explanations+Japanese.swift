extension Catalogue {
  /// The REPL's explanations and the deviation notes in Japanese, keyed by the English.
  static let japaneseExplanations: [String: String] = [
    "treats the logit as the prediction; BCE after a sigmoid gives σ(y_pred) − y":
      "ロジットを予測値として扱っている点（シグモイド関数の後の BCE では σ(y_pred) − y になる）",
    "hs[-1:, :] is the last row (one unit over all steps), not the last column":
      "hs[-1:, :] は最後の行（一つのユニットの全タイムステップ分）であり、最後の列ではない点",
    "adds the output gradient at every step; the loss reads h_T only":
      "毎タイムステップで出力の勾配を足している点（損失が読むのは h_T だけ）",
    "self.h is the final h_T at every step; step t needs its own h_t":
      "self.h がどのタイムステップでも最終の h_T になっている点（タイムステップ t にはそれ自身の h_t が必要）",
    "hs[:, t:t+2].T[:, 0:1] is (2, 1), the first unit at two steps, not h_{t-1}ᵀ":
      "hs[:, t:t+2].T[:, 0:1] は (2, 1) で、最初のユニットの二つのタイムステップ分であり、h_{t-1}ᵀ ではない点",
    "The reset and update gates both read the previous hidden state and this step's input together: concat = [h_{t-1}; x_t], one column of hidden + input entries, as the LSTM's gates do.":
      "リセットゲートと更新ゲートはどちらも、前の隠れ状態とこのタイムステップの入力を一緒に読みます。concat = [h_{t-1}; x_t] は hidden + input 個の要素からなる一つの列で、LSTM のゲートと同じです。",
    "The reset gate: for each unit, a number in (0, 1) saying how much of the old state's contribution hn_t the candidate n_t may use. Near 0, the candidate is computed almost from x_t alone, as if the past were forgotten.":
      "リセットゲート：ユニットごとの (0, 1) の数で、候補 n_t が古い状態の寄与 hn_t をどれだけ使ってよいかを表します。0 に近いと、候補はほぼ x_t だけから計算され、過去を忘れたかのようになります。",
    "The update gate: for each unit, how much of the old state h_{t-1} to keep. h_t takes z_t of h_{t-1} and 1 − z_t of the candidate n_t; near 1 the unit keeps its value, near 0 it is rewritten.":
      "更新ゲート：ユニットごとに、古い状態 h_{t-1} をどれだけ残すかを表します。h_t は h_{t-1} を z_t の割合で、候補 n_t を 1 − z_t の割合で取ります。1 に近いとユニットは値を保ち、0 に近いと書き換えられます。",
    "The old state's contribution to the candidate, Whn · h_{t-1} + bhn, before the reset gate scales it. PyTorch applies r_t here, after Whn and with its bias bhn inside; the original GRU paper applied it to h_{t-1} before the matrix.":
      "候補への古い状態の寄与 Whn · h_{t-1} + bhn で、リセットゲートを掛ける前の値です。PyTorch は r_t をここで、つまり Whn の後に、バイアス bhn も含めて掛けます。元の GRU の論文では、行列を掛ける前の h_{t-1} に掛けていました。",
    "The candidate (PyTorch calls it the new gate): what the state could become this step, in (−1, 1), from the input (Wxn · x_t + bxn) and the old state's part hn_t scaled by the reset gate r_t.":
      "候補（PyTorch では「new gate」と呼びます）：このタイムステップで状態がなりうる値で、(−1, 1) に入ります。入力（Wxn · x_t + bxn）と、リセットゲート r_t を掛けた古い状態の分 hn_t から作られます。",
    "The hidden state: a blend per unit, (1 − z_t) of the candidate n_t and z_t of the old state h_{t-1}. It goes to the next step and, at t = T, to the output head. There is no separate cell state: h_t is the GRU's whole memory.":
      "隠れ状態：ユニットごとの混合で、候補 n_t を (1 − z_t)、古い状態 h_{t-1} を z_t の割合で混ぜます。次のタイムステップに渡され、t = T では出力ヘッドに渡されます。別のセル状態はありません。h_t が GRU の記憶のすべてです。",
    "The gradient at the candidate's pre-activation: h_t takes (1 − z_t) ⊙ n_t, so dh ⊙ (1 − z_t), then tanh' = 1 − n_t².":
      "候補の活性化前の値での勾配：h_t は (1 − z_t) ⊙ n_t を含むので dh ⊙ (1 − z_t)、さらに tanh' = 1 − n_t² を掛けます。",
    "The gradient at the update gate's pre-activation: h_t = n_t + z_t ⊙ (h_{t-1} − n_t), so dh ⊙ (h_{t-1} − n_t), then σ' = z_t ⊙ (1 − z_t).":
      "更新ゲートの活性化前の値での勾配：h_t = n_t + z_t ⊙ (h_{t-1} − n_t) なので dh ⊙ (h_{t-1} − n_t)、さらに σ' = z_t ⊙ (1 − z_t) を掛けます。",
    "The gradient at the reset gate's pre-activation: n_t's pre-activation holds r_t ⊙ hn_t, so dn ⊙ hn_t, then σ' = r_t ⊙ (1 − r_t). At t = 1, h_0 = 0 makes hn_1 = bhn, zero unless a weights file sets it: the reset gate has nothing to scale yet, and dr is 0.":
      "リセットゲートの活性化前の値での勾配：n_t の活性化前の値は r_t ⊙ hn_t を含むので dn ⊙ hn_t、さらに σ' = r_t ⊙ (1 − r_t) を掛けます。t = 1 では h_0 = 0 なので hn_1 = bhn となり、重みファイルで設定しない限りゼロです。このときリセットゲートにはまだ掛ける相手がなく、dr は 0 です。",
    "∂L/∂hn_t: n_t's pre-activation holds r_t ⊙ hn_t, so dn ⊙ r_t. It is what Whn and bhn receive, and what goes back to h_{t-1} through Whnᵀ.":
      "∂L/∂hn_t：n_t の活性化前の値は r_t ⊙ hn_t を含むので dn ⊙ r_t です。これが Whn と bhn に届く勾配であり、Whnᵀ を通って h_{t-1} に戻る勾配でもあります。",
    "Both gates read concat, so both send their share back through their weights: Wrᵀ·dr + Wzᵀ·dz, shape (hidden + input, 1). The top part belongs to h_{t-1}.":
      "二つのゲートはどちらも concat を読むので、どちらも自分の重みを通して自分の分を送り返します。Wrᵀ·dr + Wzᵀ·dz で、形状は (hidden + input, 1) です。上の部分が h_{t-1} の分です。",
    "What h_{t-1} receives from step t, along three paths: through the gates (the top part of dconcat), through hn_t (Whnᵀ · dhn), and directly, since h_t keeps z_t ⊙ h_{t-1} (dh ⊙ z_t). The direct path has no weight matrix and no squashing derivative: it is the GRU's gradient highway, as dC ⊙ f_t is the LSTM's.":
      "h_{t-1} がタイムステップ t から受け取る勾配で、経路は三つあります。ゲートを通る経路（dconcat の上の部分）、hn_t を通る経路（Whnᵀ · dhn）、そして h_t が z_t ⊙ h_{t-1} を残すことによる直接の経路（dh ⊙ z_t）です。直接の経路には重み行列も押しつぶす関数の導関数もありません。これが GRU の勾配の高速道路で、LSTM では dC ⊙ f_t がそれにあたります。",
    "The output head reads only the last hidden state h_T: y_pred = Why · h_T + by is one number, a logit (any real value), not yet a probability. The notes call it y_pred.":
      "出力ヘッドは最後の隠れ状態 h_T だけを読みます。y_pred = Why · h_T + by は一つの数で、ロジット（任意の実数）であり、まだ確率ではありません。ノートではこれを y_pred と呼んでいます。",
    "p = σ(y_pred) squashes the logit into (0, 1): the predicted probability that the label is 1.":
      "p = σ(y_pred) はロジットを (0, 1) に押し込みます。これはラベルが 1 である予測確率です。",
    "Binary cross-entropy: L = −[y·log p + (1 − y)·log(1 − p)]. It is small when p is close to the label y and grows without bound as p moves to the wrong end. Unroll computes it from the logit in a stable form, so it never takes log(0).":
      "二値交差エントロピー：L = −[y·log p + (1 − y)·log(1 − p)]。p がラベル y に近いと小さく、p が逆の端に近づくにつれて際限なく大きくなります。Unroll はこれをロジットから数値的に安定な形で計算するので、log(0) を取ることはありません。",
    "The output error ∂L/∂y_pred. For a sigmoid followed by binary cross-entropy the derivative collapses to p − y: the sigmoid's own derivative cancels. This is where the RNN note's backward() differs: it multiplies (y_pred − y) by sigmoid'(y_pred).":
      "出力誤差 ∂L/∂y_pred です。シグモイド関数の後に二値交差エントロピーが続く場合、導関数は p − y にまとまります。シグモイド関数自身の導関数が打ち消されるからです。RNN のノートの backward() が違うのはここで、(y_pred − y) に sigmoid'(y_pred) を掛けています。",
    "Why is used once, at the last step, so its gradient is one outer product: dy_pred · h_Tᵀ, shape (1, hidden).":
      "Why は最後のタイムステップで一度だけ使われるので、その勾配は一つの外積 dy_pred · h_Tᵀ で、形状は (1, hidden) です。",
    "dh = ∂L/∂h_t in full: what flows back from step t + 1 (dh_next), plus, at t = T only, what the output head sends (Whyᵀ · dy_pred). The loss reads h_T and no other hidden state, so earlier steps receive gradient only through the recurrence. The RNN note's backward() adds Whyᵀ · dy_pred at every step.":
      "dh = ∂L/∂h_t の全体：タイムステップ t + 1 から戻ってくる分（dh_next）に、t = T のときだけ出力ヘッドから送られる分（Whyᵀ · dy_pred）を足したものです。損失が読むのは h_T だけで、ほかの隠れ状態は読まないので、それより前のタイムステップには再帰を通してしか勾配が届きません。RNN のノートの backward() は毎タイムステップで Whyᵀ · dy_pred を足しています。",
    "With a loss at every step the head reads every hidden state: y_pred = Why · h_t + by is step t's logit, as min-char-rnn's ys[t]. The same Why and by serve every step.":
      "毎タイムステップに損失があると、出力ヘッドはすべての隠れ状態を読みます。y_pred = Why · h_t + by はタイムステップ t のロジットで、min-char-rnn の ys[t] にあたります。同じ Why と by がすべてのタイムステップで使われます。",
    "Step t's term of the loss: the binary cross-entropy of p against this step's label y_t (1 when x_1 + … + x_t > 0 for drawn data), computed stably from the logit. The loss is the sum of the terms.":
      "タイムステップ t の損失の項：p とこのタイムステップのラベル y_t（乱数で作ったデータでは x_1 + … + x_t > 0 のとき 1）との二値交差エントロピーで、ロジットから安定に計算します。損失はこれらの項の和です。",
    "The loss is the sum over the steps of the terms L_t, so each step's prediction counts and each term sends gradient back from its own step.":
      "損失は各タイムステップの項 L_t の和なので、どのタイムステップの予測も損失に効き、各項はそれぞれ自分のタイムステップから勾配を送り返します。",
    "Step t's output error ∂L_t/∂y_pred: for a sigmoid followed by binary cross-entropy it collapses to p − y_t, the σ' cancelling, as at the last step.":
      "タイムステップ t の出力誤差 ∂L_t/∂y_pred：シグモイド関数の後に二値交差エントロピーが続く場合、σ' が打ち消されて p − y_t にまとまります。最後のタイムステップのときと同じです。",
    "With a head at every step Why is used at every step, so its gradient is a sum: this step adds dy_pred · h_tᵀ.":
      "毎タイムステップに出力ヘッドがあると Why は毎タイムステップで使われるので、その勾配は和になります。このタイムステップは dy_pred · h_tᵀ を足します。",
    "dh = ∂L/∂h_t in full. With a loss at every step h_t reaches the loss two ways: through the head at t (Whyᵀ · dy_pred) and through step t + 1 (dh_next), so dh sums both at every step. This is min-char-rnn's line, and the RNN note's: with this loss it is right.":
      "dh = ∂L/∂h_t の全体です。毎タイムステップに損失があると、h_t は二つの経路で損失に届きます。t の出力ヘッドを通る経路（Whyᵀ · dy_pred）と、タイムステップ t + 1 を通る経路（dh_next）です。そのため dh は毎タイムステップで両方を足します。これは min-char-rnn の行であり、RNN のノートの行でもあります。この損失なら正しい式です。",
    "by is added to y_pred once, so its gradient is dy_pred itself.":
      "by は y_pred に一度だけ足されるので、その勾配は dy_pred そのものです。",
    "p = σ(y_pred) at step t: the predicted probability that y_t is 1.":
      "タイムステップ t での p = σ(y_pred)：y_t が 1 である予測確率です。",
    "by is added to every step's y_pred, so each step adds its dy_pred.":
      "by は各タイムステップの y_pred に足されるので、各タイムステップが自分の dy_pred を足します。",
    "The gates all read the previous hidden state and this step's input together: concat = [h_{t-1}; x_t] stacks them into one column of hidden + input entries.":
      "どのゲートも、前の隠れ状態とこのタイムステップの入力を一緒に読みます。concat = [h_{t-1}; x_t] はこれらを積み重ねて、hidden + input 個の要素からなる一つの列にします。",
    "The forget gate: for each cell unit, a number in (0, 1) saying how much of the old cell state C_{t-1} to keep. 1 keeps it all, 0 erases it.":
      "忘却ゲート：セルのユニットごとの (0, 1) の数で、古いセル状態 C_{t-1} をどれだけ残すかを表します。1 ならすべて残し、0 なら消します。",
    "The input gate: how much of the candidate C̃_t to write into the cell state, per unit, in (0, 1).":
      "入力ゲート：候補 C̃_t をどれだけセル状態に書き込むかを、ユニットごとに (0, 1) で表します。",
    "The candidate values: what could be written into the cell this step, in (−1, 1), computed from concat like a plain RNN step.":
      "候補の値：このタイムステップでセルに書き込まれうる値で、(−1, 1) に入ります。素のRNN の1ステップと同じように concat から計算します。",
    "The new cell state: keep f_t of the old one, add i_t of the candidate. What C_{t-1} receives back through this sum is dC_t ⊙ f_t, scaled by the forget gate and by no weight matrix, so a gradient can travel far back along the cell, but only where f_t stays near 1: at f_t ≈ 0.5 (bf = 0) it about halves at every step, and a forget bias of about 3 (--forget-bias 3) keeps it near 1.":
      "新しいセル状態：古いセル状態を f_t の割合で残し、候補を i_t の割合で足します。この和を通って C_{t-1} が受け取る勾配は dC_t ⊙ f_t で、忘却ゲートで縮められるだけで重み行列は掛かりません。そのため勾配はセルに沿って遠くまで戻れますが、それは f_t が 1 に近いところだけです。f_t ≈ 0.5（bf = 0）では毎タイムステップおよそ半分になり、忘却ゲートのバイアスを 3 程度にすると（--forget-bias 3）f_t は 1 に近く保たれます。",
    "The output gate: how much of the squashed cell state tanh(C_t) to show as the hidden state, per unit.":
      "出力ゲート：押しつぶしたセル状態 tanh(C_t) をどれだけ隠れ状態として見せるかを、ユニットごとに表します。",
    "The hidden state: the output gate applied to tanh(C_t). It goes to the next step (through concat) and, at t = T, to the output head.":
      "隠れ状態：tanh(C_t) に出力ゲートを掛けたものです。次のタイムステップに（concat を通して）渡され、t = T では出力ヘッドに渡されます。",
    "∂L/∂C_t in full: what comes back from C_{t+1} (dC_next) plus what reaches C_t through h_t = o_t ⊙ tanh(C_t), that is dh ⊙ o_t ⊙ (1 − tanh²(C_t)).":
      "∂L/∂C_t の全体：C_{t+1} から戻ってくる分（dC_next）に、h_t = o_t ⊙ tanh(C_t) を通って C_t に届く分、つまり dh ⊙ o_t ⊙ (1 − tanh²(C_t)) を足したものです。",
    "The gradient at the output gate's pre-activation: h_t = o_t ⊙ tanh(C_t) gives dh ⊙ tanh(C_t), then σ' = o_t ⊙ (1 − o_t).":
      "出力ゲートの活性化前の値での勾配：h_t = o_t ⊙ tanh(C_t) から dh ⊙ tanh(C_t)、さらに σ' = o_t ⊙ (1 − o_t) を掛けます。",
    "The gradient at the candidate's pre-activation: C_t gets i_t ⊙ C̃_t, so dC ⊙ i_t, then tanh' = 1 − C̃_t².":
      "候補の活性化前の値での勾配：C_t には i_t ⊙ C̃_t が入るので dC ⊙ i_t、さらに tanh' = 1 − C̃_t² を掛けます。",
    "The gradient at the input gate's pre-activation: dC ⊙ C̃_t, then σ' = i_t ⊙ (1 − i_t).":
      "入力ゲートの活性化前の値での勾配：dC ⊙ C̃_t、さらに σ' = i_t ⊙ (1 − i_t) を掛けます。",
    "The gradient at the forget gate's pre-activation: C_t gets f_t ⊙ C_{t-1}, so dC ⊙ C_{t-1}, then σ' = f_t ⊙ (1 − f_t).":
      "忘却ゲートの活性化前の値での勾配：C_t には f_t ⊙ C_{t-1} が入るので dC ⊙ C_{t-1}、さらに σ' = f_t ⊙ (1 − f_t) を掛けます。",
    "Each gate read concat, so each sends its share back through its weights: Wfᵀ·df + Wiᵀ·di + WCᵀ·dC̃ + Woᵀ·do, shape (hidden + input, 1).":
      "各ゲートは concat を読んだので、それぞれ自分の重みを通して自分の分を送り返します。Wfᵀ·df + Wiᵀ·di + WCᵀ·dC̃ + Woᵀ·do で、形状は (hidden + input, 1) です。",
    "The top part of dconcat is the gradient for h_{t-1} (the rest belongs to x_t, which has no parameters). It becomes part of dh at the step before.":
      "dconcat の上の部分が h_{t-1} の勾配です（残りは x_t の分ですが、x_t にはパラメータがありません）。これは一つ前のタイムステップで dh の一部になります。",
    "What C_{t-1} receives: C_t = f_t ⊙ C_{t-1} + …, so dC ⊙ f_t. One elementwise product per step, no weight matrix: the cell state is the gradient's highway.":
      "C_{t-1} が受け取る勾配：C_t = f_t ⊙ C_{t-1} + … なので dC ⊙ f_t です。タイムステップごとに要素ごとの積が一回あるだけで、重み行列はありません。セル状態は勾配の高速道路です。",
    "The RNN's whole step: mix this step's input (Wxh · x_t) with the previous hidden state (Whh · h_{t-1}), add the bias bh, squash with tanh into (−1, 1). The same weights are used at every step; h_t is the network's memory of x_1 … x_t.":
      "RNN の1ステップの全体：このタイムステップの入力（Wxh · x_t）と前の隠れ状態（Whh · h_{t-1}）を混ぜ、バイアス bh を足し、tanh で (−1, 1) に押し込みます。どのタイムステップでも同じ重みを使います。h_t は x_1 … x_t についてのネットワークの記憶です。",
    "Backpropagation through the tanh: h_t = tanh(a_t) so ∂L/∂a_t = dh ⊙ (1 − h_t²). It must use this step's own h_t; the notes use the final hidden state at every step.":
      "tanh を通る逆伝播：h_t = tanh(a_t) なので ∂L/∂a_t = dh ⊙ (1 − h_t²) です。ここではこのタイムステップ自身の h_t を使わなければなりません。ノートはどのタイムステップでも最終の隠れ状態を使っています。",
    "Wxh is used at every step, so its gradient is a sum over the steps: this step adds dh_raw · x_tᵀ. The value shown is the sum so far, from t = T down to this t.":
      "Wxh は毎タイムステップで使われるので、その勾配はタイムステップにわたる和です。このタイムステップは dh_raw · x_tᵀ を足します。表示される値はここまでの和で、t = T からこの t までの分です。",
    "Whh is used at every step on h_{t-1}, so this step adds dh_raw · h_{t-1}ᵀ to the running sum.":
      "Whh は毎タイムステップで h_{t-1} に掛けられるので、このタイムステップは dh_raw · h_{t-1}ᵀ を累積和に足します。",
    "What h_{t-1} receives from step t: a_t = … + Whh · h_{t-1}, so the gradient goes back through Whhᵀ. At the step before, it becomes part of dh. Multiplying by Whhᵀ and a tanh derivative at every step is why RNN gradients vanish or explode.":
      "h_{t-1} がタイムステップ t から受け取る勾配：a_t = … + Whh · h_{t-1} なので、勾配は Whhᵀ を通って戻ります。一つ前のタイムステップで、これは dh の一部になります。毎タイムステップで Whhᵀ と tanh の導関数を掛けることが、RNN で勾配消失や勾配爆発が起きる理由です。",
    "bh is added at every step, so each step adds dh_raw to its gradient.":
      "bh は毎タイムステップで足されるので、各タイムステップが dh_raw をその勾配に足します。",
    "The forget gate's weights are used at every step on concat, so each step adds df · concatᵀ to the running sum shown.":
      "忘却ゲートの重みは毎タイムステップで concat に掛けられるので、各タイムステップが df · concatᵀ を表示中の累積和に足します。",
    "The input gate's weights are used at every step on concat, so each step adds di · concatᵀ to the running sum shown.":
      "入力ゲートの重みは毎タイムステップで concat に掛けられるので、各タイムステップが di · concatᵀ を表示中の累積和に足します。",
    "The candidate's weights are used at every step on concat, so each step adds dC̃ · concatᵀ to the running sum shown.":
      "候補の重みは毎タイムステップで concat に掛けられるので、各タイムステップが dC̃ · concatᵀ を表示中の累積和に足します。",
    "The output gate's weights are used at every step on concat, so each step adds do · concatᵀ to the running sum shown.":
      "出力ゲートの重みは毎タイムステップで concat に掛けられるので、各タイムステップが do · concatᵀ を表示中の累積和に足します。",
    "The forget gate's bias is added at every step, so each step adds df to its gradient.":
      "忘却ゲートのバイアスは毎タイムステップで足されるので、各タイムステップが df をその勾配に足します。",
    "The input gate's bias is added at every step, so each step adds di to its gradient.":
      "入力ゲートのバイアスは毎タイムステップで足されるので、各タイムステップが di をその勾配に足します。",
    "The candidate's bias is added at every step, so each step adds dC̃ to its gradient.":
      "候補のバイアスは毎タイムステップで足されるので、各タイムステップが dC̃ をその勾配に足します。",
    "The output gate's bias is added at every step, so each step adds do to its gradient.":
      "出力ゲートのバイアスは毎タイムステップで足されるので、各タイムステップが do をその勾配に足します。",
    "The reset gate's weights are used at every step on concat, so each step adds dr · concatᵀ to the running sum shown.":
      "リセットゲートの重みは毎タイムステップで concat に掛けられるので、各タイムステップが dr · concatᵀ を表示中の累積和に足します。",
    "The update gate's weights are used at every step on concat, so each step adds dz · concatᵀ to the running sum shown.":
      "更新ゲートの重みは毎タイムステップで concat に掛けられるので、各タイムステップが dz · concatᵀ を表示中の累積和に足します。",
    "The candidate's input weights are used at every step on x_t, so each step adds dn · x_tᵀ to the running sum shown.":
      "候補の入力側の重みは毎タイムステップで x_t に掛けられるので、各タイムステップが dn · x_tᵀ を表示中の累積和に足します。",
    "The candidate's recurrent weights are used at every step on h_{t-1}, so each step adds dhn · h_{t-1}ᵀ to the running sum shown.":
      "候補の再帰側の重みは毎タイムステップで h_{t-1} に掛けられるので、各タイムステップが dhn · h_{t-1}ᵀ を表示中の累積和に足します。",
    "The reset gate's bias is added at every step, so each step adds dr to its gradient.":
      "リセットゲートのバイアスは毎タイムステップで足されるので、各タイムステップが dr をその勾配に足します。",
    "The update gate's bias is added at every step, so each step adds dz to its gradient.":
      "更新ゲートのバイアスは毎タイムステップで足されるので、各タイムステップが dz をその勾配に足します。",
    "The candidate's input bias is added at every step, so each step adds dn to its gradient.":
      "候補の入力側のバイアスは毎タイムステップで足されるので、各タイムステップが dn をその勾配に足します。",
    "The candidate's recurrent bias (inside the reset gate) is added at every step, so each step adds dhn to its gradient.":
      "候補の再帰側のバイアス（リセットゲートの内側）は毎タイムステップで足されるので、各タイムステップが dhn をその勾配に足します。",
    "The note keeps every hidden state as a column of one array: hs[:, 0] is h_0 = 0, and its forward pass writes h_t into column t. Its backward() reads h_T and each h_t from here by slicing, which is where its shape repairs and its third deviation (h_T in every step's tanh derivative) happen.":
      "ノートはすべての隠れ状態を一つの配列の列として持ちます。hs[:, 0] は h_0 = 0 で、順伝播は h_t を t 列目に書き込みます。backward() はここからスライスで h_T と各 h_t を読み出します。形状の修正と三つ目の偏差（各タイムステップの tanh の導関数に h_T を使う）が起きるのはこの読み出しです。",
  ]
}
