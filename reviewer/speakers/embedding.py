"""Voice embeddings: the CAM++ speaker model (3D-Speaker's CAMPPlus, 192 dimensions).

The forward pass follows speakerlab/models/campplus (DTDNN.py, layers.py) layer by layer, in
eval mode, from the installed state dict `campplus_cn_en_common.pt` (see models.py). `_forward`
is that pass in numpy (the reference, channels-last so every convolution is a few BLAS matrix
products); `embed_many` runs the same prepared weights as an ONNX graph (`graph`, onnx_graph),
about four times faster, up to the frame statistics, which stay in numpy. Chunks of the same
length are batched together; different lengths are not padded, since the model's means over
time would then change.
"""

from __future__ import annotations

import threading

import numpy as np

from . import fbank as _fbank
from . import models, onnx_graph, torch_weights

SAMPLE_RATE = _fbank.SAMPLE_RATE
DIM = 192
MIN_SAMPLES = SAMPLE_RATE // 2  # 0.5 s: shorter chunks carry too little voice to compare
_BN_EPS = 1e-5
_BATCH_FRAMES = 6000  # frames per batch (60 s of speech): bounds the head's memory to ~100 MB
_TILE = 1000  # frames per im2col tile of the head: ~46 MB of columns
_BLOCKS = ((12, 1), (24, 2), (16, 2))  # (layers, dilation) of the three dense TDNN blocks

_lock = threading.Lock()
_weights: dict | None = None
_session = None


def embed(samples: np.ndarray) -> np.ndarray:
    """One L2-normalised float32 (DIM,) embedding of 16 kHz mono float32 samples in [-1, 1]."""
    return embed_many([samples])[0]


def embed_many(chunks: list[np.ndarray]) -> np.ndarray:
    """(len(chunks), DIM) L2-normalised embeddings; equal-length chunks run as one batch."""
    out = np.zeros((len(chunks), DIM), dtype=np.float32)
    if not chunks:
        return out
    feats = []
    for i, chunk in enumerate(chunks):
        chunk = np.asarray(chunk, dtype=np.float32)
        if chunk.ndim != 1:
            raise ValueError(f"chunk {i}: expected mono samples, got shape {chunk.shape}")
        if len(chunk) < MIN_SAMPLES:
            raise ValueError(f"chunk {i}: {len(chunk)} samples is shorter than 0.5 s at {SAMPLE_RATE} Hz")
        feats.append(_fbank.fbank(chunk))
    by_length: dict[int, list[int]] = {}
    for i, f in enumerate(feats):
        by_length.setdefault(len(f), []).append(i)
    w = _load()
    for length, indexes in by_length.items():
        step = max(1, _BATCH_FRAMES // length)
        for start in range(0, len(indexes), step):
            part = indexes[start : start + step]
            out[part] = _run(w, np.stack([feats[i] for i in part]))
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)


# --- weights -------------------------------------------------------------------------------


def _load() -> dict:
    global _weights
    with _lock:
        if _weights is None:
            _weights = _prepare(torch_weights.load_state(models.model_path(models.EMBEDDING)))
        return _weights


def _bn(state: dict, prefix: str) -> tuple[np.ndarray, np.ndarray]:
    """Eval-mode batch norm as scale and shift (affine=False layers have no weight/bias)."""
    scale = 1.0 / np.sqrt(state[prefix + "running_var"].astype(np.float64) + _BN_EPS)
    shift = -state[prefix + "running_mean"] * scale
    if prefix + "weight" in state:
        scale, shift = scale * state[prefix + "weight"], shift * state[prefix + "weight"] + state[prefix + "bias"]
    return scale.astype(np.float32), shift.astype(np.float32)


def _conv2d_taps(weight: np.ndarray) -> np.ndarray:
    """(out, in, kh, kw) -> (kh, kw, in, out), one matrix per kernel tap."""
    return np.ascontiguousarray(weight.transpose(2, 3, 1, 0))


def _conv1d_taps(weight: np.ndarray) -> np.ndarray:
    """(out, in, k) -> (k, in, out)."""
    return np.ascontiguousarray(weight.transpose(2, 1, 0))


def _prepare(s: dict) -> dict:
    w: dict = {"conv1": _conv2d_taps(s["head.conv1.weight"]), "bn1": _bn(s, "head.bn1."),
               "conv2": _conv2d_taps(s["head.conv2.weight"]), "bn2": _bn(s, "head.bn2."), "res": []}
    for layer in ("layer1", "layer2"):
        for n in range(2):
            p = f"head.{layer}.{n}."
            block = {"stride": 2 if n == 0 else 1,
                     "conv1": _conv2d_taps(s[p + "conv1.weight"]), "bn1": _bn(s, p + "bn1."),
                     "conv2": _conv2d_taps(s[p + "conv2.weight"]), "bn2": _bn(s, p + "bn2.")}
            if p + "shortcut.0.weight" in s:
                block["shortcut"] = (_conv2d_taps(s[p + "shortcut.0.weight"]), _bn(s, p + "shortcut.1."))
            w["res"].append(block)
    w["tdnn"] = (_conv1d_taps(s["xvector.tdnn.linear.weight"]), _bn(s, "xvector.tdnn.nonlinear.batchnorm."))
    w["blocks"] = []
    for b, (count, dilation) in enumerate(_BLOCKS, start=1):
        layers = []
        for n in range(1, count + 1):
            p = f"xvector.block{b}.tdnnd{n}."
            scale, shift = _bn(s, p + "nonlinear2.batchnorm.")
            # linear1 then batch norm with no ReLU between: one matrix and a bias
            linear1 = s[p + "linear1.weight"][:, :, 0].T * scale
            layers.append({
                "bn1": _bn(s, p + "nonlinear1.batchnorm."),
                "linear1": (np.ascontiguousarray(linear1, dtype=np.float32), shift),
                "local": _conv1d_taps(s[p + "cam_layer.linear_local.weight"]),
                "ctx1": (np.ascontiguousarray(s[p + "cam_layer.linear1.weight"][:, :, 0].T), s[p + "cam_layer.linear1.bias"]),
                "ctx2": (np.ascontiguousarray(s[p + "cam_layer.linear2.weight"][:, :, 0].T), s[p + "cam_layer.linear2.bias"]),
            })
        transit = (_bn(s, f"xvector.transit{b}.nonlinear.batchnorm."),
                   np.ascontiguousarray(s[f"xvector.transit{b}.linear.weight"][:, :, 0].T))
        w["blocks"].append((dilation, layers, transit))
    w["out_bn"] = _bn(s, "xvector.out_nonlinear.batchnorm.")
    w["dense"] = (np.ascontiguousarray(s["xvector.dense.linear.weight"][:, :, 0].T), _bn(s, "xvector.dense.nonlinear.batchnorm."))
    return w


# --- ONNX graph ----------------------------------------------------------------------------


def _run(w: dict, feats: np.ndarray) -> np.ndarray:
    """(B, T, 80) features -> (B, DIM) embeddings (not normalised), as _forward, by ONNX Runtime."""
    global _session
    with _lock:
        if _session is None:
            _session = onnx_graph.session(graph(w))
    frames = _session.run(None, {"feats": np.ascontiguousarray(feats.transpose(0, 2, 1), dtype=np.float32)})[0]
    return _pool(w, frames.transpose(0, 2, 1))


def _pool(w: dict, x: np.ndarray) -> np.ndarray:
    """(B, T, 512) frame outputs -> (B, DIM): mean and standard deviation, then the dense layer."""
    stats = np.concatenate([x.mean(axis=1), x.std(axis=1, ddof=1)], axis=1)
    dense, bn = w["dense"]
    return _bn_relu(stats @ dense, bn, relu=False)


def graph(w: dict) -> bytes:
    """CAM++ up to its statistics pooling as an ONNX graph, channels first:
    feats (B, 80, T) -> frames (B, 512, T / 2). Batch norms are folded into the convolutions
    before them where there is one, else applied as a scale and a shift."""
    g = onnx_graph.Graph()

    def bn(x, params, relu=True):
        scale, shift = params
        y = g.op("Add", g.op("Mul", x, g.const(scale[:, None])), g.const(shift[:, None]))
        return g.op("Relu", y) if relu else y

    def conv2d(x, taps, params, stride_h, relu=True):  # taps (kh, kw, in, out), then a batch norm
        kh = taps.shape[0]
        scale, shift = params
        weight = taps.transpose(3, 2, 0, 1) * scale[:, None, None, None]
        pad = kh // 2
        y = g.op("Conv", x, g.const(weight), g.const(shift), strides=[stride_h, 1], pads=[pad] * 4)
        return g.op("Relu", y) if relu else y

    def conv1d(x, taps, stride=1, dilation=1, bias=None):  # taps (k, in, out)
        pad = (taps.shape[0] - 1) // 2 * dilation
        inputs = [x, g.const(taps.transpose(2, 1, 0))] + ([g.const(bias)] if bias is not None else [])
        return g.op("Conv", *inputs, strides=[stride], dilations=[dilation], pads=[pad, pad])

    def linear(x, matrix, bias=None):  # matrix (in, out), over every frame
        return conv1d(x, matrix[None], bias=bias)

    x = g.op("Unsqueeze", "feats", g.ints(1))  # (B, 1 channel, 80 frequency, T)
    x = conv2d(x, w["conv1"], w["bn1"], 1)
    for block in w["res"]:
        y = conv2d(x, block["conv1"], block["bn1"], block["stride"])
        y = conv2d(y, block["conv2"], block["bn2"], 1, relu=False)
        if "shortcut" in block:
            x = conv2d(x, *block["shortcut"], block["stride"], relu=False)
        x = g.op("Relu", g.op("Add", y, x))
    x = conv2d(x, w["conv2"], w["bn2"], 2)  # (B, 32, 10, T)
    x = g.op("Reshape", x, g.ints(0, 320, -1))  # channel-major, as torch
    taps, params = w["tdnn"]
    x = bn(conv1d(x, taps, stride=2), params)
    length = g.op("Gather", g.op("Shape", x), g.ints(2), axis=0)
    for dilation, layers, (transit_bn, transit) in w["blocks"]:
        dense = x
        for layer in layers:
            h = bn(dense, layer["bn1"])
            h = g.op("Relu", linear(h, *layer["linear1"]))
            y = conv1d(h, layer["local"], dilation=dilation)
            # context: the mean over the chunk plus the mean of each frame's 100-frame segment
            segment = g.op("AveragePool", h, kernel_shape=[100], strides=[100], ceil_mode=1, count_include_pad=0)
            segment = g.op("Expand", g.op("Unsqueeze", segment, g.ints(3)), g.ints(1, 1, 1, 100))
            segment = g.op("Slice", g.op("Reshape", segment, g.ints(0, 0, -1)), g.ints(0), length, g.ints(2))
            context = g.op("Add", g.op("ReduceMean", h, g.ints(2), keepdims=1), segment)
            context = g.op("Relu", linear(context, *layer["ctx1"]))
            gate = g.op("Sigmoid", linear(context, *layer["ctx2"]))
            dense = g.op("Concat", dense, g.op("Mul", y, gate), axis=1)
        x = linear(bn(dense, transit_bn), transit)
    out = bn(x, w["out_bn"])
    return g.model("campplus", [("feats", ["batch", 80, "frames"])], ("frames", ["batch", 512, "half_frames"]), out)


# --- forward pass (numpy reference) --------------------------------------------------------------------------


def _bn_relu(x: np.ndarray, bn, relu: bool = True) -> np.ndarray:
    y = x * bn[0] + bn[1]
    return np.maximum(y, 0.0, out=y) if relu else y


def _conv2d(x: np.ndarray, taps: np.ndarray, stride_h: int) -> np.ndarray:
    """x (B, H, W, C), 'same' padding, stride along H (frequency) only -> (B, H', W, O).

    im2col, one matrix product per tile of _TILE output frames (bounds the column buffer)."""
    kh, kw, c, o = taps.shape
    pad = kh // 2
    if pad:
        x = np.pad(x, ((0, 0), (pad, pad), (pad, pad), (0, 0)))
    b, hp, wp, _ = x.shape
    h_out = (hp - kh) // stride_h + 1
    w_out = wp - kw + 1
    matrix = taps.reshape(kh * kw * c, o)
    out = np.empty((b, h_out, w_out, o), dtype=np.float32)
    for w0 in range(0, w_out, _TILE):
        w1 = min(w_out, w0 + _TILE)
        cols = np.empty((b, h_out, w1 - w0, kh * kw, c), dtype=np.float32)
        for i in range(kh):
            for j in range(kw):
                cols[:, :, :, i * kw + j] = x[:, i : i + stride_h * (h_out - 1) + 1 : stride_h, w0 + j : w1 + j, :]
        out[:, :, w0:w1] = (cols.reshape(-1, kh * kw * c) @ matrix).reshape(b, h_out, w1 - w0, o)
    return out


def _conv1d(x: np.ndarray, taps: np.ndarray, *, stride: int = 1, dilation: int = 1) -> np.ndarray:
    """x (B, T, C), 'same' padding -> (B, T', O), as one matrix product over the stacked taps."""
    k, c, o = taps.shape
    pad = (k - 1) // 2 * dilation
    x = np.pad(x, ((0, 0), (pad, pad), (0, 0)))
    b = x.shape[0]
    t_out = (x.shape[1] - dilation * (k - 1) - 1) // stride + 1
    cols = np.empty((b, t_out, k, c), dtype=np.float32)
    for i in range(k):
        start = i * dilation
        cols[:, :, i] = x[:, start : start + stride * (t_out - 1) + 1 : stride, :]
    return (cols.reshape(-1, k * c) @ taps.reshape(k * c, o)).reshape(b, t_out, o)


def _head(w: dict, feats: np.ndarray) -> np.ndarray:
    """FCM: (B, T, 80) features -> (B, T, 320)."""
    x = feats.transpose(0, 2, 1)[..., None]  # (B, 80 frequency, T, 1 channel)
    x = _bn_relu(_conv2d(x, w["conv1"], 1), w["bn1"])
    for block in w["res"]:
        y = _bn_relu(_conv2d(x, block["conv1"], block["stride"]), block["bn1"])
        y = _bn_relu(_conv2d(y, block["conv2"], 1), block["bn2"], relu=False)
        if "shortcut" in block:
            taps, bn = block["shortcut"]
            x = _bn_relu(_conv2d(x, taps, block["stride"]), bn, relu=False)
        y += x
        x = np.maximum(y, 0.0, out=y)
    x = _bn_relu(_conv2d(x, w["conv2"], 2), w["bn2"])  # (B, 10, T, 32)
    b, h, t, c = x.shape
    return np.ascontiguousarray(x.transpose(0, 2, 3, 1)).reshape(b, t, c * h)  # channel-major, as torch


def _segment_means(x: np.ndarray, seg: int = 100) -> np.ndarray:
    """Each frame replaced by the mean of its 100-frame segment (the last one may be shorter)."""
    t = x.shape[1]
    starts = np.arange(0, t, seg)
    means = np.add.reduceat(x, starts, axis=1) / np.diff(np.append(starts, t))[None, :, None]
    return np.repeat(means, np.diff(np.append(starts, t)), axis=1)


def _cam_layer(layer: dict, x: np.ndarray, dilation: int) -> np.ndarray:
    h = _bn_relu(x, layer["bn1"])
    h = h @ layer["linear1"][0] + layer["linear1"][1]
    h = np.maximum(h, 0.0, out=h)
    y = _conv1d(h, layer["local"], dilation=dilation)
    context = h.mean(axis=1, keepdims=True) + _segment_means(h)
    context = np.maximum(context @ layer["ctx1"][0] + layer["ctx1"][1], 0.0)
    gate = 1.0 / (1.0 + np.exp(-(context @ layer["ctx2"][0] + layer["ctx2"][1])))
    return y * gate


def _forward(w: dict, feats: np.ndarray) -> np.ndarray:
    """(B, T, 80) mean-normalised features -> (B, DIM) embeddings (not normalised)."""
    x = _head(w, feats.astype(np.float32))
    taps, bn = w["tdnn"]
    x = _bn_relu(_conv1d(x, taps, stride=2), bn)
    for dilation, layers, (transit_bn, transit) in w["blocks"]:
        growth = layers[0]["local"].shape[2]
        width = x.shape[2]
        dense = np.empty(x.shape[:2] + (width + growth * len(layers),), dtype=np.float32)
        dense[..., :width] = x
        for layer in layers:
            dense[..., width : width + growth] = _cam_layer(layer, dense[..., :width], dilation)
            width += growth
        x = _bn_relu(dense, transit_bn) @ transit
    return _pool(w, _bn_relu(x, w["out_bn"]))
