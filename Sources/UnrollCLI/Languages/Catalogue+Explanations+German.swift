extension Catalogue {
  /// The REPL's explanations and the deviation notes in German, keyed by the English.
  static let germanExplanations: [String: String] = [
    "treats the logit as the prediction; BCE after a sigmoid gives σ(y_pred) − y":
      "behandelt den Logit als Vorhersage; BCE nach einer Sigmoid-Funktion ergibt σ(y_pred) − y",
    "hs[-1:, :] is the last row (one unit over all steps), not the last column":
      "hs[-1:, :] ist die letzte Zeile (eine Einheit über alle Zeitschritte), nicht die letzte Spalte",
    "adds the output gradient at every step; the loss reads h_T only":
      "addiert den Ausgabegradienten in jedem Zeitschritt; der Verlust hängt nur von h_T ab",
    "self.h is the final h_T at every step; step t needs its own h_t":
      "self.h ist in jedem Zeitschritt das finale h_T; Zeitschritt t braucht sein eigenes h_t",
    "hs[:, t:t+2].T[:, 0:1] is (2, 1), the first unit at two steps, not h_{t-1}ᵀ":
      "hs[:, t:t+2].T[:, 0:1] hat die Form (2, 1), die erste Einheit in zwei Zeitschritten, nicht h_{t-1}ᵀ",
    "The reset and update gates both read the previous hidden state and this step's input together: concat = [h_{t-1}; x_t], one column of hidden + input entries, as the LSTM's gates do.":
      "Reset-Gatter und Update-Gatter lesen beide den vorigen Hidden State und die Eingabe dieses Zeitschritts zusammen: concat = [h_{t-1}; x_t], eine Spalte mit hidden + input Einträgen, wie bei den Gattern des LSTM.",
    "The reset gate: for each unit, a number in (0, 1) saying how much of the old state's contribution hn_t the candidate n_t may use. Near 0, the candidate is computed almost from x_t alone, as if the past were forgotten.":
      "Das Reset-Gatter: für jede Einheit eine Zahl in (0, 1), die angibt, wie viel vom Beitrag hn_t des alten Zustands der Kandidat n_t verwenden darf. Nahe 0 wird der Kandidat fast nur aus x_t berechnet, als wäre die Vergangenheit vergessen.",
    "The update gate: for each unit, how much of the old state h_{t-1} to keep. h_t takes z_t of h_{t-1} and 1 − z_t of the candidate n_t; near 1 the unit keeps its value, near 0 it is rewritten.":
      "Das Update-Gatter: für jede Einheit, wie viel vom alten Zustand h_{t-1} erhalten bleibt. h_t nimmt den Anteil z_t von h_{t-1} und den Anteil 1 − z_t vom Kandidaten n_t; nahe 1 behält die Einheit ihren Wert, nahe 0 wird sie überschrieben.",
    "The old state's contribution to the candidate, Whn · h_{t-1} + bhn, before the reset gate scales it. PyTorch applies r_t here, after Whn and with its bias bhn inside; the original GRU paper applied it to h_{t-1} before the matrix.":
      "Der Beitrag des alten Zustands zum Kandidaten, Whn · h_{t-1} + bhn, bevor das Reset-Gatter ihn skaliert. PyTorch wendet r_t hier an, nach Whn und mit dessen Bias bhn innerhalb der Skalierung; das ursprüngliche GRU-Paper wandte es vor der Matrix auf h_{t-1} an.",
    "The candidate (PyTorch calls it the new gate): what the state could become this step, in (−1, 1), from the input (Wxn · x_t + bxn) and the old state's part hn_t scaled by the reset gate r_t.":
      "Der Kandidat (PyTorch nennt ihn „new gate“): was der Zustand in diesem Zeitschritt werden könnte, in (−1, 1), aus der Eingabe (Wxn · x_t + bxn) und dem Anteil hn_t des alten Zustands, skaliert mit dem Reset-Gatter r_t.",
    "The hidden state: a blend per unit, (1 − z_t) of the candidate n_t and z_t of the old state h_{t-1}. It goes to the next step and, at t = T, to the output head. There is no separate cell state: h_t is the GRU's whole memory.":
      "Der Hidden State: eine Mischung pro Einheit, (1 − z_t) vom Kandidaten n_t und z_t vom alten Zustand h_{t-1}. Er geht an den nächsten Zeitschritt und bei t = T an den Ausgabekopf. Es gibt keinen separaten Zellzustand: h_t ist das gesamte Gedächtnis der GRU.",
    "The gradient at the candidate's pre-activation: h_t takes (1 − z_t) ⊙ n_t, so dh ⊙ (1 − z_t), then tanh' = 1 − n_t².":
      "Der Gradient an der Voraktivierung des Kandidaten: h_t enthält (1 − z_t) ⊙ n_t, also dh ⊙ (1 − z_t), dann tanh' = 1 − n_t².",
    "The gradient at the update gate's pre-activation: h_t = n_t + z_t ⊙ (h_{t-1} − n_t), so dh ⊙ (h_{t-1} − n_t), then σ' = z_t ⊙ (1 − z_t).":
      "Der Gradient an der Voraktivierung des Update-Gatters: h_t = n_t + z_t ⊙ (h_{t-1} − n_t), also dh ⊙ (h_{t-1} − n_t), dann σ' = z_t ⊙ (1 − z_t).",
    "The gradient at the reset gate's pre-activation: n_t's pre-activation holds r_t ⊙ hn_t, so dn ⊙ hn_t, then σ' = r_t ⊙ (1 − r_t). At t = 1, h_0 = 0 makes hn_1 = bhn, zero unless a weights file sets it: the reset gate has nothing to scale yet, and dr is 0.":
      "Der Gradient an der Voraktivierung des Reset-Gatters: Die Voraktivierung von n_t enthält r_t ⊙ hn_t, also dn ⊙ hn_t, dann σ' = r_t ⊙ (1 − r_t). Bei t = 1 ergibt h_0 = 0 hn_1 = bhn, und das ist null, sofern keine Gewichtsdatei es setzt: Das Reset-Gatter hat dann noch nichts zu skalieren, und dr ist 0.",
    "∂L/∂hn_t: n_t's pre-activation holds r_t ⊙ hn_t, so dn ⊙ r_t. It is what Whn and bhn receive, and what goes back to h_{t-1} through Whnᵀ.":
      "∂L/∂hn_t: Die Voraktivierung von n_t enthält r_t ⊙ hn_t, also dn ⊙ r_t. Das erhalten Whn und bhn, und das geht über Whnᵀ zurück an h_{t-1}.",
    "Both gates read concat, so both send their share back through their weights: Wrᵀ·dr + Wzᵀ·dz, shape (hidden + input, 1). The top part belongs to h_{t-1}.":
      "Beide Gatter lesen concat, also schicken beide ihren Anteil über ihre Gewichte zurück: Wrᵀ·dr + Wzᵀ·dz, Form (hidden + input, 1). Der obere Teil gehört zu h_{t-1}.",
    "What h_{t-1} receives from step t, along three paths: through the gates (the top part of dconcat), through hn_t (Whnᵀ · dhn), and directly, since h_t keeps z_t ⊙ h_{t-1} (dh ⊙ z_t). The direct path has no weight matrix and no squashing derivative: it is the GRU's gradient highway, as dC ⊙ f_t is the LSTM's.":
      "Was h_{t-1} von Zeitschritt t erhält, auf drei Wegen: über die Gatter (der obere Teil von dconcat), über hn_t (Whnᵀ · dhn) und direkt, da h_t den Anteil z_t ⊙ h_{t-1} behält (dh ⊙ z_t). Der direkte Weg hat keine Gewichtsmatrix und keine Ableitung einer stauchenden Funktion: Er ist die Gradienten-Autobahn der GRU, so wie dC ⊙ f_t die des LSTM ist.",
    "The output head reads only the last hidden state h_T: y_pred = Why · h_T + by is one number, a logit (any real value), not yet a probability. The notes call it y_pred.":
      "Der Ausgabekopf liest nur den letzten Hidden State h_T: y_pred = Why · h_T + by ist eine einzelne Zahl, ein Logit (ein beliebiger reeller Wert), noch keine Wahrscheinlichkeit. Die Notizen nennen ihn y_pred.",
    "p = σ(y_pred) squashes the logit into (0, 1): the predicted probability that the label is 1.":
      "p = σ(y_pred) staucht den Logit in (0, 1): die vorhergesagte Wahrscheinlichkeit, dass das Label 1 ist.",
    "Binary cross-entropy: L = −[y·log p + (1 − y)·log(1 − p)]. It is small when p is close to the label y and grows without bound as p moves to the wrong end. Unroll computes it from the logit in a stable form, so it never takes log(0).":
      "Binäre Kreuzentropie: L = −[y·log p + (1 − y)·log(1 − p)]. Sie ist klein, wenn p nahe am Label y liegt, und wächst unbegrenzt, je weiter p zum falschen Ende wandert. Unroll berechnet sie in einer stabilen Form aus dem Logit und bildet daher nie log(0).",
    "The output error ∂L/∂y_pred. For a sigmoid followed by binary cross-entropy the derivative collapses to p − y: the sigmoid's own derivative cancels. This is where the RNN note's backward() differs: it multiplies (y_pred − y) by sigmoid'(y_pred).":
      "Der Ausgabefehler ∂L/∂y_pred. Bei einer Sigmoid-Funktion mit anschließender binärer Kreuzentropie vereinfacht sich die Ableitung zu p − y: Die Ableitung der Sigmoid-Funktion selbst kürzt sich heraus. Genau hier weicht backward() der RNN-Notiz ab: Es multipliziert (y_pred − y) mit sigmoid'(y_pred).",
    "Why is used once, at the last step, so its gradient is one outer product: dy_pred · h_Tᵀ, shape (1, hidden).":
      "Why wird nur einmal verwendet, im letzten Zeitschritt, also ist sein Gradient ein einziges äußeres Produkt: dy_pred · h_Tᵀ, Form (1, hidden).",
    "dh = ∂L/∂h_t in full: what flows back from step t + 1 (dh_next), plus, at t = T only, what the output head sends (Whyᵀ · dy_pred). The loss reads h_T and no other hidden state, so earlier steps receive gradient only through the recurrence. The RNN note's backward() adds Whyᵀ · dy_pred at every step.":
      "dh = ∂L/∂h_t vollständig: was von Zeitschritt t + 1 zurückfließt (dh_next), plus, nur bei t = T, was der Ausgabekopf schickt (Whyᵀ · dy_pred). Der Verlust liest h_T und keinen anderen Hidden State, daher erhalten frühere Zeitschritte ihren Gradienten nur über die Rekurrenz. backward() der RNN-Notiz addiert Whyᵀ · dy_pred in jedem Zeitschritt.",
    "With a loss at every step the head reads every hidden state: y_pred = Why · h_t + by is step t's logit, as min-char-rnn's ys[t]. The same Why and by serve every step.":
      "Mit einem Verlust in jedem Zeitschritt liest der Ausgabekopf jeden Hidden State: y_pred = Why · h_t + by ist der Logit von Zeitschritt t, wie ys[t] in min-char-rnn. Dieselben Why und by dienen allen Zeitschritten.",
    "Step t's term of the loss: the binary cross-entropy of p against this step's label y_t (1 when x_1 + … + x_t > 0 for drawn data), computed stably from the logit. The loss is the sum of the terms.":
      "Der Term des Verlusts für Zeitschritt t: die binäre Kreuzentropie von p gegenüber dem Label y_t dieses Zeitschritts (bei zufällig gezogenen Daten 1, wenn x_1 + … + x_t > 0), stabil aus dem Logit berechnet. Der Verlust ist die Summe der Terme.",
    "The loss is the sum over the steps of the terms L_t, so each step's prediction counts and each term sends gradient back from its own step.":
      "Der Verlust ist die Summe der Terme L_t über die Zeitschritte, also zählt die Vorhersage jedes Zeitschritts, und jeder Term schickt Gradient von seinem eigenen Zeitschritt aus zurück.",
    "Step t's output error ∂L_t/∂y_pred: for a sigmoid followed by binary cross-entropy it collapses to p − y_t, the σ' cancelling, as at the last step.":
      "Der Ausgabefehler ∂L_t/∂y_pred von Zeitschritt t: Bei einer Sigmoid-Funktion mit anschließender binärer Kreuzentropie vereinfacht er sich zu p − y_t, weil sich σ' herauskürzt, wie im letzten Zeitschritt.",
    "With a head at every step Why is used at every step, so its gradient is a sum: this step adds dy_pred · h_tᵀ.":
      "Mit einem Ausgabekopf in jedem Zeitschritt wird Why in jedem Zeitschritt verwendet, also ist sein Gradient eine Summe: Dieser Zeitschritt addiert dy_pred · h_tᵀ.",
    "dh = ∂L/∂h_t in full. With a loss at every step h_t reaches the loss two ways: through the head at t (Whyᵀ · dy_pred) and through step t + 1 (dh_next), so dh sums both at every step. This is min-char-rnn's line, and the RNN note's: with this loss it is right.":
      "dh = ∂L/∂h_t vollständig. Mit einem Verlust in jedem Zeitschritt erreicht h_t den Verlust auf zwei Wegen: über den Ausgabekopf bei t (Whyᵀ · dy_pred) und über Zeitschritt t + 1 (dh_next), also summiert dh in jedem Zeitschritt beide. Das ist die Zeile von min-char-rnn und die der RNN-Notiz: Mit diesem Verlust ist sie richtig.",
    "by is added to y_pred once, so its gradient is dy_pred itself.":
      "by wird einmal zu y_pred addiert, also ist sein Gradient dy_pred selbst.",
    "p = σ(y_pred) at step t: the predicted probability that y_t is 1.":
      "p = σ(y_pred) in Zeitschritt t: die vorhergesagte Wahrscheinlichkeit, dass y_t gleich 1 ist.",
    "by is added to every step's y_pred, so each step adds its dy_pred.":
      "by wird zum y_pred jedes Zeitschritts addiert, also addiert jeder Zeitschritt sein dy_pred.",
    "The gates all read the previous hidden state and this step's input together: concat = [h_{t-1}; x_t] stacks them into one column of hidden + input entries.":
      "Alle Gatter lesen den vorigen Hidden State und die Eingabe dieses Zeitschritts zusammen: concat = [h_{t-1}; x_t] stapelt sie zu einer Spalte mit hidden + input Einträgen.",
    "The forget gate: for each cell unit, a number in (0, 1) saying how much of the old cell state C_{t-1} to keep. 1 keeps it all, 0 erases it.":
      "Das Vergessensgatter: für jede Einheit der Zelle eine Zahl in (0, 1), die angibt, wie viel vom alten Zellzustand C_{t-1} erhalten bleibt. 1 behält alles, 0 löscht ihn.",
    "The input gate: how much of the candidate C̃_t to write into the cell state, per unit, in (0, 1).":
      "Das Eingangsgatter: wie viel vom Kandidaten C̃_t in den Zellzustand geschrieben wird, pro Einheit, in (0, 1).",
    "The candidate values: what could be written into the cell this step, in (−1, 1), computed from concat like a plain RNN step.":
      "Die Kandidatenwerte: was in diesem Zeitschritt in die Zelle geschrieben werden könnte, in (−1, 1), aus concat berechnet wie ein Schritt eines einfachen RNN.",
    "The new cell state: keep f_t of the old one, add i_t of the candidate. What C_{t-1} receives back through this sum is dC_t ⊙ f_t, scaled by the forget gate and by no weight matrix, so a gradient can travel far back along the cell, but only where f_t stays near 1: at f_t ≈ 0.5 (bf = 0) it about halves at every step, and a forget bias of about 3 (--forget-bias 3) keeps it near 1.":
      "Der neue Zellzustand: den Anteil f_t des alten behalten, den Anteil i_t des Kandidaten addieren. Über diese Summe erhält C_{t-1} den Gradienten dC_t ⊙ f_t zurück, skaliert mit dem Vergessensgatter und mit keiner Gewichtsmatrix. Ein Gradient kann so weit entlang der Zelle zurücklaufen, aber nur, wo f_t nahe 1 bleibt: bei f_t ≈ 0,5 (bf = 0) halbiert er sich ungefähr in jedem Zeitschritt, ein Vergessens-Bias von etwa 3 (--forget-bias 3) hält f_t nahe 1.",
    "The output gate: how much of the squashed cell state tanh(C_t) to show as the hidden state, per unit.":
      "Das Ausgangsgatter: wie viel vom gestauchten Zellzustand tanh(C_t) als Hidden State gezeigt wird, pro Einheit.",
    "The hidden state: the output gate applied to tanh(C_t). It goes to the next step (through concat) and, at t = T, to the output head.":
      "Der Hidden State: das Ausgangsgatter, angewandt auf tanh(C_t). Er geht an den nächsten Zeitschritt (über concat) und bei t = T an den Ausgabekopf.",
    "∂L/∂C_t in full: what comes back from C_{t+1} (dC_next) plus what reaches C_t through h_t = o_t ⊙ tanh(C_t), that is dh ⊙ o_t ⊙ (1 − tanh²(C_t)).":
      "∂L/∂C_t vollständig: was von C_{t+1} zurückkommt (dC_next), plus was C_t über h_t = o_t ⊙ tanh(C_t) erreicht, also dh ⊙ o_t ⊙ (1 − tanh²(C_t)).",
    "The gradient at the output gate's pre-activation: h_t = o_t ⊙ tanh(C_t) gives dh ⊙ tanh(C_t), then σ' = o_t ⊙ (1 − o_t).":
      "Der Gradient an der Voraktivierung des Ausgangsgatters: h_t = o_t ⊙ tanh(C_t) ergibt dh ⊙ tanh(C_t), dann σ' = o_t ⊙ (1 − o_t).",
    "The gradient at the candidate's pre-activation: C_t gets i_t ⊙ C̃_t, so dC ⊙ i_t, then tanh' = 1 − C̃_t².":
      "Der Gradient an der Voraktivierung des Kandidaten: C_t erhält i_t ⊙ C̃_t, also dC ⊙ i_t, dann tanh' = 1 − C̃_t².",
    "The gradient at the input gate's pre-activation: dC ⊙ C̃_t, then σ' = i_t ⊙ (1 − i_t).":
      "Der Gradient an der Voraktivierung des Eingangsgatters: dC ⊙ C̃_t, dann σ' = i_t ⊙ (1 − i_t).",
    "The gradient at the forget gate's pre-activation: C_t gets f_t ⊙ C_{t-1}, so dC ⊙ C_{t-1}, then σ' = f_t ⊙ (1 − f_t).":
      "Der Gradient an der Voraktivierung des Vergessensgatters: C_t erhält f_t ⊙ C_{t-1}, also dC ⊙ C_{t-1}, dann σ' = f_t ⊙ (1 − f_t).",
    "Each gate read concat, so each sends its share back through its weights: Wfᵀ·df + Wiᵀ·di + WCᵀ·dC̃ + Woᵀ·do, shape (hidden + input, 1).":
      "Jedes Gatter hat concat gelesen, also schickt jedes seinen Anteil über seine Gewichte zurück: Wfᵀ·df + Wiᵀ·di + WCᵀ·dC̃ + Woᵀ·do, Form (hidden + input, 1).",
    "The top part of dconcat is the gradient for h_{t-1} (the rest belongs to x_t, which has no parameters). It becomes part of dh at the step before.":
      "Der obere Teil von dconcat ist der Gradient für h_{t-1} (der Rest gehört zu x_t, das keine Parameter hat). Er wird im vorigen Zeitschritt Teil von dh.",
    "What C_{t-1} receives: C_t = f_t ⊙ C_{t-1} + …, so dC ⊙ f_t. One elementwise product per step, no weight matrix: the cell state is the gradient's highway.":
      "Was C_{t-1} erhält: C_t = f_t ⊙ C_{t-1} + …, also dC ⊙ f_t. Ein elementweises Produkt pro Zeitschritt, keine Gewichtsmatrix: Der Zellzustand ist die Autobahn des Gradienten.",
    "The RNN's whole step: mix this step's input (Wxh · x_t) with the previous hidden state (Whh · h_{t-1}), add the bias bh, squash with tanh into (−1, 1). The same weights are used at every step; h_t is the network's memory of x_1 … x_t.":
      "Der ganze Schritt des RNN: die Eingabe dieses Zeitschritts (Wxh · x_t) mit dem vorigen Hidden State (Whh · h_{t-1}) mischen, den Bias bh addieren, mit tanh in (−1, 1) stauchen. In jedem Zeitschritt werden dieselben Gewichte verwendet; h_t ist das Gedächtnis des Netzes an x_1 … x_t.",
    "Backpropagation through the tanh: h_t = tanh(a_t) so ∂L/∂a_t = dh ⊙ (1 − h_t²). It must use this step's own h_t; the notes use the final hidden state at every step.":
      "Backpropagation durch tanh: h_t = tanh(a_t), also ∂L/∂a_t = dh ⊙ (1 − h_t²). Dafür muss das eigene h_t dieses Zeitschritts verwendet werden; die Notizen verwenden in jedem Zeitschritt den finalen Hidden State.",
    "Wxh is used at every step, so its gradient is a sum over the steps: this step adds dh_raw · x_tᵀ. The value shown is the sum so far, from t = T down to this t.":
      "Wxh wird in jedem Zeitschritt verwendet, also ist sein Gradient eine Summe über die Zeitschritte: Dieser Zeitschritt addiert dh_raw · x_tᵀ. Der angezeigte Wert ist die bisherige Summe, von t = T bis hinunter zu diesem t.",
    "Whh is used at every step on h_{t-1}, so this step adds dh_raw · h_{t-1}ᵀ to the running sum.":
      "Whh wird in jedem Zeitschritt auf h_{t-1} angewandt, also addiert dieser Zeitschritt dh_raw · h_{t-1}ᵀ zur laufenden Summe.",
    "What h_{t-1} receives from step t: a_t = … + Whh · h_{t-1}, so the gradient goes back through Whhᵀ. At the step before, it becomes part of dh. Multiplying by Whhᵀ and a tanh derivative at every step is why RNN gradients vanish or explode.":
      "Was h_{t-1} von Zeitschritt t erhält: a_t = … + Whh · h_{t-1}, also geht der Gradient über Whhᵀ zurück. Im vorigen Zeitschritt wird er Teil von dh. Weil in jedem Zeitschritt mit Whhᵀ und einer tanh-Ableitung multipliziert wird, verschwinden oder explodieren die Gradienten eines RNN.",
    "bh is added at every step, so each step adds dh_raw to its gradient.":
      "bh wird in jedem Zeitschritt addiert, also addiert jeder Zeitschritt dh_raw zu seinem Gradienten.",
    "The forget gate's weights are used at every step on concat, so each step adds df · concatᵀ to the running sum shown.":
      "Die Gewichte des Vergessensgatters wirken in jedem Zeitschritt auf concat, also addiert jeder Zeitschritt df · concatᵀ zur gezeigten laufenden Summe.",
    "The input gate's weights are used at every step on concat, so each step adds di · concatᵀ to the running sum shown.":
      "Die Gewichte des Eingangsgatters wirken in jedem Zeitschritt auf concat, also addiert jeder Zeitschritt di · concatᵀ zur gezeigten laufenden Summe.",
    "The candidate's weights are used at every step on concat, so each step adds dC̃ · concatᵀ to the running sum shown.":
      "Die Gewichte des Kandidaten wirken in jedem Zeitschritt auf concat, also addiert jeder Zeitschritt dC̃ · concatᵀ zur gezeigten laufenden Summe.",
    "The output gate's weights are used at every step on concat, so each step adds do · concatᵀ to the running sum shown.":
      "Die Gewichte des Ausgangsgatters wirken in jedem Zeitschritt auf concat, also addiert jeder Zeitschritt do · concatᵀ zur gezeigten laufenden Summe.",
    "The forget gate's bias is added at every step, so each step adds df to its gradient.":
      "Der Bias des Vergessensgatters wird in jedem Zeitschritt addiert, also addiert jeder Zeitschritt df zu seinem Gradienten.",
    "The input gate's bias is added at every step, so each step adds di to its gradient.":
      "Der Bias des Eingangsgatters wird in jedem Zeitschritt addiert, also addiert jeder Zeitschritt di zu seinem Gradienten.",
    "The candidate's bias is added at every step, so each step adds dC̃ to its gradient.":
      "Der Bias des Kandidaten wird in jedem Zeitschritt addiert, also addiert jeder Zeitschritt dC̃ zu seinem Gradienten.",
    "The output gate's bias is added at every step, so each step adds do to its gradient.":
      "Der Bias des Ausgangsgatters wird in jedem Zeitschritt addiert, also addiert jeder Zeitschritt do zu seinem Gradienten.",
    "The reset gate's weights are used at every step on concat, so each step adds dr · concatᵀ to the running sum shown.":
      "Die Gewichte des Reset-Gatters wirken in jedem Zeitschritt auf concat, also addiert jeder Zeitschritt dr · concatᵀ zur gezeigten laufenden Summe.",
    "The update gate's weights are used at every step on concat, so each step adds dz · concatᵀ to the running sum shown.":
      "Die Gewichte des Update-Gatters wirken in jedem Zeitschritt auf concat, also addiert jeder Zeitschritt dz · concatᵀ zur gezeigten laufenden Summe.",
    "The candidate's input weights are used at every step on x_t, so each step adds dn · x_tᵀ to the running sum shown.":
      "Die Eingangsgewichte des Kandidaten wirken in jedem Zeitschritt auf x_t, also addiert jeder Zeitschritt dn · x_tᵀ zur gezeigten laufenden Summe.",
    "The candidate's recurrent weights are used at every step on h_{t-1}, so each step adds dhn · h_{t-1}ᵀ to the running sum shown.":
      "Die rekurrenten Gewichte des Kandidaten wirken in jedem Zeitschritt auf h_{t-1}, also addiert jeder Zeitschritt dhn · h_{t-1}ᵀ zur gezeigten laufenden Summe.",
    "The reset gate's bias is added at every step, so each step adds dr to its gradient.":
      "Der Bias des Reset-Gatters wird in jedem Zeitschritt addiert, also addiert jeder Zeitschritt dr zu seinem Gradienten.",
    "The update gate's bias is added at every step, so each step adds dz to its gradient.":
      "Der Bias des Update-Gatters wird in jedem Zeitschritt addiert, also addiert jeder Zeitschritt dz zu seinem Gradienten.",
    "The candidate's input bias is added at every step, so each step adds dn to its gradient.":
      "Der Eingangs-Bias des Kandidaten wird in jedem Zeitschritt addiert, also addiert jeder Zeitschritt dn zu seinem Gradienten.",
    "The candidate's recurrent bias (inside the reset gate) is added at every step, so each step adds dhn to its gradient.":
      "Der rekurrente Bias (innerhalb des Reset-Gatters) des Kandidaten wird in jedem Zeitschritt addiert, also addiert jeder Zeitschritt dhn zu seinem Gradienten.",
    "The note keeps every hidden state as a column of one array: hs[:, 0] is h_0 = 0, and its forward pass writes h_t into column t. Its backward() reads h_T and each h_t from here by slicing, which is where its shape repairs and its third deviation (h_T in every step's tanh derivative) happen.":
      "Die Notiz hält jeden Hidden State als Spalte eines Arrays: hs[:, 0] ist h_0 = 0, und ihr Vorwärtspass schreibt h_t in Spalte t. Ihr backward() liest h_T und jedes h_t von hier durch Slicing; genau dort liegen ihre Reparaturen der Shapes und ihre dritte Abweichung (h_T in der tanh-Ableitung jedes Zeitschritts).",
  ]
}
