# Bug gallery (LSTM): no f_t in dC_next. Wrong because C_t = f_t * C_prev + ..., so what
# C_prev receives along the cell state is dC times f_t; dC_next = dC passes it on unscaled.
# Run: unroll check lessons/data/check/gallery/lstm-dc-next-no-f.py
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
        dy = p - y_true  # dL/dy_pred: sigma' cancels in BCE
        dWhy = np.dot(dy, self.hs[-1].T)
        dby = dy

        dWf = np.zeros_like(self.Wf)
        dWi = np.zeros_like(self.Wi)
        dWC = np.zeros_like(self.WC)
        dWo = np.zeros_like(self.Wo)
        dbf = np.zeros_like(self.bf)
        dbi = np.zeros_like(self.bi)
        dbC = np.zeros_like(self.bC)
        dbo = np.zeros_like(self.bo)

        dh_next = np.dot(self.Why.T, dy)  # dL/dh_T, from the head
        dC_next = np.zeros_like(self.Cs[0])  # nothing after C_T
        for t in reversed(range(sequence_length)):
            concat, f_t, i_t, C_tilda, o_t = self.caches[t]
            C_t = self.Cs[t + 1]
            C_prev = self.Cs[t]
            dh = dh_next
            # h_t reaches C_t through tanh, C_{t+1} through f_{t+1}
            dC = dC_next + dh * o_t * (1 - np.tanh(C_t)**2)
            # At each pre-activation: what came in, times sigma'/tanh'
            do = dh * np.tanh(C_t) * o_t * (1 - o_t)
            dC_tilde = dC * i_t * (1 - C_tilda**2)
            di = dC * C_tilda * i_t * (1 - i_t)
            df = dC * C_prev * f_t * (1 - f_t)
            dWf += np.dot(df, concat.T)
            dWi += np.dot(di, concat.T)
            dWC += np.dot(dC_tilde, concat.T)
            dWo += np.dot(do, concat.T)
            dbf += df
            dbi += di
            dbC += dC_tilde
            dbo += do
            # All four gates read concat = [h_prev; x]
            dconcat = self.Wf.T @ df + self.Wi.T @ di + self.WC.T @ dC_tilde + self.Wo.T @ do
            dh_next = dconcat[:self.hidden_size]  # the h_prev half
            dC_next = dC

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
