"""Automatic QA on calls: agreement with human labels on the project's own synthetic calls.

    nice -n 10 .venv/bin/python benchmarks/bench_autoqa_calls.py [--cache DIR] [--only NAME...]

The set: benchmarks/autoqa_eval/own_calls/*.txt, short service-call scripts written for it
(format below), labelled by reading the script (own_calls/labels.json, rules in RULES.md,
section "Calls"). Each script is spoken with espeak-ng as a TWO-CHANNEL call (agent left,
customer right), imported into a temporary library and transcribed with the embedded Whisper
base model through Reviewer's own transcription service, so the checks see recognition errors
as in real use. This is done --runs times (default 3): each run speaks the calls anew (sox's
dither changes the audio by a bit, Whisper's transcript sometimes by a word), and a criterion
ships only when it meets the bar in every run. The WAV and the transcript (turns and the call's metrics, JSON) are cached in
the cache folder (default $XDG_CACHE_HOME/reviewer-autoqa-calls, never committed), keyed by a
hash of the script and the builder, so a re-run only transcribes what changed.

Script format (UTF-8): header lines ``# key: value`` (``lang``: ru, lv or en; ``agent``: the
agent's full name, as the call's employee; ``split``: tuned or held_out), then one line per
turn, ``A: text`` (agent) or ``C: text`` (customer), and ``[pause 12s]`` for silence before
the next line. Other lines starting with ``#`` are comments.

Prints per call criterion n, agreement and Cohen's kappa for the tuned part, the held-out part,
all, and the untuned part (held-out, plus the tuned part where the criterion's check was not
changed after reading it: CHANGED below), and whether it ships (agreement >= 90 % and kappa >=
0.7 on the untuned part). Also the visit rubric's checks (a test call is a call).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
CALLS = HERE / "autoqa_eval" / "own_calls"
SR = 16000
BUILDER_VERSION = "3"
GAP_MS = 700  # between turns unless a [pause] says otherwise
# Agent: the language's default voice (the most intelligible); customer: another variant.
VOICES = {"ru": ("ru", "ru+m3"), "lv": ("lv", "lv+m2"), "en": ("en-us", "en+m3")}
SPEED, WORD_GAP = "140", "1"  # words a minute, 10 ms units between words: slower is closer to a person
_LINE = re.compile(r"^(A|C):\s*(.+)$")
_PAUSE = re.compile(r"^\[pause\s+(\d+(?:\.\d+)?)\s*s\]$")


class ScriptError(ValueError):
    pass


def bench_cache(name: str) -> Path:
    """Where a benchmark keeps its spoken calls and transcripts between runs (never in the project)."""
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / name


def require_speech_tools() -> None:
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (it speaks the calls)")


def parse(path: Path) -> dict:
    head, lines, pause = {}, [], 0
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if ":" in line:
                key, _, value = line[1:].partition(":")
                head[key.strip()] = value.strip()
            continue
        if m := _PAUSE.match(line):
            pause += int(float(m.group(1)) * 1000)
            continue
        m = _LINE.match(line)
        if not m:
            raise ScriptError(f"{path}:{n}: expected 'A: text', 'C: text' or '[pause 12s]', got {line[:40]!r}")
        lines.append(("agent" if m.group(1) == "A" else "customer", m.group(2), pause or GAP_MS))
        pause = 0
    if head.get("lang") not in VOICES:
        raise ScriptError(f"{path}: header '# lang:' must be one of {', '.join(VOICES)}")
    if not lines:
        raise ScriptError(f"{path}: no turns")
    return {"name": path.stem, "lang": head["lang"], "agent": head.get("agent"),
            "split": head.get("split", "tuned"), "lines": lines, "head": head,
            "hash": hashlib.sha256((BUILDER_VERSION + path.read_text(encoding="utf-8")).encode()).hexdigest()[:16]}


def _say(text: str, voice: str, folder: Path) -> np.ndarray:
    raw, trimmed = folder / "raw.wav", folder / "line.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", SPEED, "-g", WORD_GAP, "-w", str(raw), text], check=True, capture_output=True)
    subprocess.run(["sox", str(raw), "-r", str(SR), "-c", "1", "-b", "16", str(trimmed),
                    "silence", "1", "0.02", "1%", "reverse", "silence", "1", "0.02", "1%", "reverse"],
                   check=True, capture_output=True)
    with wave.open(str(trimmed)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), np.int16)


def synthesise(script: dict, out: Path) -> None:
    """Agent on the left channel, customer on the right; the pauses as written."""
    voices = dict(zip(("agent", "customer"), VOICES[script["lang"]]))
    work = Path(tempfile.mkdtemp(prefix="call-"))
    try:
        pieces, end = [], 500
        for role, text, gap in script["lines"]:
            audio = _say(text, voices[role], work)
            start = end + gap
            pieces.append((role, start, audio))
            end = start + len(audio) * 1000 // SR
        total = (end + 800) * SR // 1000
        tracks = {role: np.zeros(total, np.int16) for role in voices}
        for role, start, audio in pieces:
            at = start * SR // 1000
            tracks[role][at:at + len(audio)] = audio
        for role, samples in tracks.items():
            with wave.open(str(work / f"{role}.wav"), "wb") as w:
                w.setnchannels(1), w.setsampwidth(2), w.setframerate(SR)
                w.writeframes(samples.tobytes())
        subprocess.run(["sox", "-M", str(work / "agent.wav"), str(work / "customer.wav"), str(out)],
                       check=True, capture_output=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _plain(value):
    return json.loads(json.dumps(value, default=lambda o: getattr(o, "__dict__", str(o))))


def transcribe(scripts: list[dict], cache: Path) -> None:
    """Make the WAV and the transcript JSON of every script that has none cached."""
    todo = [s for s in scripts if not (cache / f"{s['name']}-{s['hash']}.json").exists()]
    for s in scripts:
        wav = cache / f"{s['name']}-{s['hash']}.wav"
        if not wav.exists():
            synthesise(s, wav)
    if not todo:
        return
    from reviewer.checks.metric_source import metrics_for
    from reviewer.importers import ImportOptions
    from reviewer.importing import Outcome, import_paths
    from reviewer.storage import Library
    from reviewer.transcription import models
    from reviewer.transcription.jobs import TranscriptionService
    from reviewer.transcription.worker import TranscriptionWorker

    os.environ.setdefault(models.ENV_MODEL_CACHE, str(cache / "models"))
    models.ensure_embedded(Path(os.environ[models.ENV_MODEL_CACHE]))
    work = Path(tempfile.mkdtemp(prefix="reviewer-calls-"))
    worker = TranscriptionWorker()
    try:
        library = Library.open(work / "library")
        for s in todo:
            wav = cache / f"{s['name']}-{s['hash']}.wav"
            (result,) = list(import_paths(library, [wav], ImportOptions()))
            if result.outcome is not Outcome.IMPORTED:
                raise SystemExit(f"{wav}: {result.outcome} {result.message}")
            cid = result.conversation_ids[0]
            library.conversations.update(cid, language=s["lang"])
            service = TranscriptionService(library, worker)
            outcome = service.run(service.enqueue(cid, language=s["lang"]))
            conversation = library.conversations.get(cid)
            turns = [{"role": t.role.value, "text": t.text, "start_ms": t.start_ms, "end_ms": t.end_ms}
                     for t in conversation.turns]
            found = {"state": str(outcome.state), "turns": turns,
                     "metrics": _plain(metrics_for(library, conversation))}
            (cache / f"{s['name']}-{s['hash']}.json").write_text(json.dumps(found, ensure_ascii=False, indent=1))
            print(f"transcribed {s['name']}: {len(turns)} turns", file=sys.stderr)
    finally:
        worker.close()
        shutil.rmtree(work, ignore_errors=True)


def suggestions(script: dict, cache: Path, rubric) -> dict:
    from reviewer.checks import run_checks
    from reviewer.domain.conversation import Channel, Conversation, SpeakerRole, Turn

    found = json.loads((cache / f"{script['name']}-{script['hash']}.json").read_text(encoding="utf-8"))
    turns = [Turn(text=t["text"], role=SpeakerRole(t["role"]), start_ms=t["start_ms"], end_ms=t["end_ms"], index=i)
             for i, t in enumerate(found["turns"])]
    conversation = Conversation(Channel.CALL, script["name"], turns, employee=script["agent"],
                                language=script["lang"])
    result = run_checks(conversation, rubric, metrics_loader=lambda c: found["metrics"])
    return {cid: s.answer for cid, s in result.suggestions.items()}


def evaluate(scripts: list[dict], cache: Path) -> dict:
    """{rubric: {split: {criterion: [(suggested, label)]}}}"""
    from reviewer.rubrics.catalog import load_catalog

    catalog = load_catalog()
    labels = json.loads((CALLS / "labels.json").read_text(encoding="utf-8"))["calls"]
    pairs: dict = {}
    for s in scripts:
        item = labels.get(s["name"])
        if item is None:
            print(f"{s['name']}: no labels, left out", file=sys.stderr)
            continue
        for rubric_id, wanted in item.items():
            got = suggestions(s, cache, catalog.get(rubric_id))
            for criterion, label in wanted.items():
                for split in (s["split"], "all"):
                    pairs.setdefault(rubric_id, {}).setdefault(split, {}).setdefault(criterion, []).append(
                        (got.get(criterion), label))
    return pairs


#: Criteria whose check was changed after reading the tuned part's misses (RESULTS.md says
#: what changed). For them only the held-out part is untuned; for every other criterion the
#: whole set is.
CHANGED = {"asks_name", "formal_address", "no_must"}


def report(pairs: dict, title: str = "") -> dict:
    """Prints the tables; returns {(rubric, criterion): meets the bar on the untuned part}."""
    from bench_autoqa import table_row  # beside this script

    verdicts = {}
    splits = ("tuned", "held_out", "all", "untuned")
    for rubric_id, by_split in pairs.items():
        by_split["untuned"] = {
            c: (by_split.get("held_out", {}).get(c, []) if c in CHANGED else found)
            for c, found in by_split.get("all", {}).items()
        }
        print(f"\n{rubric_id + ' rubric, own calls' + title:<38}" + "".join(f"{s:>22}" for s in splits) + "   ships")
        print(f"{'':<38}" + "".join(f"{'n  agree  kappa':>22}" for _ in splits))
        for criterion in sorted({c for s in by_split.values() for c in s}):
            cells, verdicts[(rubric_id, criterion)] = table_row(by_split, splits, criterion, "untuned")
            print(f"{criterion:<38}" + "".join(cells) + f"   {'yes' if verdicts[(rubric_id, criterion)] else 'no'}")
    print("\nships: agreement >= 90 % and kappa >= 0.7 on untuned = held_out (written after the last change to the"
          "\nchecks) + the tuned part for criteria whose check was not changed (changed: " + ", ".join(sorted(CHANGED)) + ")")
    return verdicts


def misses(scripts: list[dict], cache: Path) -> None:
    from reviewer.rubrics.catalog import load_catalog

    catalog = load_catalog()
    labels = json.loads((CALLS / "labels.json").read_text(encoding="utf-8"))["calls"]
    for s in scripts:
        for rubric_id, wanted in labels.get(s["name"], {}).items():
            got = suggestions(s, cache, catalog.get(rubric_id))
            for criterion, label in wanted.items():
                if got.get(criterion) != label:
                    print(f"miss {s['split']:<8} {s['name']:<28} {rubric_id}.{criterion}: check {got.get(criterion)!r}, label {label!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = bench_cache("reviewer-autoqa-calls")
    ap.add_argument("--cache", type=Path, default=default, help="where WAVs and transcripts are kept")
    ap.add_argument("--only", nargs="*", help="script names (without .txt)")
    ap.add_argument("--runs", type=int, default=3, help="independent builds and transcriptions of the set (default 3)")
    ap.add_argument("--misses", action="store_true", help="list every disagreement (tuned part: to improve checks)")
    ap.add_argument("--transcripts", action="store_true", help="print the Whisper transcripts")
    args = ap.parse_args()
    require_speech_tools()
    try:
        scripts = [parse(p) for p in sorted(CALLS.glob("*.txt")) if not args.only or p.stem in args.only]
    except ScriptError as exc:
        raise SystemExit(str(exc))
    every: dict = {}
    for run in range(1, args.runs + 1):
        # Each run speaks the calls anew: sox dithers when it resamples, so the audio differs by
        # a least significant bit, and Whisper's transcript of it sometimes by a word.
        cache = args.cache / f"run-{run}"
        cache.mkdir(parents=True, exist_ok=True)
        transcribe(scripts, cache)
        if args.transcripts:
            for s in scripts:
                found = json.loads((cache / f"{s['name']}-{s['hash']}.json").read_text(encoding="utf-8"))
                print(f"\n== {s['name']} ({found['state']}, longest silence {found['metrics'].get('longest_silence_ms')} ms)")
                for t in found["turns"]:
                    print(f"  {t['role'][:1].upper()} {t['start_ms']:>6} {t['text']}")
        if args.misses:
            misses(scripts, cache)
        for key, ok in report(evaluate(scripts, cache), f" (synthetic speech), run {run}").items():
            every.setdefault(key, []).append(ok)
    for rubric_id in dict.fromkeys(r for r, _ in every):
        ships = [c for (r, c), oks in sorted(every.items()) if r == rubric_id and all(oks)]
        print(f"\nships automated in the {rubric_id} rubric (the bar met in each of {args.runs} runs): "
              + (", ".join(ships) or "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
