"""The BiLSTM's forward pass at inference on CPU, in numpy: the same arithmetic as thinc's.

thinc's NumpyOps runs the LSTM through its bundled blis, which selects portable generic
kernels on the machines we measured (see pipeline/ner/ops.py), and does the input projection
of every direction with them. Here the input projection is one numpy (OpenBLAS) product per
direction and layer; the recurrence steps through the time steps with numpy. Gates, their
order (forget, input, output, cell), the weight layout, the initial states and the packed
sequence layout are thinc's (`lstm_forward_training` in thinc/backends/numpy_ops.pyx), so
the outputs agree to float32 rounding (tests/test_ner_config.py compares them) and the
shipped ner's entities are unchanged. Training keeps thinc's own forward and backward.
"""
from __future__ import annotations

import numpy
from thinc.api import NumpyOps
from thinc.layers.lstm import _packed_to_padded, _padded_to_packed
from thinc.layers.lstm import forward as thinc_lstm_forward
from thinc.types import Ragged


def lstm_forward_inference(params, H0, C0, X, size_at_t) -> numpy.ndarray:
    """Outputs of a (bi)LSTM over packed sequences: X is (N, nI), the rows of time step t
    follow those of t - 1, and size_at_t[t] sequences (the longest first) are alive at t.
    Returns (N, dirs × nO): each direction's hidden state, forward first."""
    depth, dirs, nO = H0.shape
    sizes = [int(b) for b in size_at_t]
    starts = numpy.concatenate([[0], numpy.cumsum(sizes)]).tolist()
    at = 0  # where the next layer's weights start in params
    for layer in range(depth):
        n_in = X.shape[1]
        outputs = []
        for direction in range(dirs):
            Wx = params[at : at + 4 * nO * n_in].reshape(4 * nO, n_in)
            at += 4 * nO * n_in
            bx = params[at : at + 4 * nO]
            at += 4 * nO
            Wh = params[at : at + 4 * nO * nO].reshape(4 * nO, nO)
            at += 4 * nO * nO
            bh = params[at : at + 4 * nO]
            at += 4 * nO
            G = X @ Wx.T
            G += bx + bh
            WhT = numpy.ascontiguousarray(Wh.T)
            # thinc passes (H0, C0) where its function names them (c_init, h_init)
            h = numpy.repeat(C0[layer, direction][None, :], sizes[0] if sizes else 0, axis=0)
            c = numpy.repeat(H0[layer, direction][None, :], sizes[0] if sizes else 0, axis=0)
            Y = numpy.empty((X.shape[0], nO), dtype=numpy.float32)
            steps = range(len(sizes)) if direction == 0 else range(len(sizes) - 1, -1, -1)
            for t in steps:
                b, s = sizes[t], starts[t]
                g = G[s : s + b] + h[:b] @ WhT
                sig = 1.0 / (1.0 + numpy.exp(-g[:, : 3 * nO]))
                cell = sig[:, :nO] * c[:b] + sig[:, nO : 2 * nO] * numpy.tanh(g[:, 3 * nO :])
                c[:b] = cell
                h[:b] = Y[s : s + b] = numpy.tanh(cell) * sig[:, 2 * nO :]
            outputs.append(Y)
        X = numpy.concatenate(outputs, axis=1) if dirs > 1 else outputs[0]
    return X


def numpy_lstm_forward(model, Xp, is_train: bool):
    """thinc's LSTM forward, with `lstm_forward_inference` above when not training on CPU."""
    if is_train or type(model.ops) is not NumpyOps:
        return thinc_lstm_forward(model, Xp, is_train)
    Xr = _padded_to_packed(model.ops, Xp)
    HC0 = model.get_param("HC0")
    Y = lstm_forward_inference(model.get_param("LSTM"), HC0[0], HC0[1], Xr.data, Xr.lengths)
    return _packed_to_padded(model.ops, Ragged(Y, Xr.lengths), Xp), lambda dYp: None
