import numpy as np

class LSTM:
    def __init__(self, input_size, hidden_size):
        self.input_size = input_size
        self.hidden_size = hidden_size
        # Initialisiere Gewichte und Biases für Vergessens-, Eingangs-, Zellen- und Ausgangsgatter
        self.Wf = np.random.randn(hidden_size, hidden_size + input_size)
        self.Wi = np.random.randn(hidden_size, hidden_size + input_size)
        self.WC = np.random.randn(hidden_size, hidden_size + input_size)
        self.Wo = np.random.randn(hidden_size, hidden_size + input_size)
        self.bf = np.zeros((hidden_size, 1))
        self.bi = np.zeros((hidden_size, 1))
        self.bC = np.zeros((hidden_size, 1))
        self.bo = np.zeros((hidden_size, 1))

    def sigmoid(self, z):
        return 1 / (1 + np.exp(-z))

    def tanh(self, z):
        return np.tanh(z)

    def forward(self, x, h_prev, C_prev):
        # x: (input_size, 1), h_prev und C_prev: (hidden_size, 1)
        # Verkette verborgenen Zustand und Eingabe
        concat = np.vstack((h_prev, x))
        # Vergessensgatter
        f_t = self.sigmoid(np.dot(self.Wf, concat) + self.bf)
        # Eingangsgatter
        i_t = self.sigmoid(np.dot(self.Wi, concat) + self.bi)
        C_tilda = self.tanh(np.dot(self.WC, concat) + self.bC)
        # Zellzustandsaktualisierung
        C_t = f_t * C_prev + i_t * C_tilda
        # Ausgangsgatter
        o_t = self.sigmoid(np.dot(self.Wo, concat) + self.bo)
        # Aktualisierung des verborgenen Zustands
        h_t = o_t * self.tanh(C_t)
        return h_t, C_t

    def forward_sequence(self, X):
        # X: (seq_len, input_size)
        h = np.zeros((self.hidden_size, 1))
        C = np.zeros((self.hidden_size, 1))
        outputs = []
        for x in X:
            h, C = self.forward(x.reshape(-1, 1), h, C)
            outputs.append(h)
        return np.hstack(outputs).T  # Gibt (seq_len, hidden_size) zurück

# Beispielverwendung
input_size = 3
hidden_size = 5
lstm = LSTM(input_size, hidden_size)

# Einzelschritt
x_t = np.random.randn(input_size, 1)
h_prev = np.zeros((hidden_size, 1))
C_prev = np.zeros((hidden_size, 1))
h_t, C_t = lstm.forward(x_t, h_prev, C_prev)
print("Einzelschritt - Form des verborgenen Zustands:", h_t.shape)

# Sequenz
X = np.random.randn(4, input_size)  # seq_len=4
outputs = lstm.forward_sequence(X)
print("Sequenzausgaben Form:", outputs.shape)
