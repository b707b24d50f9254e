/// The templates `unroll check --new rnn|lstm|gru FILE.py` writes: the cell's class in
/// the notes' style with `forward` complete and `backward` reduced to the names to fill
/// in, each on a `TODO` line whose placeholder has the right shape, so an untouched
/// template runs and `unroll check` points at its first TODO.
///
/// Generated from lessons/data/check/solutions/ by
/// `python3 scripts/reference/check-templates.py --write`, which also verifies that each
/// template with its TODO lines filled from the solution is the solution, and that it
/// passes in NumPy. Edit the solutions and regenerate, not this file.
public enum CheckTemplates {
  /// The template for `kind`, a whole Python file ending in a newline; nil for a cell
  /// without one.
  public static func source(for kind: ModelKind) -> String? {
    switch kind {
    case .rnn: return rnn
    case .lstm: return lstm
    case .gru: return gru
    default: return nil
    }
  }

  /// `unroll check --new rnn`: the RNN note's SimpleRNN (seeds/000).
  static let rnn = #"""
    # Your backward pass for the RNN note's SimpleRNN (seeds/000).
    # Written by `unroll check --new rnn FILE.py`. forward() is complete; backward()
    # has the names to compute, each on a TODO line whose placeholder only has the right
    # shape. Replace them one by one, then run
    #     unroll check FILE.py
    # to see each gradient against the correct one and the first line where yours departs.
    # The solution: lessons/data/check/solutions/rnn.py (try first).
    import numpy as np

    # Hyperparameters (the note's)
    input_size = 1
    hidden_size = 32
    output_size = 1
    sequence_length = 10
    learning_rate = 0.01


    class SimpleRNN:
        def __init__(self, input_size, hidden_size, output_size):
            self.input_size = input_size
            self.hidden_size = hidden_size
            self.output_size = output_size
            self.Wxh = np.random.randn(hidden_size, input_size) * np.sqrt(1. / input_size)
            self.Whh = np.random.randn(hidden_size, hidden_size) * np.sqrt(1. / hidden_size)
            self.Why = np.random.randn(output_size, hidden_size) * np.sqrt(1. / hidden_size)
            self.bh = np.zeros((hidden_size, 1))
            self.by = np.zeros((output_size, 1))

        def forward(self, x):
            # x: (sequence_length, input_size, 1), one sample
            self.x = x
            self.h = np.zeros((self.hidden_size, 1))
            self.hs = np.zeros((self.hidden_size, sequence_length + 1))
            self.hs[:, 0] = self.h.flatten()
            for t in range(sequence_length):
                self.h = np.tanh(np.dot(self.Wxh, x[t]) + np.dot(self.Whh, self.h) + self.bh)
                self.hs[:, t+1] = self.h.flatten()
            self.y_pred = np.dot(self.Why, self.h) + self.by  # a logit
            return self.sigmoid(self.y_pred)

        def sigmoid(self, z):
            return 1 / (1 + np.exp(-np.clip(z, -250, 250)))

        def backward(self, y_true):
            # The head: y_pred = Why h_T + by, p = sigmoid(y_pred), BCE
            p = self.sigmoid(self.y_pred)
            dy = np.zeros_like(self.y_pred)  # TODO: dL/dy_pred: y_pred is the logit, L the BCE of p
            dWhy = np.zeros_like(self.Why)  # TODO: y_pred = Why . h_T + by
            dby = np.zeros_like(self.by)  # TODO: and by's

            dWxh = np.zeros_like(self.Wxh)
            dWhh = np.zeros_like(self.Whh)
            dbh = np.zeros_like(self.bh)

            dh_next = np.zeros_like(self.h)  # TODO: dL/dh_T, from the head
            for t in reversed(range(sequence_length)):
                dh = np.zeros_like(self.h)  # TODO: dL/dh_t, all that reaches h_t
                h_t = self.hs[:, t+1:t+2]
                h_prev = self.hs[:, t:t+1]
                dh_raw = np.zeros_like(dh)  # TODO: back through the tanh
                dWxh += 0  # TODO: step t's share of Wxh's gradient
                dWhh += 0  # TODO: step t's share (what did Whh multiply?)
                dbh += 0  # TODO: step t's share of bh's gradient
                dh_next = np.zeros_like(self.h)  # TODO: what h_{t-1} receives from step t

            # Update weights
            self.Wxh -= learning_rate * dWxh
            self.Whh -= learning_rate * dWhh
            self.Why -= learning_rate * dWhy
            self.bh -= learning_rate * dbh
            self.by -= learning_rate * dby

    """#

  /// `unroll check --new lstm`: note 003's LSTM cell with the RNN note's head.
  static let lstm = #"""
    # Your backward pass for note 003's LSTM cell with the RNN note's head.
    # Written by `unroll check --new lstm FILE.py`. forward() is complete; backward()
    # has the names to compute, each on a TODO line whose placeholder only has the right
    # shape. Replace them one by one, then run
    #     unroll check FILE.py
    # to see each gradient against the correct one and the first line where yours departs.
    # A gate's gradient (do, di, ...) is taken at its pre-activation, the argument of its
    # sigmoid or tanh, since that is what its weights multiply.
    # The solution: lessons/data/check/solutions/lstm.py (try first).
    import numpy as np

    # Sizes (note 003's), the RNN note's output size and learning rate
    input_size = 3
    hidden_size = 5
    output_size = 1
    sequence_length = 4
    learning_rate = 0.01


    class LSTM:
        def __init__(self, input_size, hidden_size, output_size):
            self.input_size = input_size
            self.hidden_size = hidden_size
            self.output_size = output_size
            # Weights and biases: forget, input, cell and output gates
            self.Wf = np.random.randn(hidden_size, hidden_size + input_size)
            self.Wi = np.random.randn(hidden_size, hidden_size + input_size)
            self.WC = np.random.randn(hidden_size, hidden_size + input_size)
            self.Wo = np.random.randn(hidden_size, hidden_size + input_size)
            self.bf = np.zeros((hidden_size, 1))
            self.bi = np.zeros((hidden_size, 1))
            self.bC = np.zeros((hidden_size, 1))
            self.bo = np.zeros((hidden_size, 1))
            # The RNN note's head
            self.Why = np.random.randn(output_size, hidden_size) * np.sqrt(1. / hidden_size)
            self.by = np.zeros((output_size, 1))

        def sigmoid(self, z):
            return 1 / (1 + np.exp(-z))

        def tanh(self, z):
            return np.tanh(z)

        def cell_forward(self, x, h_prev, C_prev):
            # x: (input_size, 1), h_prev and C_prev: (hidden_size, 1)
            # Concatenate the hidden state and the input
            concat = np.vstack((h_prev, x))
            # Forget gate
            f_t = self.sigmoid(np.dot(self.Wf, concat) + self.bf)
            # Input gate
            i_t = self.sigmoid(np.dot(self.Wi, concat) + self.bi)
            C_tilda = self.tanh(np.dot(self.WC, concat) + self.bC)
            # Cell state update
            C_t = f_t * C_prev + i_t * C_tilda
            # Output gate
            o_t = self.sigmoid(np.dot(self.Wo, concat) + self.bo)
            # Hidden state update
            h_t = o_t * self.tanh(C_t)
            return h_t, C_t, (concat, f_t, i_t, C_tilda, o_t)

        def forward(self, x):
            # x: (sequence_length, input_size, 1), as in the RNN note
            h = np.zeros((self.hidden_size, 1))
            C = np.zeros((self.hidden_size, 1))
            self.hs = [h]  # hs[t] is h_t, h_0 included
            self.Cs = [C]  # Cs[t] is C_t, C_0 included
            self.caches = []  # caches[t]: step t+1's concat and gates
            for t in range(sequence_length):
                h, C, cache = self.cell_forward(x[t], h, C)
                self.hs.append(h)
                self.Cs.append(C)
                self.caches.append(cache)
            self.y_pred = np.dot(self.Why, h) + self.by  # a logit
            return self.sigmoid(self.y_pred)

        def backward(self, y_true):
            # The head: y_pred = Why h_T + by, p = sigmoid(y_pred), BCE
            p = self.sigmoid(self.y_pred)
            dy = np.zeros_like(self.y_pred)  # TODO: dL/dy_pred: y_pred is the logit, L the BCE of p
            dWhy = np.zeros_like(self.Why)  # TODO: y_pred = Why . h_T + by
            dby = np.zeros_like(self.by)  # TODO: and by's

            dWf = np.zeros_like(self.Wf)
            dWi = np.zeros_like(self.Wi)
            dWC = np.zeros_like(self.WC)
            dWo = np.zeros_like(self.Wo)
            dbf = np.zeros_like(self.bf)
            dbi = np.zeros_like(self.bi)
            dbC = np.zeros_like(self.bC)
            dbo = np.zeros_like(self.bo)

            dh_next = np.zeros_like(self.hs[0])  # TODO: dL/dh_T, from the head
            dC_next = np.zeros_like(self.Cs[0])  # nothing after C_T
            for t in reversed(range(sequence_length)):
                concat, f_t, i_t, C_tilda, o_t = self.caches[t]
                C_t = self.Cs[t + 1]
                C_prev = self.Cs[t]
                dh = np.zeros_like(self.hs[0])  # TODO: dL/dh_t, all that reaches h_t
                # h_t reaches C_t through tanh, C_{t+1} through f_{t+1}
                dC = np.zeros_like(C_t)  # TODO: dL/dC_t: via C_{t+1} and via h_t
                # At each pre-activation: what came in, times sigma'/tanh'
                do = np.zeros_like(o_t)  # TODO: at o_t's pre-activation
                dC_tilde = np.zeros_like(C_tilda)  # TODO: at C_tilda's pre-activation
                di = np.zeros_like(i_t)  # TODO: at i_t's pre-activation
                df = np.zeros_like(f_t)  # TODO: at f_t's pre-activation
                dWf += 0  # TODO: step t's share of Wf's gradient
                dWi += 0  # TODO: step t's share of Wi's gradient
                dWC += 0  # TODO: step t's share of WC's gradient
                dWo += 0  # TODO: step t's share of Wo's gradient
                dbf += 0  # TODO: step t's share of bf's gradient
                dbi += 0  # TODO: step t's share of bi's gradient
                dbC += 0  # TODO: step t's share of bC's gradient
                dbo += 0  # TODO: step t's share of bo's gradient
                # All four gates read concat = [h_prev; x]
                dconcat = np.zeros_like(concat)  # TODO: every gate read concat
                dh_next = np.zeros_like(self.hs[0])  # TODO: what h_{t-1} receives from step t
                dC_next = np.zeros_like(dC)  # TODO: what C_{t-1} receives from C_t

            # Update weights
            self.Wf -= learning_rate * dWf
            self.Wi -= learning_rate * dWi
            self.WC -= learning_rate * dWC
            self.Wo -= learning_rate * dWo
            self.bf -= learning_rate * dbf
            self.bi -= learning_rate * dbi
            self.bC -= learning_rate * dbC
            self.bo -= learning_rate * dbo
            self.Why -= learning_rate * dWhy
            self.by -= learning_rate * dby

    """#

  /// `unroll check --new gru`: a GRU in the notes' style (PyTorch's nn.GRU, ARCHITECTURE.md's names).
  static let gru = #"""
    # Your backward pass for a GRU in the notes' style (PyTorch's nn.GRU, ARCHITECTURE.md's names).
    # Written by `unroll check --new gru FILE.py`. forward() is complete; backward()
    # has the names to compute, each on a TODO line whose placeholder only has the right
    # shape. Replace them one by one, then run
    #     unroll check FILE.py
    # to see each gradient against the correct one and the first line where yours departs.
    # A gate's gradient (do, di, ...) is taken at its pre-activation, the argument of its
    # sigmoid or tanh, since that is what its weights multiply.
    # The solution: lessons/data/check/solutions/gru.py (try first).
    import numpy as np

    # Sizes (note 003's), the RNN note's output size and learning rate
    input_size = 3
    hidden_size = 5
    output_size = 1
    sequence_length = 4
    learning_rate = 0.01


    class GRU:
        def __init__(self, input_size, hidden_size, output_size):
            self.input_size = input_size
            self.hidden_size = hidden_size
            self.output_size = output_size
            scale = np.sqrt(1. / hidden_size)
            # The reset and update gates read concat = [h_prev; x]
            self.Wr = np.random.randn(hidden_size, hidden_size + input_size) * scale
            self.Wz = np.random.randn(hidden_size, hidden_size + input_size) * scale
            # The candidate's weights stay split: r_t scales h_prev's part
            self.Wxn = np.random.randn(hidden_size, input_size) * scale
            self.Whn = np.random.randn(hidden_size, hidden_size) * scale
            self.br = np.zeros((hidden_size, 1))
            self.bz = np.zeros((hidden_size, 1))
            self.bxn = np.zeros((hidden_size, 1))
            self.bhn = np.zeros((hidden_size, 1))
            # The RNN note's head
            self.Why = np.random.randn(output_size, hidden_size) * scale
            self.by = np.zeros((output_size, 1))

        def sigmoid(self, z):
            return 1 / (1 + np.exp(-z))

        def cell_forward(self, x, h_prev):
            # x: (input_size, 1), h_prev: (hidden_size, 1)
            concat = np.vstack((h_prev, x))
            r_t = self.sigmoid(np.dot(self.Wr, concat) + self.br)
            z_t = self.sigmoid(np.dot(self.Wz, concat) + self.bz)
            hn_t = np.dot(self.Whn, h_prev) + self.bhn  # r_t scales this
            n_t = np.tanh(np.dot(self.Wxn, x) + self.bxn + r_t * hn_t)
            h_t = (1 - z_t) * n_t + z_t * h_prev
            return h_t, (concat, r_t, z_t, hn_t, n_t)

        def forward(self, x):
            # x: (sequence_length, input_size, 1), as in the RNN note
            self.x = x
            h = np.zeros((self.hidden_size, 1))
            self.hs = [h]  # hs[t] is h_t, h_0 included
            self.caches = []  # caches[t]: step t+1's concat, r, z, hn, n
            for t in range(sequence_length):
                h, cache = self.cell_forward(x[t], h)
                self.hs.append(h)
                self.caches.append(cache)
            self.y_pred = np.dot(self.Why, h) + self.by  # a logit
            return self.sigmoid(self.y_pred)

        def backward(self, y_true):
            # The head: y_pred = Why h_T + by, p = sigmoid(y_pred), BCE
            p = self.sigmoid(self.y_pred)
            dy = np.zeros_like(self.y_pred)  # TODO: dL/dy_pred: y_pred is the logit, L the BCE of p
            dWhy = np.zeros_like(self.Why)  # TODO: y_pred = Why . h_T + by
            dby = np.zeros_like(self.by)  # TODO: and by's

            dWr = np.zeros_like(self.Wr)
            dWz = np.zeros_like(self.Wz)
            dWxn = np.zeros_like(self.Wxn)
            dWhn = np.zeros_like(self.Whn)
            dbr = np.zeros_like(self.br)
            dbz = np.zeros_like(self.bz)
            dbxn = np.zeros_like(self.bxn)
            dbhn = np.zeros_like(self.bhn)

            dh_next = np.zeros_like(self.hs[0])  # TODO: dL/dh_T, from the head
            for t in reversed(range(sequence_length)):
                concat, r_t, z_t, hn_t, n_t = self.caches[t]
                h_prev = self.hs[t]
                dh = np.zeros_like(self.hs[0])  # TODO: dL/dh_t, all that reaches h_t
                # h_t = (1 - z_t) * n_t + z_t * h_prev, undone per input
                dn = np.zeros_like(n_t)  # TODO: at n_t's pre-activation
                dz = np.zeros_like(z_t)  # TODO: at z_t's pre-activation
                # n_t's pre-activation has r_t * hn_t: dn times the other
                dr = np.zeros_like(r_t)  # TODO: at r_t's pre-activation
                dhn = np.zeros_like(hn_t)  # TODO: dL/dhn_t
                dWr += 0  # TODO: step t's share of Wr's gradient
                dWz += 0  # TODO: step t's share of Wz's gradient
                dWxn += 0  # TODO: step t's share of Wxn's gradient
                dWhn += 0  # TODO: step t's share of Whn's gradient
                dbr += 0  # TODO: step t's share of br's gradient
                dbz += 0  # TODO: step t's share of bz's gradient
                dbxn += 0  # TODO: step t's share of bxn's gradient
                dbhn += 0  # TODO: step t's share of bhn's gradient
                dconcat = np.zeros_like(concat)  # TODO: every gate read concat
                # h_prev's three paths: the gates, hn_t, and directly z_t
                dh_next = np.zeros_like(self.hs[0])  # TODO: what h_{t-1} receives from step t

            # Update weights
            self.Wr -= learning_rate * dWr
            self.Wz -= learning_rate * dWz
            self.Wxn -= learning_rate * dWxn
            self.Whn -= learning_rate * dWhn
            self.br -= learning_rate * dbr
            self.bz -= learning_rate * dbz
            self.bxn -= learning_rate * dbxn
            self.bhn -= learning_rate * dbhn
            self.Why -= learning_rate * dWhy
            self.by -= learning_rate * dby

    """#
}
