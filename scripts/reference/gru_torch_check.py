#!/usr/bin/env python3
"""Optional: Unroll's GRU against torch.nn.GRU itself, forward values and gradients.

Not part of the tests (the project needs no PyTorch); run it where torch is installed:

    python3 -c "import json; d = json.load(open('Tests/UnrollKitTests/Fixtures/gru-forward.json')); \
d.pop('expected'); json.dump(d, open('/tmp/w.json', 'w'))"
    swift run unroll trace --weights /tmp/w.json --format json -o /tmp/trace.json
    python3 scripts/reference/gru_torch_check.py /tmp/w.json /tmp/trace.json

It loads the weights into nn.GRU in PyTorch's layout (Wr = [W_hr | W_ir], all of br
in b_ih, b_hh's r and z parts zero), runs nn.GRU + nn.Linear + sigmoid + BCELoss in
float64, backpropagates with autograd, maps the gradients back to Unroll's names
and prints the largest relative difference per parameter.
"""
import json
import sys

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
spec = json.load(open(sys.argv[1]))
tr = json.load(open(sys.argv[2]))
P = {k: np.array(v) for k, v in spec['params'].items()}
H = P['Whn'].shape[0]; I = P['Wxn'].shape[1]
# Back to PyTorch's layout: split Wr = [W_hr | W_ir]; put all of br into b_ih (b_hh r-part 0).
W_ir, W_hr = P['Wr'][:, H:], P['Wr'][:, :H]
W_iz, W_hz = P['Wz'][:, H:], P['Wz'][:, :H]
gru = torch.nn.GRU(I, H, batch_first=True)
with torch.no_grad():
    gru.weight_ih_l0.copy_(torch.tensor(np.vstack([W_ir, W_iz, P['Wxn']])))
    gru.weight_hh_l0.copy_(torch.tensor(np.vstack([W_hr, W_hz, P['Whn']])))
    gru.bias_ih_l0.copy_(torch.tensor(np.concatenate([P['br'], P['bz'], P['bxn']]).ravel()))
    gru.bias_hh_l0.copy_(torch.tensor(np.concatenate([0 * P['br'], 0 * P['bz'], P['bhn']]).ravel()))
lin = torch.nn.Linear(H, 1)
with torch.no_grad():
    lin.weight.copy_(torch.tensor(P['Why'])); lin.bias.copy_(torch.tensor(P['by'].ravel()))
x = torch.tensor(np.array(spec['x']))[None]
out, hT = gru(x)
p = torch.sigmoid(lin(hT[0]))
loss = torch.nn.functional.binary_cross_entropy(p, torch.tensor([[float(spec['y'])]]))
loss.backward()
hs = np.array([r['value'] for r in tr['records'] if r['name'] == 'h_t']).reshape(len(spec['x']), H)
print('max |h_t torch - unroll|:', np.abs(out[0].detach().numpy() - hs).max())
print('loss torch', loss.item(), 'unroll', tr['loss'], 'diff', abs(loss.item() - tr['loss']))
g = {k: np.array(v) for k, v in tr['grads'].items()}
gih, ghh = gru.weight_ih_l0.grad.numpy(), gru.weight_hh_l0.grad.numpy()
bih, bhh = gru.bias_ih_l0.grad.numpy(), gru.bias_hh_l0.grad.numpy()
torch_grads = {
  'Wr': np.hstack([ghh[:H], gih[:H]]), 'Wz': np.hstack([ghh[H:2*H], gih[H:2*H]]),
  'Wxn': gih[2*H:], 'Whn': ghh[2*H:],
  'br': bih[:H, None], 'bz': bih[H:2*H, None], 'bxn': bih[2*H:, None], 'bhn': bhh[2*H:, None],
  'Why': lin.weight.grad.numpy(), 'by': lin.bias.grad.numpy()[None],
}
for k, v in torch_grads.items():
    rel = np.abs(v - g[k]).max() / np.abs(v).max()
    print(f'{k:4s} max rel diff {rel:.1e}')
# b_hh's r and z parts get the same gradient as b_ih's: br = b_ir + b_hr.
print('b_hr grad == b_ir grad:', np.allclose(bhh[:2*H], bih[:2*H], rtol=0, atol=1e-15))
