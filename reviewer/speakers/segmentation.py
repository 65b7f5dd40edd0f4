"""Who speaks in each 10 s window: pyannote segmentation-3.0 (PyanNet).

SincNet, four bidirectional LSTM layers and a powerset classifier (up to three local speakers per
window), from the installed weights (models.SEGMENTATION) in float32. `PyanNet` is the forward
pass in numpy (the reference); `activity` runs the same weights as an ONNX graph (`graph`),
which is several times faster (onnx_graph).
"""

from __future__ import annotations

import threading

import numpy as np

from . import models, onnx_graph, torch_weights

SAMPLE_RATE = 16000
WINDOW = 10 * SAMPLE_RATE  # samples per window
FRAMES = 589  # output frames per window
FRAME_STEP = 270  # samples between output frames
FRAME_SPAN = 991  # samples seen by one output frame (its receptive field)
# powerset classes: none, {0}, {1}, {2}, {0,1}, {0,2}, {1,2}
POWERSET = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [1, 0, 1], [0, 1, 1]], np.uint8)

_lock = threading.Lock()
_model: "PyanNet | None" = None
_session = None


def model() -> "PyanNet":
    """The loaded model (once per process); ModelsMissing when its weights are not installed."""
    global _model
    with _lock:
        if _model is None:
            _model = PyanNet(torch_weights.load_state(models.model_path(models.SEGMENTATION))["state_dict"])
        return _model


def _runner():
    global _session
    net = model()
    with _lock:
        if _session is None:
            _session = onnx_graph.session(graph(net))
        return _session


def logits(windows: np.ndarray) -> np.ndarray:
    """(B, WINDOW) float32 samples -> (B, FRAMES, 7) powerset logits, by ONNX Runtime."""
    wav = np.ascontiguousarray(np.asarray(windows, dtype=np.float32)[:, None, :])
    return _runner().run(None, {"wav": wav})[0]


def activity(windows: np.ndarray) -> np.ndarray:
    """(B, WINDOW) float32 samples -> (B, FRAMES, 3) uint8 local speaker activity."""
    return POWERSET[logits(windows).argmax(-1)]


def graph(net: "PyanNet") -> bytes:
    """The network as an ONNX graph: wav (B, 1, WINDOW) -> logits (B, FRAMES, 7)."""
    p, g = net.p, onnx_graph.Graph()
    x = g.op("InstanceNormalization", "wav", g.const(p["sincnet.wav_norm1d.weight"]), g.const(p["sincnet.wav_norm1d.bias"]))
    x = g.op("Abs", g.op("Conv", x, g.const(net.filters.T[:, None, :]), strides=[10]))
    for i in range(3):
        if i:
            x = g.op("Conv", x, g.const(p[f"sincnet.conv1d.{i}.weight"]), g.const(p[f"sincnet.conv1d.{i}.bias"]))
        x = g.op("MaxPool", x, kernel_shape=[3], strides=[3])
        x = g.op("InstanceNormalization", x, g.const(p[f"sincnet.norm1d.{i}.weight"]), g.const(p[f"sincnet.norm1d.{i}.bias"]))
        x = g.op("LeakyRelu", x, alpha=0.01)
    x = g.op("Transpose", x, perm=[2, 0, 1])  # (T, B, 60): ONNX's LSTM takes time first

    def gates(w):  # PyTorch orders the gates i, f, g, o; ONNX i, o, f, c
        i, f, c, o = np.split(w, 4, axis=0)
        return np.concatenate([i, o, f, c], 0)

    for layer in range(4):
        sides = ("", "_reverse")
        w = np.stack([gates(p[f"lstm.weight_ih_l{layer}{s}"]) for s in sides])
        r = np.stack([gates(p[f"lstm.weight_hh_l{layer}{s}"]) for s in sides])
        b = np.stack([np.concatenate([gates(p[f"lstm.bias_ih_l{layer}{s}"]), gates(p[f"lstm.bias_hh_l{layer}{s}"])]) for s in sides])
        y = g.op("LSTM", x, g.const(w), g.const(r), g.const(b), hidden_size=128, direction="bidirectional")
        x = g.op("Reshape", g.op("Transpose", y, perm=[0, 2, 1, 3]), g.ints(0, 0, 256))  # (T, B, 2 x 128)
    for name in ("linear.0", "linear.1"):
        x = g.op("LeakyRelu", g.op("Add", g.op("MatMul", x, g.const(p[name + ".weight"].T)), g.const(p[name + ".bias"])), alpha=0.01)
    x = g.op("Add", g.op("MatMul", x, g.const(p["classifier.weight"].T)), g.const(p["classifier.bias"]))
    out = g.op("Transpose", x, perm=[1, 0, 2])
    return g.model("segmentation-3.0", [("wav", ["batch", 1, WINDOW])], ("logits", ["batch", FRAMES, 7]), out)


def _inorm(x, w, b, eps=1e-5):  # x (B, C, T): instance norm with affine parameters
    m = x.mean(-1, keepdims=True)
    v = x.var(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * w[None, :, None] + b[None, :, None]


def _lrelu(x):
    return np.maximum(x, 0.01 * x)


def _pool3(x):
    t = x.shape[-1] // 3
    return x[..., : t * 3].reshape(*x.shape[:-1], t, 3).max(-1)


def _conv1d(x, w, b):  # x (B, Cin, T), w (Cout, Cin, K), stride 1, no padding
    cout, cin, k = w.shape
    win = np.lib.stride_tricks.sliding_window_view(x, k, axis=-1)  # (B, Cin, Tout, K)
    win = win.transpose(0, 2, 1, 3).reshape(x.shape[0], -1, cin * k)
    return (win @ w.reshape(cout, cin * k).T).transpose(0, 2, 1) + b[None, :, None]


def _sigmoid(x):
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class PyanNet:
    def __init__(self, state: dict):
        self.p = {k: np.asarray(v, dtype=np.float32) for k, v in state.items()}
        self.filters = self._sinc_filters()

    def _sinc_filters(self) -> np.ndarray:
        p = self.p
        min_low, min_band = 50.0, 50.0
        low = min_low + np.abs(p["sincnet.conv1d.0.filterbank.low_hz_"])
        high = np.clip(low + min_band + np.abs(p["sincnet.conv1d.0.filterbank.band_hz_"]), min_low, SAMPLE_RATE / 2)
        n_ = p["sincnet.conv1d.0.filterbank.n_"]
        window = p["sincnet.conv1d.0.filterbank.window_"]
        band = (high - low)[:, 0]
        ft_low, ft_high = low @ n_, high @ n_
        left = ((np.sin(ft_high) - np.sin(ft_low)) / (n_ / 2)) * window
        cos = np.concatenate([left, 2 * band[:, None], left[:, ::-1]], 1) / (2 * band[:, None])
        left = ((np.cos(ft_low) - np.cos(ft_high)) / (n_ / 2)) * window
        sin = np.concatenate([left, np.zeros((len(band), 1)), -left[:, ::-1]], 1) / (2 * band[:, None])
        return np.ascontiguousarray(np.concatenate([cos, sin], 0).T, dtype=np.float32)  # (251, 80)

    def _sincnet(self, wav: np.ndarray) -> np.ndarray:  # (B, S) -> (B, T, 60)
        p = self.p
        x = _inorm(wav[:, None, :], p["sincnet.wav_norm1d.weight"], p["sincnet.wav_norm1d.bias"])[:, 0]
        taps = self.filters.shape[0]
        # the sinc filters slide with a stride of 10 samples: one matrix product per window
        out = np.stack([np.lib.stride_tricks.sliding_window_view(row, taps)[::10] @ self.filters for row in x])
        x = np.abs(out.transpose(0, 2, 1))
        x = _lrelu(_inorm(_pool3(x), p["sincnet.norm1d.0.weight"], p["sincnet.norm1d.0.bias"]))
        x = _conv1d(x, p["sincnet.conv1d.1.weight"], p["sincnet.conv1d.1.bias"])
        x = _lrelu(_inorm(_pool3(x), p["sincnet.norm1d.1.weight"], p["sincnet.norm1d.1.bias"]))
        x = _conv1d(x, p["sincnet.conv1d.2.weight"], p["sincnet.conv1d.2.bias"])
        x = _lrelu(_inorm(_pool3(x), p["sincnet.norm1d.2.weight"], p["sincnet.norm1d.2.bias"]))
        return np.ascontiguousarray(x.transpose(0, 2, 1), dtype=np.float32)

    def _lstm(self, x: np.ndarray, layer: int, reverse: bool, out: np.ndarray) -> None:
        p, sfx = self.p, f"l{layer}" + ("_reverse" if reverse else "")
        pre = x @ p[f"lstm.weight_ih_{sfx}"].T + (p[f"lstm.bias_ih_{sfx}"] + p[f"lstm.bias_hh_{sfx}"])
        whh = np.ascontiguousarray(p[f"lstm.weight_hh_{sfx}"].T)
        b, t, _ = x.shape
        h = np.zeros((b, 128), np.float32)
        c = np.zeros((b, 128), np.float32)
        for i in (range(t - 1, -1, -1) if reverse else range(t)):
            g = pre[:, i] + h @ whh
            s = _sigmoid(g[:, :256])
            c = s[:, 128:] * c + s[:, :128] * np.tanh(g[:, 256:384])
            h = _sigmoid(g[:, 384:]) * np.tanh(c)
            out[:, i] = h

    def __call__(self, wav: np.ndarray) -> np.ndarray:  # (B, WINDOW) -> (B, FRAMES, 7) logits
        x = self._sincnet(np.asarray(wav, dtype=np.float32))
        for layer in range(4):
            y = np.empty(x.shape[:2] + (256,), np.float32)
            self._lstm(x, layer, False, y[..., :128])
            self._lstm(x, layer, True, y[..., 128:])
            x = y
        p = self.p
        x = _lrelu(x @ p["linear.0.weight"].T + p["linear.0.bias"])
        x = _lrelu(x @ p["linear.1.weight"].T + p["linear.1.bias"])
        return x @ p["classifier.weight"].T + p["classifier.bias"]
