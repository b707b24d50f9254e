# Bug gallery (GRU): the sign of dz flipped. Wrong because h_t = (1 - z_t) * n_t + z_t *
# h_prev grows with z_t by h_prev - n_t, so dz = dh * (h_prev - n_t) * sigma'; n_t - h_prev is
# its negative.
# Run: unroll check lessons/data/check/gallery/gru-dz-sign.py
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
        dy = p - y_true  # dL/dy_pred: sigma' cancels in BCE
        dWhy = np.dot(dy, self.hs[-1].T)
        dby = dy

        dWr = np.zeros_like(self.Wr)
        dWz = np.zeros_like(self.Wz)
        dWxn = np.zeros_like(self.Wxn)
        dWhn = np.zeros_like(self.Whn)
        dbr = np.zeros_like(self.br)
        dbz = np.zeros_like(self.bz)
        dbxn = np.zeros_like(self.bxn)
        dbhn = np.zeros_like(self.bhn)

        dh_next = np.dot(self.Why.T, dy)  # dL/dh_T, from the head
        for t in reversed(range(sequence_length)):
            concat, r_t, z_t, hn_t, n_t = self.caches[t]
            h_prev = self.hs[t]
            dh = dh_next
            # h_t = (1 - z_t) * n_t + z_t * h_prev, undone per input
            dn = dh * (1 - z_t) * (1 - n_t**2)
            dz = dh * (n_t - h_prev) * z_t * (1 - z_t)
            # n_t's pre-activation has r_t * hn_t: dn times the other
            dr = dn * hn_t * r_t * (1 - r_t)
            dhn = dn * r_t
            dWr += np.dot(dr, concat.T)
            dWz += np.dot(dz, concat.T)
            dWxn += np.dot(dn, self.x[t].T)
            dWhn += np.dot(dhn, h_prev.T)
            dbr += dr
            dbz += dz
            dbxn += dn
            dbhn += dhn
            dconcat = self.Wr.T @ dr + self.Wz.T @ dz
            # h_prev's three paths: the gates, hn_t, and directly z_t
            dh_next = dconcat[:self.hidden_size] + self.Whn.T @ dhn + dh * z_t

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
