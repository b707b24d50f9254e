# Bug gallery (RNN): Whh untransposed in dh_next. Wrong because h_{t-1} enters step t as Whh .
# h_{t-1}, so what flows back to it is Whh transposed times dh_raw; Whh is square, so nothing
# fails, the numbers are just wrong.
# Run: unroll check lessons/data/check/gallery/rnn-whh-untransposed.py
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
        dy = p - y_true  # dL/dy_pred: sigma' cancels in BCE
        dWhy = np.dot(dy, self.hs[:, -1:].T)  # (1, 1) . (1, hidden)
        dby = dy

        dWxh = np.zeros_like(self.Wxh)
        dWhh = np.zeros_like(self.Whh)
        dbh = np.zeros_like(self.bh)

        dh_next = np.dot(self.Why.T, dy)  # dL/dh_T, from the head
        for t in reversed(range(sequence_length)):
            dh = dh_next  # dL/dh_t: all that reaches h_t from later
            h_t = self.hs[:, t+1:t+2]
            h_prev = self.hs[:, t:t+1]
            dh_raw = (1 - h_t**2) * dh  # tanh' at this step's own h_t
            dWxh += np.dot(dh_raw, self.x[t].T)
            dWhh += np.dot(dh_raw, h_prev.T)  # Whh multiplied h_{t-1}
            dbh += dh_raw
            dh_next = np.dot(self.Whh, dh_raw)

        # Update weights
        self.Wxh -= learning_rate * dWxh
        self.Whh -= learning_rate * dWhh
        self.Why -= learning_rate * dWhy
        self.bh -= learning_rate * dbh
        self.by -= learning_rate * dby
