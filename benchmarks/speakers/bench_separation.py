"""Speaker separation of mono calls (reviewer.speakers.separation): DER of each variant, and cost.

    .venv/bin/python benchmarks/speakers/bench_separation.py          # DER table
    .venv/bin/python benchmarks/speakers/bench_separation.py --long   # 60-min call: RTF, peak RSS

DER comes from pyannote.metrics (the `bench` extra; it installs without torch), no collar and a
0.25 s collar, overlap scored. Material: ../shared/testdata sample.wav (2 speakers), aepyx_8k.wav
(4 speakers, resampled to 16 kHz), and mono mixes of two-channel calls made here with espeak-ng
(two voices, alternating turns with short gaps and some overlap; truth from the channels).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
AUDIO = REPO.parent / "shared" / "testdata" / "audio"
sys.path[:0] = [str(REPO)]
SR = 16000

VARIANTS = {  # name -> keyword arguments of separate()
    "step 2.5 s, embed every window, top-count": dict(step=2.5, embed_every=1),
    "step 2.5 s, embed every 2nd window": dict(step=2.5, embed_every=2),
    "step 2.5 s, every 2nd, hysteresis 0.5/0.35": dict(step=2.5, embed_every=2, binarise="threshold"),
    "step 5 s, embed every window, all its speech": dict(step=5.0, embed_every=1, embed_seconds=None),
    "step 5 s, embed every window, 5 s (default)": dict(step=5.0, embed_every=1, embed_seconds=5.0),
    "step 5 s, embed every window, 3 s": dict(step=5.0, embed_every=1, embed_seconds=3.0),
    "step 5 s, embed every 2nd window": dict(step=5.0, embed_every=2),
    "step 10 s, embed every window": dict(step=10.0, embed_every=1),
    "default, count detected (threshold)": dict(speakers=None),
}
SENTENCES = {
    "en": ["Good morning, thank you for calling customer support.", "I have a question about my last invoice.",
           "Could you tell me your contract number please?", "Yes, of course, it is four five seven two one.",
           "I can see an extra charge for roaming in March.", "But I did not travel anywhere in March.",
           "Let me check that for you, it will take a minute.", "Thank you, I will wait.",
           "The charge was made by mistake, I will cancel it.", "Great, when will I see the correction?",
           "It will appear on your next invoice.", "Is there anything else I can help you with today?"],
    "ru": ["Добрый день, служба поддержки, меня зовут Анна.", "Здравствуйте, у меня не работает интернет.",
           "Назовите, пожалуйста, номер вашего договора.", "Да, конечно, номер договора сто двадцать три.",
           "Я вижу, что на линии проводятся работы.", "А когда всё починят?",
           "Работы закончатся сегодня до шести часов вечера.", "Хорошо, спасибо за информацию.",
           "Могу я ещё чем-нибудь помочь?", "Нет, спасибо, всего доброго."],
    "lv": ["Labdien, klientu atbalsta dienests, mani sauc Jānis.", "Labdien, man ir jautājums par rēķinu.",
           "Lūdzu, nosauciet savu līguma numuru.", "Jā, protams, līguma numurs ir simts divdesmit trīs.",
           "Es redzu, ka rēķinā ir papildu maksa.", "Bet es to pakalpojumu neizmantoju.",
           "Es to pārbaudīšu, lūdzu, uzgaidiet.", "Paldies, es pagaidīšu.",
           "Maksa tiks atcelta nākamajā rēķinā.", "Paldies, uz redzēšanos."],
}
CALLS = (("en", "en+m3", "en+f3", 70), ("en", "en-us+f2", "en+m1", 120), ("ru", "ru", "ru+f3", 90),
         ("ru", "ru+f2", "ru+m3", 150), ("lv", "lv", "lv+f3", 80), ("lv", "lv+f4", "lv+m2", 170))


def speak(text: str, voice: str, speed: int, tmp: Path) -> np.ndarray:
    from reviewer.transcription.tracks import decode_audio

    out = tmp / "turn.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(out), text], check=True)
    x = decode_audio(out)[0]
    loud = np.nonzero(np.abs(x) > 1e-3)[0]
    return x[loud[0]:loud[-1] + 1] if len(loud) else x


def synthetic_call(lang, voice_a, voice_b, seconds, seed, tmp):
    """(mono mix, truth [(start_s, end_s, label)]) of a two-voice call about `seconds` long."""
    rng = random.Random(seed)
    turns, t, who = [], 0.5, 0
    while t < seconds:
        voice = (voice_a, voice_b)[who]
        x = speak(" ".join(rng.sample(SENTENCES[lang], rng.choice((1, 1, 2)))), voice, rng.randint(150, 185), tmp)
        turns.append((int(t * SR), x, who))
        t += len(x) / SR + rng.choice((-0.6, -0.3, 0.2, 0.3, 0.5, 0.8, 1.2))
        who = 1 - who
    n = max(s + len(x) for s, x, _ in turns) + SR // 2
    channels = np.zeros((2, n), np.float32)
    truth = []
    for s, x, who in turns:
        channels[who, s:s + len(x)] += x * (0.5 if who else 0.7)
        truth.append((s / SR, (s + len(x)) / SR, f"ch{who}"))
    return channels.sum(0), truth


def annotation(segments):
    from pyannote.core import Annotation, Segment

    a = Annotation()
    for i, (start, end, label) in enumerate(segments):
        a[Segment(start, end), i] = str(label)
    return a


def rttm(path: Path):
    out = []
    for line in path.read_text().splitlines():
        p = line.split()
        out.append((float(p[3]), float(p[3]) + float(p[4]), p[7]))
    return out


def der(truth, segments) -> tuple[float, float]:
    from pyannote.metrics.diarization import DiarizationErrorRate

    ref, hyp = annotation(truth), annotation([(s / 1000, e / 1000, k) for s, e, k in segments])
    return tuple(DiarizationErrorRate(collar=c, skip_overlap=False)(ref, hyp) for c in (0.0, 0.25))


def material(tmp: Path):
    from reviewer.transcription.tracks import decode_audio

    yield "sample.wav", decode_audio(AUDIO / "telephone-two-speakers/sample.wav")[0], \
        rttm(AUDIO / "telephone-two-speakers/sample.rttm"), 2
    for i, (lang, a, b, seconds) in enumerate(CALLS):
        x, truth = synthetic_call(lang, a, b, seconds, i, tmp)
        yield f"espeak {lang} {a}/{b}", x, truth, 2
    yield "aepyx_8k.wav", decode_audio(AUDIO / "long-8k-four-speakers/aepyx_8k.wav")[0], \
        rttm(AUDIO / "long-8k-four-speakers/aepyx.rttm"), 4


def table(variants: str = "", only: str = "") -> None:
    from reviewer.speakers.separation import separate

    separate(np.zeros(SR, np.float32))  # load the models outside the timings
    rows: dict[str, list] = {v: [] for v in VARIANTS}
    with tempfile.TemporaryDirectory() as tmp:
        for name, x, truth, count in material(Path(tmp)):
            if only not in name:
                continue
            print(f"\n{name}: {len(x) / SR:.0f} s, {count} speakers")
            for variant, kwargs in VARIANTS.items():
                if variants not in variant:
                    continue
                kwargs = {"speakers": count, **kwargs}
                began = time.process_time()
                result = separate(x, **kwargs)
                spent = time.process_time() - began  # CPU time: wall time swings with the machine's load
                d0, d25 = der(truth, result.segments)
                rows[variant].append((name, d0, d25, spent / (len(x) / SR)))
                print(f"  {variant:46s} DER {d0:.3f} (collar 0.25: {d25:.3f})  found {result.count}"
                      f"  CPU RTF {spent / (len(x) / SR):.3f}", flush=True)
    print("\nmean DER, collar 0.25 s   two-speaker material | aepyx | mean CPU RTF")
    for variant, r in rows.items():
        if not r:
            continue
        two = [d for n, _, d, _ in r if n != "aepyx_8k.wav"] or [np.nan]
        aep = [d for n, _, d, _ in r if n == "aepyx_8k.wav"] or [np.nan]
        print(f"  {variant:46s} {np.mean(two):.3f} | {np.mean(aep):.3f} | {np.mean([q for *_, q in r]):.3f}")


def long_call(minutes: int) -> None:
    from reviewer.speakers.separation import separate

    with tempfile.TemporaryDirectory() as tmp:
        x, _ = synthetic_call("en", "en+m3", "en+f3", 180, 7, Path(tmp))
    samples = np.empty(minutes * 60 * SR, np.float32)
    for i in range(0, len(samples), len(x)):
        samples[i:i + len(x)] = x[:len(samples) - i]
    del x
    began, cpu = time.perf_counter(), time.process_time()
    result = separate(samples, speakers=2)
    spent, cpu = time.perf_counter() - began, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{minutes}-min call: separation {spent:.1f} s for {len(samples) / SR:.0f} s of audio "
          f"(RTF {spent / (len(samples) / SR):.4f}; CPU {cpu:.1f} s, RTF {cpu / (len(samples) / SR):.4f}), {result.count} speakers, {len(result.segments)} segments, "
          f"peak RSS {peak:.0f} MB (samples alone {samples.nbytes / 2**20:.0f} MB)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", action="store_true", help="time a 60-minute call and print its peak RSS")
    parser.add_argument("--minutes", type=int, default=60)
    parser.add_argument("--variants", default="", help="only the variants whose name contains this")
    parser.add_argument("--only", default="", help="only the recordings whose name contains this")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    if args.long:
        long_call(args.minutes)
        return 0
    if not AUDIO.is_dir():
        print(f"skipped: {AUDIO} is absent (the shared test data)")
        return 0
    table(args.variants, args.only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
