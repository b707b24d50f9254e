extension Catalogue {
  /// The REPL's explanations and the deviation notes in Chinese, keyed by the English.
  static let chineseExplanations: [String: String] = [
    "treats the logit as the prediction; BCE after a sigmoid gives σ(y_pred) − y":
      "把 logit 当成了预测值；sigmoid 之后接 BCE，得到的是 σ(y_pred) − y",
    "hs[-1:, :] is the last row (one unit over all steps), not the last column":
      "hs[-1:, :] 是最后一行（一个单元在所有时间步上的值），而不是最后一列",
    "adds the output gradient at every step; the loss reads h_T only":
      "在每个时间步都加上输出梯度；而损失只读取 h_T",
    "self.h is the final h_T at every step; step t needs its own h_t":
      "self.h 在每个时间步都是最终的 h_T；时间步 t 需要它自己的 h_t",
    "hs[:, t:t+2].T[:, 0:1] is (2, 1), the first unit at two steps, not h_{t-1}ᵀ":
      "hs[:, t:t+2].T[:, 0:1] 的形状是 (2, 1)，是第一个单元在两个时间步上的值，而不是 h_{t-1}ᵀ",
    "The reset and update gates both read the previous hidden state and this step's input together: concat = [h_{t-1}; x_t], one column of hidden + input entries, as the LSTM's gates do.":
      "重置门和更新门都同时读取上一个隐藏状态和本时间步的输入：concat = [h_{t-1}; x_t]，是一列共 hidden + input 个元素，与 LSTM 的各个门一样。",
    "The reset gate: for each unit, a number in (0, 1) saying how much of the old state's contribution hn_t the candidate n_t may use. Near 0, the candidate is computed almost from x_t alone, as if the past were forgotten.":
      "重置门：对每个单元给出一个 (0, 1) 之间的数，表示候选值 n_t 可以使用多少旧状态的贡献 hn_t。接近 0 时，候选值几乎只由 x_t 计算，仿佛过去被遗忘了。",
    "The update gate: for each unit, how much of the old state h_{t-1} to keep. h_t takes z_t of h_{t-1} and 1 − z_t of the candidate n_t; near 1 the unit keeps its value, near 0 it is rewritten.":
      "更新门：对每个单元，表示保留多少旧状态 h_{t-1}。h_t 取 h_{t-1} 的 z_t 份和候选值 n_t 的 1 − z_t 份；接近 1 时该单元保持原值，接近 0 时被改写。",
    "The old state's contribution to the candidate, Whn · h_{t-1} + bhn, before the reset gate scales it. PyTorch applies r_t here, after Whn and with its bias bhn inside; the original GRU paper applied it to h_{t-1} before the matrix.":
      "旧状态对候选值的贡献 Whn · h_{t-1} + bhn，尚未经过重置门缩放。PyTorch 在这里施加 r_t，即在 Whn 之后，并且把偏置 bhn 也包含在内；最初的 GRU 论文则是在乘矩阵之前把它作用于 h_{t-1}。",
    "The candidate (PyTorch calls it the new gate): what the state could become this step, in (−1, 1), from the input (Wxn · x_t + bxn) and the old state's part hn_t scaled by the reset gate r_t.":
      "候选值（PyTorch 称之为「new gate」）：本时间步状态可能变成的值，在 (−1, 1) 之间，由输入（Wxn · x_t + bxn）和经重置门 r_t 缩放的旧状态部分 hn_t 得出。",
    "The hidden state: a blend per unit, (1 − z_t) of the candidate n_t and z_t of the old state h_{t-1}. It goes to the next step and, at t = T, to the output head. There is no separate cell state: h_t is the GRU's whole memory.":
      "隐藏状态：按单元混合，取候选值 n_t 的 (1 − z_t) 份和旧状态 h_{t-1} 的 z_t 份。它传给下一个时间步，并在 t = T 时传给输出头。GRU 没有单独的细胞状态：h_t 就是 GRU 的全部记忆。",
    "The gradient at the candidate's pre-activation: h_t takes (1 − z_t) ⊙ n_t, so dh ⊙ (1 − z_t), then tanh' = 1 − n_t².":
      "候选值预激活处的梯度：h_t 含有 (1 − z_t) ⊙ n_t，所以是 dh ⊙ (1 − z_t)，再乘以 tanh' = 1 − n_t²。",
    "The gradient at the update gate's pre-activation: h_t = n_t + z_t ⊙ (h_{t-1} − n_t), so dh ⊙ (h_{t-1} − n_t), then σ' = z_t ⊙ (1 − z_t).":
      "更新门预激活处的梯度：h_t = n_t + z_t ⊙ (h_{t-1} − n_t)，所以是 dh ⊙ (h_{t-1} − n_t)，再乘以 σ' = z_t ⊙ (1 − z_t)。",
    "The gradient at the reset gate's pre-activation: n_t's pre-activation holds r_t ⊙ hn_t, so dn ⊙ hn_t, then σ' = r_t ⊙ (1 − r_t). At t = 1, h_0 = 0 makes hn_1 = bhn, zero unless a weights file sets it: the reset gate has nothing to scale yet, and dr is 0.":
      "重置门预激活处的梯度：n_t 的预激活中含有 r_t ⊙ hn_t，所以是 dn ⊙ hn_t，再乘以 σ' = r_t ⊙ (1 − r_t)。在 t = 1 时，h_0 = 0 使 hn_1 = bhn，除非权重文件设置了它，否则它为零：此时重置门还没有可缩放的东西，dr 为 0。",
    "∂L/∂hn_t: n_t's pre-activation holds r_t ⊙ hn_t, so dn ⊙ r_t. It is what Whn and bhn receive, and what goes back to h_{t-1} through Whnᵀ.":
      "∂L/∂hn_t：n_t 的预激活中含有 r_t ⊙ hn_t，所以是 dn ⊙ r_t。Whn 和 bhn 得到的就是它，经 Whnᵀ 传回 h_{t-1} 的也是它。",
    "Both gates read concat, so both send their share back through their weights: Wrᵀ·dr + Wzᵀ·dz, shape (hidden + input, 1). The top part belongs to h_{t-1}.":
      "两个门都读取 concat，所以都通过各自的权重把自己那一份传回：Wrᵀ·dr + Wzᵀ·dz，形状为 (hidden + input, 1)。上半部分属于 h_{t-1}。",
    "What h_{t-1} receives from step t, along three paths: through the gates (the top part of dconcat), through hn_t (Whnᵀ · dhn), and directly, since h_t keeps z_t ⊙ h_{t-1} (dh ⊙ z_t). The direct path has no weight matrix and no squashing derivative: it is the GRU's gradient highway, as dC ⊙ f_t is the LSTM's.":
      "h_{t-1} 从时间步 t 得到的梯度，沿三条路径而来：经过门（dconcat 的上半部分），经过 hn_t（Whnᵀ · dhn），以及直接传来，因为 h_t 保留了 z_t ⊙ h_{t-1}（dh ⊙ z_t）。直接路径上没有权重矩阵，也没有压缩函数的导数：它是 GRU 的梯度高速公路，正如 dC ⊙ f_t 是 LSTM 的梯度高速公路。",
    "The output head reads only the last hidden state h_T: y_pred = Why · h_T + by is one number, a logit (any real value), not yet a probability. The notes call it y_pred.":
      "输出头只读取最后一个隐藏状态 h_T：y_pred = Why · h_T + by 是一个数，即 logit（任意实数），还不是概率。笔记把它叫作 y_pred。",
    "p = σ(y_pred) squashes the logit into (0, 1): the predicted probability that the label is 1.":
      "p = σ(y_pred) 把 logit 压缩到 (0, 1)：即预测标签为 1 的概率。",
    "Binary cross-entropy: L = −[y·log p + (1 − y)·log(1 − p)]. It is small when p is close to the label y and grows without bound as p moves to the wrong end. Unroll computes it from the logit in a stable form, so it never takes log(0).":
      "二元交叉熵：L = −[y·log p + (1 − y)·log(1 − p)]。p 接近标签 y 时它很小，p 越往错误的一端移动，它就无限地增大。Unroll 从 logit 出发以数值稳定的形式计算它，因此从不计算 log(0)。",
    "The output error ∂L/∂y_pred. For a sigmoid followed by binary cross-entropy the derivative collapses to p − y: the sigmoid's own derivative cancels. This is where the RNN note's backward() differs: it multiplies (y_pred − y) by sigmoid'(y_pred).":
      "输出误差 ∂L/∂y_pred。sigmoid 后接二元交叉熵时，导数化简为 p − y：sigmoid 自身的导数被约掉了。RNN 笔记的 backward() 正是在这里不同：它把 (y_pred − y) 乘以 sigmoid'(y_pred)。",
    "Why is used once, at the last step, so its gradient is one outer product: dy_pred · h_Tᵀ, shape (1, hidden).":
      "Why 只在最后一个时间步使用一次，所以它的梯度是一个外积：dy_pred · h_Tᵀ，形状为 (1, hidden)。",
    "dh = ∂L/∂h_t in full: what flows back from step t + 1 (dh_next), plus, at t = T only, what the output head sends (Whyᵀ · dy_pred). The loss reads h_T and no other hidden state, so earlier steps receive gradient only through the recurrence. The RNN note's backward() adds Whyᵀ · dy_pred at every step.":
      "完整的 dh = ∂L/∂h_t：从时间步 t + 1 传回的部分（dh_next），再加上仅在 t = T 时由输出头传来的部分（Whyᵀ · dy_pred）。损失只读取 h_T，不读取其他隐藏状态，所以更早的时间步只能通过循环连接得到梯度。RNN 笔记的 backward() 在每个时间步都加上 Whyᵀ · dy_pred。",
    "With a loss at every step the head reads every hidden state: y_pred = Why · h_t + by is step t's logit, as min-char-rnn's ys[t]. The same Why and by serve every step.":
      "每个时间步都有损失时，输出头读取每个隐藏状态：y_pred = Why · h_t + by 是时间步 t 的 logit，相当于 min-char-rnn 中的 ys[t]。所有时间步共用同一组 Why 和 by。",
    "Step t's term of the loss: the binary cross-entropy of p against this step's label y_t (1 when x_1 + … + x_t > 0 for drawn data), computed stably from the logit. The loss is the sum of the terms.":
      "时间步 t 的损失项：p 相对于本时间步标签 y_t 的二元交叉熵（对随机生成的数据，x_1 + … + x_t > 0 时 y_t 为 1），从 logit 出发以稳定的形式计算。损失是各项之和。",
    "The loss is the sum over the steps of the terms L_t, so each step's prediction counts and each term sends gradient back from its own step.":
      "损失是各时间步的项 L_t 之和，所以每个时间步的预测都会计入，每一项都从它自己的时间步把梯度传回。",
    "Step t's output error ∂L_t/∂y_pred: for a sigmoid followed by binary cross-entropy it collapses to p − y_t, the σ' cancelling, as at the last step.":
      "时间步 t 的输出误差 ∂L_t/∂y_pred：sigmoid 后接二元交叉熵时，它化简为 p − y_t，σ' 被约掉，与最后一个时间步相同。",
    "With a head at every step Why is used at every step, so its gradient is a sum: this step adds dy_pred · h_tᵀ.":
      "每个时间步都有输出头时，Why 在每个时间步都被使用，所以它的梯度是一个和：本时间步加上 dy_pred · h_tᵀ。",
    "dh = ∂L/∂h_t in full. With a loss at every step h_t reaches the loss two ways: through the head at t (Whyᵀ · dy_pred) and through step t + 1 (dh_next), so dh sums both at every step. This is min-char-rnn's line, and the RNN note's: with this loss it is right.":
      "完整的 dh = ∂L/∂h_t。每个时间步都有损失时，h_t 通过两条路径到达损失：经过 t 处的输出头（Whyᵀ · dy_pred）和经过时间步 t + 1（dh_next），所以 dh 在每个时间步都把两者相加。这正是 min-char-rnn 中的那一行，也是 RNN 笔记中的那一行：对于这种损失，它是正确的。",
    "by is added to y_pred once, so its gradient is dy_pred itself.":
      "by 只被加到 y_pred 上一次，所以它的梯度就是 dy_pred 本身。",
    "p = σ(y_pred) at step t: the predicted probability that y_t is 1.":
      "时间步 t 的 p = σ(y_pred)：预测 y_t 为 1 的概率。",
    "by is added to every step's y_pred, so each step adds its dy_pred.":
      "by 被加到每个时间步的 y_pred 上，所以每个时间步都加上自己的 dy_pred。",
    "The gates all read the previous hidden state and this step's input together: concat = [h_{t-1}; x_t] stacks them into one column of hidden + input entries.":
      "所有门都同时读取上一个隐藏状态和本时间步的输入：concat = [h_{t-1}; x_t] 把它们堆叠成一列，共 hidden + input 个元素。",
    "The forget gate: for each cell unit, a number in (0, 1) saying how much of the old cell state C_{t-1} to keep. 1 keeps it all, 0 erases it.":
      "遗忘门：对细胞的每个单元给出一个 (0, 1) 之间的数，表示保留多少旧细胞状态 C_{t-1}。1 表示全部保留，0 表示全部抹去。",
    "The input gate: how much of the candidate C̃_t to write into the cell state, per unit, in (0, 1).":
      "输入门：按单元决定把多少候选值 C̃_t 写入细胞状态，取值在 (0, 1) 之间。",
    "The candidate values: what could be written into the cell this step, in (−1, 1), computed from concat like a plain RNN step.":
      "候选值：本时间步可能写入细胞的值，在 (−1, 1) 之间，像普通 RNN 的一步那样由 concat 计算得出。",
    "The new cell state: keep f_t of the old one, add i_t of the candidate. What C_{t-1} receives back through this sum is dC_t ⊙ f_t, scaled by the forget gate and by no weight matrix, so a gradient can travel far back along the cell, but only where f_t stays near 1: at f_t ≈ 0.5 (bf = 0) it about halves at every step, and a forget bias of about 3 (--forget-bias 3) keeps it near 1.":
      "新的细胞状态：保留旧细胞状态的 f_t 部分，再加上候选值的 i_t 部分。通过这个和，C_{t-1} 得到的梯度是 dC_t ⊙ f_t：只被遗忘门缩放，不乘任何权重矩阵。所以梯度可以沿着细胞传回很远，但只在 f_t 接近 1 的地方：f_t ≈ 0.5 时（bf = 0）它每个时间步大约减半；遗忘门偏置取 3 左右（--forget-bias 3）能让 f_t 接近 1。",
    "The output gate: how much of the squashed cell state tanh(C_t) to show as the hidden state, per unit.":
      "输出门：按单元决定把压缩后的细胞状态 tanh(C_t) 的多少作为隐藏状态输出。",
    "The hidden state: the output gate applied to tanh(C_t). It goes to the next step (through concat) and, at t = T, to the output head.":
      "隐藏状态：输出门作用于 tanh(C_t) 的结果。它传给下一个时间步（经由 concat），并在 t = T 时传给输出头。",
    "∂L/∂C_t in full: what comes back from C_{t+1} (dC_next) plus what reaches C_t through h_t = o_t ⊙ tanh(C_t), that is dh ⊙ o_t ⊙ (1 − tanh²(C_t)).":
      "完整的 ∂L/∂C_t：从 C_{t+1} 传回的部分（dC_next），加上经 h_t = o_t ⊙ tanh(C_t) 到达 C_t 的部分，即 dh ⊙ o_t ⊙ (1 − tanh²(C_t))。",
    "The gradient at the output gate's pre-activation: h_t = o_t ⊙ tanh(C_t) gives dh ⊙ tanh(C_t), then σ' = o_t ⊙ (1 − o_t).":
      "输出门预激活处的梯度：由 h_t = o_t ⊙ tanh(C_t) 得到 dh ⊙ tanh(C_t)，再乘以 σ' = o_t ⊙ (1 − o_t)。",
    "The gradient at the candidate's pre-activation: C_t gets i_t ⊙ C̃_t, so dC ⊙ i_t, then tanh' = 1 − C̃_t².":
      "候选值预激活处的梯度：C_t 得到 i_t ⊙ C̃_t，所以是 dC ⊙ i_t，再乘以 tanh' = 1 − C̃_t²。",
    "The gradient at the input gate's pre-activation: dC ⊙ C̃_t, then σ' = i_t ⊙ (1 − i_t).":
      "输入门预激活处的梯度：dC ⊙ C̃_t，再乘以 σ' = i_t ⊙ (1 − i_t)。",
    "The gradient at the forget gate's pre-activation: C_t gets f_t ⊙ C_{t-1}, so dC ⊙ C_{t-1}, then σ' = f_t ⊙ (1 − f_t).":
      "遗忘门预激活处的梯度：C_t 得到 f_t ⊙ C_{t-1}，所以是 dC ⊙ C_{t-1}，再乘以 σ' = f_t ⊙ (1 − f_t)。",
    "Each gate read concat, so each sends its share back through its weights: Wfᵀ·df + Wiᵀ·di + WCᵀ·dC̃ + Woᵀ·do, shape (hidden + input, 1).":
      "每个门都读取了 concat，所以每个门都通过自己的权重把自己那一份传回：Wfᵀ·df + Wiᵀ·di + WCᵀ·dC̃ + Woᵀ·do，形状为 (hidden + input, 1)。",
    "The top part of dconcat is the gradient for h_{t-1} (the rest belongs to x_t, which has no parameters). It becomes part of dh at the step before.":
      "dconcat 的上半部分是 h_{t-1} 的梯度（其余部分属于 x_t，它没有参数）。它在前一个时间步成为 dh 的一部分。",
    "What C_{t-1} receives: C_t = f_t ⊙ C_{t-1} + …, so dC ⊙ f_t. One elementwise product per step, no weight matrix: the cell state is the gradient's highway.":
      "C_{t-1} 得到的梯度：C_t = f_t ⊙ C_{t-1} + …，所以是 dC ⊙ f_t。每个时间步只有一次逐元素乘法，没有权重矩阵：细胞状态就是梯度的高速公路。",
    "The RNN's whole step: mix this step's input (Wxh · x_t) with the previous hidden state (Whh · h_{t-1}), add the bias bh, squash with tanh into (−1, 1). The same weights are used at every step; h_t is the network's memory of x_1 … x_t.":
      "RNN 的完整一步：把本时间步的输入（Wxh · x_t）与上一个隐藏状态（Whh · h_{t-1}）混合，加上偏置 bh，再用 tanh 压缩到 (−1, 1)。每个时间步都使用同一组权重；h_t 是网络对 x_1 … x_t 的记忆。",
    "Backpropagation through the tanh: h_t = tanh(a_t) so ∂L/∂a_t = dh ⊙ (1 − h_t²). It must use this step's own h_t; the notes use the final hidden state at every step.":
      "穿过 tanh 的反向传播：h_t = tanh(a_t)，所以 ∂L/∂a_t = dh ⊙ (1 − h_t²)。这里必须使用本时间步自己的 h_t；笔记在每个时间步都使用了最终的隐藏状态。",
    "Wxh is used at every step, so its gradient is a sum over the steps: this step adds dh_raw · x_tᵀ. The value shown is the sum so far, from t = T down to this t.":
      "Wxh 在每个时间步都被使用，所以它的梯度是对各时间步的求和：本时间步加上 dh_raw · x_tᵀ。显示的值是到目前为止的累计和，从 t = T 一直到当前的 t。",
    "Whh is used at every step on h_{t-1}, so this step adds dh_raw · h_{t-1}ᵀ to the running sum.":
      "Whh 在每个时间步都作用于 h_{t-1}，所以本时间步把 dh_raw · h_{t-1}ᵀ 加到累计和上。",
    "What h_{t-1} receives from step t: a_t = … + Whh · h_{t-1}, so the gradient goes back through Whhᵀ. At the step before, it becomes part of dh. Multiplying by Whhᵀ and a tanh derivative at every step is why RNN gradients vanish or explode.":
      "h_{t-1} 从时间步 t 得到的梯度：a_t = … + Whh · h_{t-1}，所以梯度经 Whhᵀ 传回。在前一个时间步，它成为 dh 的一部分。每个时间步都要乘以 Whhᵀ 和一个 tanh 导数，这就是 RNN 会出现梯度消失或梯度爆炸的原因。",
    "bh is added at every step, so each step adds dh_raw to its gradient.":
      "bh 在每个时间步都被加上，所以每个时间步都把 dh_raw 加到它的梯度上。",
    "The forget gate's weights are used at every step on concat, so each step adds df · concatᵀ to the running sum shown.":
      "遗忘门的权重在每个时间步都作用于 concat，所以每个时间步都把 df · concatᵀ 加到所示的累计和上。",
    "The input gate's weights are used at every step on concat, so each step adds di · concatᵀ to the running sum shown.":
      "输入门的权重在每个时间步都作用于 concat，所以每个时间步都把 di · concatᵀ 加到所示的累计和上。",
    "The candidate's weights are used at every step on concat, so each step adds dC̃ · concatᵀ to the running sum shown.":
      "候选值的权重在每个时间步都作用于 concat，所以每个时间步都把 dC̃ · concatᵀ 加到所示的累计和上。",
    "The output gate's weights are used at every step on concat, so each step adds do · concatᵀ to the running sum shown.":
      "输出门的权重在每个时间步都作用于 concat，所以每个时间步都把 do · concatᵀ 加到所示的累计和上。",
    "The forget gate's bias is added at every step, so each step adds df to its gradient.":
      "遗忘门的偏置在每个时间步都被加上，所以每个时间步都把 df 加到它的梯度上。",
    "The input gate's bias is added at every step, so each step adds di to its gradient.":
      "输入门的偏置在每个时间步都被加上，所以每个时间步都把 di 加到它的梯度上。",
    "The candidate's bias is added at every step, so each step adds dC̃ to its gradient.":
      "候选值的偏置在每个时间步都被加上，所以每个时间步都把 dC̃ 加到它的梯度上。",
    "The output gate's bias is added at every step, so each step adds do to its gradient.":
      "输出门的偏置在每个时间步都被加上，所以每个时间步都把 do 加到它的梯度上。",
    "The reset gate's weights are used at every step on concat, so each step adds dr · concatᵀ to the running sum shown.":
      "重置门的权重在每个时间步都作用于 concat，所以每个时间步都把 dr · concatᵀ 加到所示的累计和上。",
    "The update gate's weights are used at every step on concat, so each step adds dz · concatᵀ to the running sum shown.":
      "更新门的权重在每个时间步都作用于 concat，所以每个时间步都把 dz · concatᵀ 加到所示的累计和上。",
    "The candidate's input weights are used at every step on x_t, so each step adds dn · x_tᵀ to the running sum shown.":
      "候选值的输入权重在每个时间步都作用于 x_t，所以每个时间步都把 dn · x_tᵀ 加到所示的累计和上。",
    "The candidate's recurrent weights are used at every step on h_{t-1}, so each step adds dhn · h_{t-1}ᵀ to the running sum shown.":
      "候选值的循环权重在每个时间步都作用于 h_{t-1}，所以每个时间步都把 dhn · h_{t-1}ᵀ 加到所示的累计和上。",
    "The reset gate's bias is added at every step, so each step adds dr to its gradient.":
      "重置门的偏置在每个时间步都被加上，所以每个时间步都把 dr 加到它的梯度上。",
    "The update gate's bias is added at every step, so each step adds dz to its gradient.":
      "更新门的偏置在每个时间步都被加上，所以每个时间步都把 dz 加到它的梯度上。",
    "The candidate's input bias is added at every step, so each step adds dn to its gradient.":
      "候选值的输入偏置在每个时间步都被加上，所以每个时间步都把 dn 加到它的梯度上。",
    "The candidate's recurrent bias (inside the reset gate) is added at every step, so each step adds dhn to its gradient.":
      "候选值的循环偏置（在重置门之内）在每个时间步都被加上，所以每个时间步都把 dhn 加到它的梯度上。",
    "The note keeps every hidden state as a column of one array: hs[:, 0] is h_0 = 0, and its forward pass writes h_t into column t. Its backward() reads h_T and each h_t from here by slicing, which is where its shape repairs and its third deviation (h_T in every step's tanh derivative) happen.":
      "笔记把每个隐藏状态都存为同一个数组的一列：hs[:, 0] 是 h_0 = 0，前向传播把 h_t 写入第 t 列。它的 backward() 通过切片从这里读取 h_T 和各个 h_t，形状修补和第三个偏差（每个时间步的 tanh 导数都用了 h_T）正发生在这里。",
  ]
}
