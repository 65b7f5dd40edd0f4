"""Numpy-only baseline: MFCC statistics of 1.5 s windows inside Silero VAD speech, agglomerative
clustering (cosine, average linkage), optional GMM/Viterbi resegmentation.

Research code for the mono-call speaker issue: see README.md beside it.
"""

from __future__ import annotations

import numpy as np
from scipy.fft import dct
from scipy.cluster.hierarchy import linkage, fcluster

SR = 16000


def mel_filterbank(n_fft, n_mels, sr, fmin=100, fmax=3800):
    def hz2mel(f): return 2595 * np.log10(1 + f / 700)
    def mel2hz(m): return 700 * (10 ** (m / 2595) - 1)
    mels = np.linspace(hz2mel(fmin), hz2mel(fmax), n_mels + 2)
    bins = np.floor((n_fft + 1) * mel2hz(mels) / sr).astype(int)
    fb = np.zeros((n_mels, n_fft // 2 + 1))
    for i in range(n_mels):
        a, b, c = bins[i], bins[i + 1], bins[i + 2]
        for k in range(a, b):
            fb[i, k] = (k - a) / max(1, b - a)
        for k in range(b, c):
            fb[i, k] = (c - k) / max(1, c - b)
    return fb


def mfcc(x, n_mfcc=20, win=400, hop=160, n_fft=512, n_mels=40):
    x = np.append(x[0], x[1:] - 0.97 * x[:-1])
    n = 1 + max(0, (len(x) - win) // hop)
    idx = np.arange(win)[None, :] + hop * np.arange(n)[:, None]
    frames = x[idx] * np.hamming(win)
    spec = np.abs(np.fft.rfft(frames, n_fft)) ** 2
    fb = mel_filterbank(n_fft, n_mels, SR)
    logmel = np.log(spec @ fb.T + 1e-10)
    c = dct(logmel, type=2, axis=1, norm="ortho")[:, 1:n_mfcc + 1]
    energy = logmel.mean(axis=1)
    return c, energy


def speech_regions(samples):
    from faster_whisper.vad import VadOptions, get_speech_timestamps
    found = get_speech_timestamps(samples, VadOptions(min_silence_duration_ms=160, speech_pad_ms=30), sampling_rate=SR)
    return [(r["start"] / SR, r["end"] / SR) for r in found]


def diarize(samples, n_speakers=2, seg=1.5, step=0.75, reseg=True):
    feats, energy = mfcc(samples)
    feats = (feats - feats.mean(0)) / (feats.std(0) + 1e-8)
    fps = 100
    regions = speech_regions(samples)
    speech = np.zeros(len(feats), bool)
    for s, e in regions:
        speech[int(s * fps):int(e * fps)] = True
    # windows
    wins = []
    for s, e in regions:
        t = s
        while True:
            end = min(t + seg, e)
            if end - t >= 0.4 or (t == s):
                wins.append((t, end))
            if end >= e:
                break
            t += step
    emb = []
    for s, e in wins:
        f = feats[int(s * fps):int(e * fps)]
        if len(f) < 2:
            f = feats[int(s * fps):int(s * fps) + 2]
        emb.append(np.concatenate([f.mean(0), f.std(0)]))
    emb = np.array(emb)
    emb = (emb - emb.mean(0)) / (emb.std(0) + 1e-8)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-8
    Z = linkage(emb, method="average", metric="cosine")
    labels = fcluster(Z, n_speakers, criterion="maxclust") - 1
    # frame labels by majority of windows covering each frame
    votes = np.zeros((len(feats), n_speakers))
    for (s, e), l in zip(wins, labels):
        votes[int(s * fps):int(e * fps), l] += 1
    frame = votes.argmax(1)
    if reseg:
        frame = resegment(feats, speech, frame, n_speakers)
    # to segments
    out = []
    cur = None
    for i in range(len(feats)):
        if not speech[i]:
            if cur: out.append(cur); cur = None
            continue
        l = frame[i]
        if cur and cur[2] == l:
            cur[1] = (i + 1) / fps
        else:
            if cur: out.append(cur)
            cur = [i / fps, (i + 1) / fps, l]
    if cur: out.append(cur)
    return out


def resegment(feats, speech, frame, k, iters=3, comps=8, switch=-30.0):
    from sklearn.mixture import GaussianMixture
    for _ in range(iters):
        ll = np.zeros((len(feats), k))
        for j in range(k):
            x = feats[speech & (frame == j)]
            if len(x) < comps * 4:
                ll[:, j] = -1e9
                continue
            g = GaussianMixture(comps, covariance_type="diag", random_state=0, max_iter=50).fit(x)
            ll[:, j] = g.score_samples(feats)
        # viterbi with switch penalty
        n = len(feats)
        back = np.zeros((n, k), int)
        score = ll[0].copy()
        for t in range(1, n):
            trans = score[:, None] + np.where(np.eye(k, dtype=bool), 0.0, switch)
            back[t] = trans.argmax(0)
            score = trans.max(0) + ll[t]
        path = np.zeros(n, int)
        path[-1] = score.argmax()
        for t in range(n - 1, 0, -1):
            path[t - 1] = back[t, path[t]]
        frame = path
    return frame


