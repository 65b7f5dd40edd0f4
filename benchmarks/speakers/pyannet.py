"""pyannote segmentation-3.0 (PyanNet: SincNet, 4 bidirectional LSTM layers, powerset output for up
to 3 speakers per 10 s window) run in numpy from its published weights, plus overlap stitching of
the windows' local speakers into speakers of the whole recording.

Research code for the mono-call speaker issue: see README.md beside it.
"""

from __future__ import annotations

import numpy as np

from reviewer.speakers.torch_weights import load_state

SR = 16000


def _inorm(x, w, b, eps=1e-5):  # x (B, C, T)
    m = x.mean(-1, keepdims=True)
    v = x.var(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * w[None, :, None] + b[None, :, None]


def _lrelu(x):
    return np.where(x > 0, x, 0.01 * x)


def _pool3(x):
    T = x.shape[-1] // 3
    return x[..., : T * 3].reshape(*x.shape[:-1], T, 3).max(-1)


def _conv1d(x, w, b, stride=1):  # x (B, Cin, T), w (Cout, Cin, K)
    Cout, Cin, K = w.shape
    win = np.lib.stride_tricks.sliding_window_view(x, K, axis=-1)[:, :, ::stride]  # (B, Cin, Tout, K)
    win = win.transpose(0, 2, 1, 3).reshape(x.shape[0], -1, Cin * K)
    return (win @ w.reshape(Cout, Cin * K).T).transpose(0, 2, 1) + b[None, :, None]


class PyanNet:
    def __init__(self, path):
        sd = load_state(path)["state_dict"]
        self.p = {k: np.asarray(v, dtype=np.float32) for k, v in sd.items()}
        self.filters = self._sinc_filters()

    def _sinc_filters(self):
        p = self.p
        min_low, min_band = 50.0, 50.0
        low = min_low + np.abs(p["sincnet.conv1d.0.filterbank.low_hz_"])
        high = np.clip(low + min_band + np.abs(p["sincnet.conv1d.0.filterbank.band_hz_"]), min_low, SR / 2)
        n_ = p["sincnet.conv1d.0.filterbank.n_"]
        window = p["sincnet.conv1d.0.filterbank.window_"]
        band = (high - low)[:, 0]
        ft_low, ft_high = low @ n_, high @ n_
        left = ((np.sin(ft_high) - np.sin(ft_low)) / (n_ / 2)) * window
        cos = np.concatenate([left, 2 * band[:, None], left[:, ::-1]], 1) / (2 * band[:, None])
        left = ((np.cos(ft_low) - np.cos(ft_high)) / (n_ / 2)) * window
        sin = np.concatenate([left, np.zeros((len(band), 1)), -left[:, ::-1]], 1) / (2 * band[:, None])
        return np.concatenate([cos, sin], 0).astype(np.float32)  # (80, 251)

    def sincnet(self, wav):  # wav (B, S)
        p = self.p
        x = wav[:, None, :]
        x = _inorm(x, p["sincnet.wav_norm1d.weight"], p["sincnet.wav_norm1d.bias"])
        # The sinc filters slide with a stride of 10 samples: one matrix product over the windows.
        frames = np.lib.stride_tricks.sliding_window_view(x[:, 0], self.filters.shape[1], axis=-1)[:, ::10]
        outs = [(f @ self.filters.T).T for f in frames]
        x = np.abs(np.stack(outs))
        x = _lrelu(_inorm(_pool3(x), p["sincnet.norm1d.0.weight"], p["sincnet.norm1d.0.bias"]))
        x = _conv1d(x, p["sincnet.conv1d.1.weight"], p["sincnet.conv1d.1.bias"])
        x = _lrelu(_inorm(_pool3(x), p["sincnet.norm1d.1.weight"], p["sincnet.norm1d.1.bias"]))
        x = _conv1d(x, p["sincnet.conv1d.2.weight"], p["sincnet.conv1d.2.bias"])
        x = _lrelu(_inorm(_pool3(x), p["sincnet.norm1d.2.weight"], p["sincnet.norm1d.2.bias"]))
        return x.transpose(0, 2, 1)  # (B, T, 60)

    def _lstm_dir(self, x, layer, reverse):
        p, sfx = self.p, f"l{layer}" + ("_reverse" if reverse else "")
        Wih, Whh = p[f"lstm.weight_ih_{sfx}"], p[f"lstm.weight_hh_{sfx}"]
        b = p[f"lstm.bias_ih_{sfx}"] + p[f"lstm.bias_hh_{sfx}"]
        B, T, _ = x.shape
        pre = x @ Wih.T + b  # (B, T, 512)
        h = np.zeros((B, 128), np.float32)
        c = np.zeros((B, 128), np.float32)
        out = np.empty((B, T, 128), np.float32)
        WhhT = Whh.T.copy()
        steps = range(T - 1, -1, -1) if reverse else range(T)
        for t in steps:
            g = pre[:, t] + h @ WhhT
            i = 1 / (1 + np.exp(-g[:, :128]))
            f = 1 / (1 + np.exp(-g[:, 128:256]))
            gg = np.tanh(g[:, 256:384])
            o = 1 / (1 + np.exp(-g[:, 384:]))
            c = f * c + i * gg
            h = o * np.tanh(c)
            out[:, t] = h
        return out

    def __call__(self, wav):  # (B, 160000) -> (B, T, 7) log-probs
        x = self.sincnet(wav.astype(np.float32))
        for layer in range(4):
            x = np.concatenate([self._lstm_dir(x, layer, False), self._lstm_dir(x, layer, True)], -1)
        p = self.p
        x = _lrelu(x @ p["linear.0.weight"].T + p["linear.0.bias"])
        x = _lrelu(x @ p["linear.1.weight"].T + p["linear.1.bias"])
        logits = x @ p["classifier.weight"].T + p["classifier.bias"]
        logits -= logits.max(-1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(-1, keepdims=True))


# powerset: 0 none, 1..3 single, 4 {0,1}, 5 {0,2}, 6 {1,2}
POWERSET = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [1, 0, 1], [0, 1, 1]], np.float32)


def local_activity(model, x, window=10.0, step=2.5, batch=16):
    W = int(window * SR)
    S = int(step * SR)
    starts = list(range(0, max(1, len(x) - W + S), S))
    chunks = []
    for s in starts:
        c = x[s:s + W]
        if len(c) < W:
            c = np.pad(c, (0, W - len(c)))
        chunks.append(c)
    acts = []
    for i in range(0, len(chunks), batch):
        lp = model(np.stack(chunks[i:i + batch]))
        hard = POWERSET[lp.argmax(-1)]  # (B, T, 3)
        acts.append(hard)
    return starts, np.concatenate(acts)


def stitch(starts, acts, total_s, window=10.0):
    from scipy.optimize import linear_sum_assignment
    n_win, T, _ = acts.shape
    fdur = window / T
    n = int(np.ceil(total_s / fdur)) + T
    sums = np.zeros((0, n), np.float32)
    counts = np.zeros(n, np.float32)
    for w in range(n_win):
        f0 = int(round(starts[w] / SR / fdur))
        A = acts[w]
        seen = counts[f0:f0 + T] > 0
        G = sums[:, f0:f0 + T] / np.maximum(counts[f0:f0 + T], 1)  # (K, T)
        mapping = {}
        active = [j for j in range(3) if A[:, j].sum() > 0]
        if len(sums) and seen.any() and active:
            agree = np.array([[(A[seen, j] * G[g, seen]).sum() / max(1.0, A[seen, j].sum()) for g in range(len(sums))]
                              for j in active])
            rows, cols = linear_sum_assignment(-agree)
            for r, c in zip(rows, cols):
                if agree[r, c] > 0.3:
                    mapping[active[r]] = c
        for j in active:
            if j not in mapping:
                sums = np.vstack([sums, np.zeros((1, n), np.float32)])
                mapping[j] = len(sums) - 1
        for j, g in mapping.items():
            sums[g, f0:f0 + T] += A[:, j]
        counts[f0:f0 + T] += 1
    mean = sums / np.maximum(counts, 1)
    return mean, fdur  # (K, n) activity in [0, 1]


def to_segments(activity, fdur, threshold=0.5, min_s=0.0):
    out = []
    for g, row in enumerate(activity):
        on = row > threshold
        i = 0
        while i < len(on):
            if on[i]:
                j = i
                while j < len(on) and on[j]:
                    j += 1
                if (j - i) * fdur >= min_s:
                    out.append((i * fdur, j * fdur, g))
                i = j
            else:
                i += 1
    return out
