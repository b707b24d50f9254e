#!/usr/bin/env python3
"""Writes lessons/data/check/gallery/*.py: each file is its cell's solution
(lessons/data/check/solutions/) with the one line below replaced, under a header that names
the bug and says why it is wrong. check-gallery.py then computes what `unroll check` must
say about each. Rerun both after editing a solution.

    python3 scripts/reference/check-make-gallery.py && python3 scripts/reference/check-gallery.py
"""
import os
import textwrap

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lessons", "data", "check")

def body(model):
    lines = open(f'{root}/solutions/{model}.py').read().split('\n')
    i = 0
    while lines[i].startswith('#'): i += 1
    return '\n'.join(lines[i:])
B = [
 ('rnn-dwhh-h-t.py', 'rnn', 'dWhh takes h_t where it needs h_{t-1}',
  'Whh multiplied h_{t-1} at step t, so its gradient there is dh_raw times h_{t-1} transposed, not the h_t that step produced.',
  '            dWhh += np.dot(dh_raw, h_prev.T)  # Whh multiplied h_{t-1}',
  '            dWhh += np.dot(dh_raw, h_t.T)'),
 ('rnn-whh-untransposed.py', 'rnn', 'Whh untransposed in dh_next',
  'h_{t-1} enters step t as Whh . h_{t-1}, so what flows back to it is Whh transposed times dh_raw; Whh is square, so nothing fails, the numbers are just wrong.',
  '            dh_next = np.dot(self.Whh.T, dh_raw)  # what h_{t-1} gets',
  '            dh_next = np.dot(self.Whh, dh_raw)'),
 ('rnn-bias-assigned.py', 'rnn', 'the bias gradient assigned instead of accumulated',
  'bh is added at every step, so its gradient is the sum of every step\'s dh_raw; dbh = dh_raw keeps only the last one the loop sees (t = 1).',
  '            dbh += dh_raw',
  '            dbh = dh_raw'),
 ('rnn-dy-logit.py', 'rnn', 'dy = y_pred - y_true with the logit',
  'y_pred is the logit; BCE after a sigmoid gives dL/dy_pred = sigmoid(y_pred) - y_true, and the logit minus the label is the gradient of a different loss.',
  '        dy = p - y_true  # dL/dy_pred: sigma\' cancels in BCE',
  '        dy = self.y_pred - y_true'),
 ('rnn-final-h.py', 'rnn', 'tanh\' at the final h for every step',
  'step t squashed its own pre-activation, so its tanh\' is 1 - h_t**2 at that step\'s h_t; self.h is h_T, right at t = T only (the note\'s third deviation).',
  '            dh_raw = (1 - h_t**2) * dh  # tanh\' at this step\'s own h_t',
  '            dh_raw = (1 - self.h**2) * dh'),
 ('lstm-dc-next-no-f.py', 'lstm', 'no f_t in dC_next',
  'C_t = f_t * C_prev + ..., so what C_prev receives along the cell state is dC times f_t; dC_next = dC passes it on unscaled.',
  '            dC_next = dC * f_t  # along the cell state: scaled by f_t',
  '            dC_next = dC'),
 ('lstm-do-no-sigmoid-prime.py', 'lstm', 'sigma\' forgotten on the output gate',
  'do is taken at o_t\'s pre-activation, which is what Wo multiplies, so dh * tanh(C_t) must still go through sigma\' = o_t * (1 - o_t).',
  '            do = dh * np.tanh(C_t) * o_t * (1 - o_t)',
  '            do = dh * np.tanh(C_t)'),
 ('lstm-dc-no-tanh-prime.py', 'lstm', 'tanh\' forgotten on the cell state\'s path to h_t',
  'h_t = o_t * tanh(C_t), so what C_t receives from h_t is dh * o_t times tanh\'(C_t) = 1 - tanh(C_t)**2, not dh * o_t alone.',
  '            dC = dC_next + dh * o_t * (1 - np.tanh(C_t)**2)',
  '            dC = dC_next + dh * o_t'),
 ('lstm-dh-next-not-carried.py', 'lstm', 'dh_next not carried',
  'the h_prev half of dconcat is what h_{t-1} receives from step t, but it goes into a name nothing reads, so every step gets the head\'s dL/dh_T as its dh.',
  '            dh_next = dconcat[:self.hidden_size]  # the h_prev half',
  '            dh_prev = dconcat[:self.hidden_size]'),
 ('lstm-dy-sign.py', 'lstm', 'the sign of dy flipped',
  'dL/dy_pred is p - y_true; y_true - p is its negative, so every gradient points uphill and training raises the loss.',
  '        dy = p - y_true  # dL/dy_pred: sigma\' cancels in BCE',
  '        dy = y_true - p'),
 ('lstm-dwf-transposed.py', 'lstm', 'dWf\'s outer product the wrong way round',
  'Wf is (hidden, hidden+input), so its gradient is df (hidden, 1) times concat transposed; concat times df transposed is (hidden+input, hidden) and cannot be added to dWf.',
  '            dWf += np.dot(df, concat.T)',
  '            dWf += np.dot(concat, df.T)'),
 ('lstm-cell-in-place.py', 'lstm', 'C_t = C_prev aliased, then updated in place',
  'C_t = C_prev makes a second name for the same array, so *= and += overwrite C_prev, which forward cached: every entry of self.Cs becomes C_T and the backward reads the wrong C_{t-1}.',
  '        C_t = f_t * C_prev + i_t * C_tilda',
  '        C_t = C_prev\n        C_t *= f_t\n        C_t += i_t * C_tilda'),
 ('gru-dz-sign.py', 'gru', 'the sign of dz flipped',
  'h_t = (1 - z_t) * n_t + z_t * h_prev grows with z_t by h_prev - n_t, so dz = dh * (h_prev - n_t) * sigma\'; n_t - h_prev is its negative.',
  '            dz = dh * (h_prev - n_t) * z_t * (1 - z_t)',
  '            dz = dh * (n_t - h_prev) * z_t * (1 - z_t)'),
]
for f, model, title, why, old, new in B:
    b = body(model)
    assert b.count(old + '\n') == 1, (f, old)
    b = b.replace(old + '\n', new + '\n')
    head = textwrap.wrap(f'Bug gallery ({model.upper()}): {title}. Wrong because {why}', 92)
    head = ['# ' + l for l in head] + [f'# Run: unroll check lessons/data/check/gallery/{f}']
    open(f'{root}/gallery/{f}', 'w').write('\n'.join(head) + '\n' + b)
