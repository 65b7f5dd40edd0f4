"""Which separated speaker is the agent, on the product's real path: % of true speech time whose
role is right in mono calls, with and without a voice profile of the agent.

The calls: the scripts of benchmarks/autoqa_eval/own_calls/ (ru, lv, en), each spoken with
espeak-ng as a TWO-CHANNEL call (agent left, customer right) by one of several agent and customer
voices (espeak variants, pitch and speed; same-sex pairs included), every third one with the
customer speaking first (the script's first two lines swapped). Its two channels are mixed into
a MONO call, imported into a temporary library with the agent as the call's employee, and
transcribed by Reviewer's own job (TranscriptionService: speaker separation, Whisper base,
roles). Scored per 10 ms of TRUE speech time (where the agent's or the customer's channel
speaks): right when the product's turns covering that moment all have the true role; a moment
no turn covers is wrong.

With profile: each agent voice is enrolled the product's way before the calls are transcribed,
from the agent channel of two OTHER two-channel calls of that voice (imported, transcribed,
then reviewer.speakers.profiles.enrol). Without profile: each call transcribed again in a second
library where nobody has a profile, so the roles follow what the transcript says (both
libraries' company names are set to the scripts' companies, as a user sets theirs).

Held out: the scripts marked ``split: held_out`` are spoken by voices no tuned call uses (an
agent voice and a customer voice per language); their figures are printed apart. They were
read after a later change (session 20), so they are no longer blind.

Fresh: the scripts of benchmarks/speakers/role_calls/ (``split: fresh``), written by a helper
who did not see the role code, never read by whoever tunes it, and spoken by voices no other
call uses. Their own ``# company:`` is among the libraries' company names and ``# first:``
says who speaks first (no lines are swapped).

Without profile the call's employee is the script's agent (as in a real library), so an agent
who says their own name is recognised; with profile it is the voice's employee.

Voices apart: pairs whose two voices are less alike than REAL_PEOPLE_APART. Two different
real people in ../shared/testdata measure at most 0.52 (bench_voice_likeness.py), halves of
one real person's speech 0.62 and more; several espeak variants of one language voice measure
0.64-0.89, i.e. as one person, and the product rightly keeps them one speaker.

Audio, profiles and transcripts are cached in $XDG_CACHE_HOME/reviewer-bench-roles (never in the
repository): audio by script and voice, transcripts also by a hash of reviewer/speakers and
reviewer/transcription, so a rerun after a change there transcribes again, else it is instant.

    nice -n 10 .venv/bin/python benchmarks/speakers/bench_roles.py [--only NAME...] [--separation]

--separation: only the separation of the cached mono mixes (no Whisper, no roles): per call the
share of true speech whose separated speaker is the one mapped to its true speaker (the best
mapping), for quick work on the clustering.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))
from bench_autoqa_calls import CALLS, ScriptError, bench_cache, parse, require_speech_tools  # noqa: E402

FRESH = HERE / "role_calls"
#: below this the two voices of a call are as apart as different real people are (see above)
REAL_PEOPLE_APART = 0.6

SR = 16000
VERSION = "1"
# (espeak voice, pitch 0-99, words a minute); agents and customers, the last of each held out
AGENTS = {
    "en": [("en-us", 50, 140), ("en+m3", 40, 150), ("en+f3", 60, 145)],
    "ru": [("ru", 50, 140), ("ru+m2", 40, 150), ("ru+f3", 60, 145)],
    "lv": [("lv", 50, 140), ("lv+m1", 45, 150), ("lv+f3", 60, 145)],
}
CUSTOMERS = {
    "en": [("en+m7", 55, 165), ("en+f2", 75, 160), ("en-us+m2", 45, 155)],
    "ru": [("ru+m3", 55, 160), ("ru+f4", 80, 155), ("ru+m6", 45, 165)],
    "lv": [("lv+m2", 55, 160), ("lv+f2", 75, 155), ("lv+m4", 45, 165)],
}
# the fresh calls' voices; agent n and customer n talk. The English ones were first en-gb+Annie /
# en-us+Mr_Serious and en+Edward / en+Steph: those pairs measure 0.88-0.90 alike (one person to
# CAM++: most named espeak variants are en-us's formants), so they were replaced by pairs that
# measure 0.28 and 0.34 on their own channels, chosen by that measure alone
FRESH_AGENTS = {
    "en": [("en+Andrea", 60, 150), ("en+Edward", 40, 145)],
    "ru": [("ru+Alicia", 60, 150), ("ru+Denis", 40, 145)],
    "lv": [("lv+Linda", 60, 150), ("lv+Michael", 40, 145)],
}
FRESH_CUSTOMERS = {
    "en": [("en+klatt", 45, 160), ("en-us+f4", 65, 150)],
    "ru": [("ru+klatt", 45, 160), ("ru+Steph", 70, 160)],
    "lv": [("lv+klatt", 45, 160), ("lv+Steph", 70, 160)],
}
COMPANIES = ["NordLamp", "NordBank", "TeleNord", "НордЛамп", "НордБанк", "ТелеНорд", "СветДом"]
ENROL = {  # what an agent says in the other calls that enrol their profile (one list per call)
    "en": [["Good morning, thank you for calling. Let me look at your account.",
            "Your order has been shipped and should arrive on Thursday."],
           ["Is there anything else I can do for you today?", "Thank you for your patience, have a nice day."]],
    "ru": [["Добрый день, спасибо за звонок. Сейчас посмотрю ваш заказ.", "Ваш заказ отправлен и приедет в четверг."],
           ["Могу ли я помочь чем-то ещё?", "Спасибо за терпение, хорошего дня."]],
    "lv": [["Labdien, paldies par zvanu. Tūlīt apskatīšu jūsu pasūtījumu.",
            "Jūsu pasūtījums ir nosūtīts un pienāks ceturtdien."],
           ["Vai varu vēl kā palīdzēt?", "Paldies par pacietību, jauku dienu."]],
}
ENROL_CUSTOMER = {"en": "Yes, thank you.", "ru": "Да, спасибо.", "lv": "Jā, paldies."}
GAP_MS = 700


def voice_name(voice) -> str:
    return f"{voice[0]} p{voice[1]} s{voice[2]}"


def employee_of(voice) -> str:
    """The employee whose profile a voice is (no first name, so no name cue from it)."""
    return f"{voice_name(voice)} agent"


def calls() -> list[dict]:
    """The scripts with their voices: tuned calls cycle through the first two agent and customer
    voices of their language, held-out calls use the held-out voices."""
    out, count = [], {}
    for path in sorted(CALLS.glob("*.txt")):
        s = parse(path)
        lang, held = s["lang"], s["split"] == "held_out"
        n = count[(lang, held)] = count.get((lang, held), -1) + 1
        agent = AGENTS[lang][2] if held else AGENTS[lang][n % 2]
        customer = CUSTOMERS[lang][2] if held else CUSTOMERS[lang][(n // 2) % 2]
        lines = list(s["lines"])
        customer_first = n % 3 == 1 and len(lines) > 1 and lines[1][0] == "customer"
        if customer_first:
            lines[0], lines[1] = (lines[1][0], lines[1][1], lines[0][2]), (lines[0][0], lines[0][1], lines[1][2])
        out.append({**s, "lines": lines, "agent_voice": agent, "customer_voice": customer,
                    "customer_first": customer_first, "companies": []})
    for n, path in enumerate(sorted(FRESH.glob("*.txt"))):
        s = parse(path)
        head = s["head"]
        k = n % 2
        out.append({**s, "split": "fresh", "agent_voice": FRESH_AGENTS[s["lang"]][k],
                    "customer_voice": FRESH_CUSTOMERS[s["lang"]][k],
                    "customer_first": head.get("first") == "customer",
                    "companies": [head["company"]] if head.get("company") else []})
    return out


def company_names() -> list[str]:
    """The libraries' company names: the first scripts' and every fresh script's own."""
    return COMPANIES + [name for call in calls() for name in call["companies"]]


def enrolment_calls() -> list[dict]:
    """Two short two-channel calls per agent voice (the fresh calls' too); the customer is one of
    the first calls' customer voices."""
    out = []
    for group, agents in (("", AGENTS), ("fresh-", FRESH_AGENTS)):
        for lang, voices in agents.items():
            for v, agent in enumerate(voices):
                for n, said in enumerate(ENROL[lang]):
                    lines = [("agent", said[0], GAP_MS), ("customer", ENROL_CUSTOMER[lang], GAP_MS),
                             ("agent", said[1], GAP_MS)]
                    out.append({"name": f"enrol-{group}{lang}-{v}-{n}", "lang": lang, "lines": lines,
                                "agent_voice": agent, "customer_voice": CUSTOMERS[lang][(v + n) % 2]})
    return out


def _key(call: dict, *extra) -> str:
    text = json.dumps([VERSION, call["lines"], call["agent_voice"], call["customer_voice"], *extra], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _say(text: str, voice, folder: Path) -> np.ndarray:
    name, pitch, speed = voice
    raw, trimmed = folder / "raw.wav", folder / "line.wav"
    subprocess.run(["espeak-ng", "-v", name, "-p", str(pitch), "-s", str(speed), "-g", "1", "-w", str(raw), text],
                   check=True, capture_output=True)
    subprocess.run(["sox", str(raw), "-r", str(SR), "-c", "1", "-b", "16", str(trimmed),
                    "silence", "1", "0.02", "1%", "reverse", "silence", "1", "0.02", "1%", "reverse"],
                   check=True, capture_output=True)
    with wave.open(str(trimmed)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), np.int16)


def _write(path: Path, tracks: list[np.ndarray]) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(len(tracks)), w.setsampwidth(2), w.setframerate(SR)
        w.writeframes(np.stack(tracks, axis=1).astype(np.int16).tobytes())


def build(call: dict, cache: Path) -> tuple[Path, Path, list[tuple[int, int, bool]]]:
    """(two-channel WAV, mono mix WAV, true speech [(start_ms, end_ms, is_agent)]), cached."""
    key = _key(call)
    stereo, mono, truth = (cache / f"{call['name']}-{key}{suffix}" for suffix in (".wav", "-mono.wav", ".json"))
    if not truth.exists():
        work = Path(tempfile.mkdtemp(prefix="roles-"))
        try:
            pieces, end = [], 500
            for role, text, gap in call["lines"]:
                audio = _say(text, call[f"{role}_voice"], work)
                start = end + gap
                pieces.append((role, start, audio))
                end = start + len(audio) * 1000 // SR
            total = (end + 800) * SR // 1000
            tracks = {role: np.zeros(total, np.int32) for role in ("agent", "customer")}
            speech = []
            for role, start, audio in pieces:
                at = start * SR // 1000
                tracks[role][at:at + len(audio)] = audio
                speech.append((start, start + len(audio) * 1000 // SR, role == "agent"))
            _write(stereo, [tracks["agent"], tracks["customer"]])
            _write(mono, [np.clip(tracks["agent"] + tracks["customer"], -32768, 32767)])
            truth.write_text(json.dumps(speech))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return stereo, mono, [tuple(x) for x in json.loads(truth.read_text())]


def code_hash() -> str:
    """Of the code a transcript depends on: a change there makes the job run again."""
    h = hashlib.sha256()
    for folder in ("reviewer/speakers", "reviewer/transcription"):
        for path in sorted((ROOT / folder).glob("*.py")):
            h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:12]


class Product:
    """A temporary library and the transcription worker: the product's path for a call."""

    def __init__(self, models_cache: Path, companies: list[str]):
        from reviewer.storage import Library
        from reviewer.storage.settings import Setting
        from reviewer.transcription import models
        from reviewer.transcription.worker import TranscriptionWorker

        os.environ.setdefault(models.ENV_MODEL_CACHE, str(models_cache))
        models.ensure_embedded(Path(os.environ[models.ENV_MODEL_CACHE]))
        self.work = Path(tempfile.mkdtemp(prefix="reviewer-roles-"))
        self.library = Library.open(self.work / "library")
        self.library.set_setting(Setting.COMPANY_NAMES, companies)
        self.worker = TranscriptionWorker()

    def transcribe(self, wav: Path, employee: str, lang: str) -> int:
        from reviewer.importers import ImportOptions
        from reviewer.importing import Outcome, import_paths
        from reviewer.transcription.jobs import TranscriptionService

        (result,) = list(import_paths(self.library, [wav], ImportOptions(employee=employee)))
        if result.outcome is not Outcome.IMPORTED:
            raise SystemExit(f"{wav}: {result.outcome} {result.message}")
        cid = result.conversation_ids[0]
        self.library.conversations.update(cid, language=lang)
        service = TranscriptionService(self.library, self.worker)
        service.run(service.enqueue(cid, language=lang))
        return cid

    def turns(self, cid: int) -> list[list]:
        from reviewer.storage import speaker_roles

        speakers = speaker_roles.turn_speakers(self.library, cid)
        return [[t.start_ms, t.end_ms, t.role.value, speakers.get(t.index), t.text]
                for t in self.library.conversations.get(cid, with_turns=True).turns]

    def close(self) -> None:
        self.worker.close()
        shutil.rmtree(self.work, ignore_errors=True)


def profiles(product: Product, cache: Path) -> None:
    """Enrol each agent voice from its enrolment calls (the product's way) in the library;
    the measured embeddings are cached and put back as the profile's sources on a rerun."""
    from reviewer.speakers import profiles as enrolment
    from reviewer.storage import voice_profiles as store

    by_voice: dict = {}
    for call in enrolment_calls():
        by_voice.setdefault(call["agent_voice"], []).append(call)
    for voice, enrol_calls in by_voice.items():
        employee = employee_of(voice)
        path = cache / f"profile-{_key(enrol_calls[0], [c['lines'] for c in enrol_calls], code_hash())}.json"
        if path.exists():
            _restore(product, employee, json.loads(path.read_text()))
            continue
        cids = [product.transcribe(build(c, cache)[0], employee, c["lang"]) for c in enrol_calls]
        result = enrolment.enrol(product.library, employee)
        if len(result.measured) != len(cids):
            raise SystemExit(f"enrolment of {employee}: {result.skipped}")
        sources = [(m.kind, [float(x) for x in store_vector(product, employee, m.conversation_id)], m.speech_ms)
                   for m in result.measured]
        path.write_text(json.dumps(sources))
        print(f"enrolled {employee} from {len(cids)} two-channel calls", file=sys.stderr)


def store_vector(product: Product, employee: str, cid: int) -> np.ndarray:
    row = product.library.conn.execute(  # what profiles.enrol measured in that call
        "SELECT embedding FROM voice_profile_sources WHERE conversation_id = ?", (cid,)).fetchone()
    return np.frombuffer(row[0], np.float32)


def _restore(product: Product, employee: str, sources) -> None:
    """A cached enrolment: the sources written back against stand-in conversations."""
    from reviewer.domain.conversation import Channel, Conversation
    from reviewer.speakers.profiles import MODEL
    from reviewer.storage import voice_profiles as store

    product.library.employee_id(employee)
    store.create(product.library, employee, MODEL)
    for kind, vector, speech_ms in sources:
        stand_in = hashlib.sha256(f"{employee} {vector[:4]}".encode()).hexdigest()  # one per source
        cid = product.library.conversations.add(Conversation(Channel.CALL, "enrolment call", [], employee=employee,
                                                             source_sha256=stand_in))
        store.put_source(product.library, employee, cid, kind, np.array(vector, np.float32), speech_ms)


def transcripts(todo: list[dict], cache: Path, models_cache: Path) -> dict[str, dict]:
    """Per call {"with profile": turns, "without profile": turns}, cached."""
    out, missing = {}, []
    version = code_hash()
    companies = company_names()
    for call in todo:
        path = cache / f"{call['name']}-{_key(call, version, call['agent'], companies)}-turns.json"
        if path.exists():
            out[call["name"]] = json.loads(path.read_text())
        else:
            missing.append((call, path))
    if not missing:
        return out
    with_profile, without = Product(models_cache, companies), Product(models_cache, companies)
    try:
        profiles(with_profile, cache)
        for call, path in missing:
            began = time.perf_counter()
            mono = build(call, cache)[1]
            found = {case: product.turns(product.transcribe(mono, employee, call["lang"]))
                     for case, product, employee in (
                         ("with profile", with_profile, employee_of(call["agent_voice"])),
                         ("without profile", without, call["agent"] or "Agent"))}
            path.write_text(json.dumps(found, ensure_ascii=False))
            out[call["name"]] = found
            print(f"transcribed {call['name']} twice ({time.perf_counter() - began:.0f} s)", file=sys.stderr)
    finally:
        with_profile.close()
        without.close()
    return out


def voices_alike(call: dict, cache: Path) -> float:
    """CAM++ similarity of the call's two voices, each measured on its own channel (cached): at
    separation.SAME_VOICE or above the product takes two speakers for one voice."""
    stereo, _, truth = build(call, cache)
    path = stereo.with_suffix(".alike.json")
    if not path.exists():
        from reviewer.speakers.profiles import embed_speech, select_speech
        from reviewer.transcription.tracks import load_tracks

        channels = load_tracks(stereo).samples
        vectors = [embed_speech(select_speech(channels[c], [(s, e) for s, e, agent in truth if agent == (c == 0)]))
                   for c in (0, 1)]
        path.write_text(json.dumps(float(vectors[0] @ vectors[1])))
    return json.loads(path.read_text())


def score(turns: list[list], truth: list[tuple[int, int, bool]]) -> tuple[int, int]:
    """(right ms, true speech ms), every 10 ms of true speech."""
    right = total = 0
    for start, end, is_agent in truth:
        want = "agent" if is_agent else "customer"
        for t in range(start, end, 10):
            total += 10
            here = {role for s, e, role, *_ in turns if s is not None and e is not None and s <= t < e}
            right += 10 * (here == {want})
    return right, total


def separation_only(todo: list[dict], cache: Path) -> None:
    """Separation of the mono mixes alone, scored with the best speaker-to-role mapping."""
    from reviewer.speakers.separation import one_voice_if_same, separate
    from reviewer.transcription.tracks import load_tracks

    sums = {}
    for call in todo:
        _, mono, truth = build(call, cache)
        began = time.perf_counter()
        found = one_voice_if_same(separate(load_tracks(mono).samples[0], speakers=2))
        best = 0
        for agent in range(1, found.count + 1):
            turns = [[s, e, "agent" if k == agent else "customer"] for s, e, k in found.segments]
            best = max(best, score(turns, truth)[0])
        total = sum(e - s for s, e, _ in truth)
        part = "held_out" if call["split"] == "held_out" else "tuned"
        sums.setdefault(part, [0, 0])
        sums[part][0] += best
        sums[part][1] += total
        print(f"{call['name']:<28} {part:<8} speakers {found.count}  {100 * best / total:5.1f} %"
              f"  ({time.perf_counter() - began:.0f} s)")
    for part, (right, total) in sums.items():
        print(f"{part:<8} {100 * right / total:5.1f} % of true speech with its speaker (best mapping)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = bench_cache("reviewer-bench-roles")
    ap.add_argument("--cache", type=Path, default=default, help="where audio and transcripts are kept")
    ap.add_argument("--only", nargs="*", help="script names (without .txt)")
    ap.add_argument("--separation", action="store_true", help="only the separation of the mono mixes")
    ap.add_argument("--tuned", action="store_true", help="only the tuned part (leave the held-out and fresh parts unseen)")
    args = ap.parse_args()
    require_speech_tools()
    args.cache.mkdir(parents=True, exist_ok=True)
    try:
        todo = [c for c in calls() if (not args.only or c["name"] in args.only)
                and not (args.tuned and c["split"] != "tuned")]
    except ScriptError as exc:
        raise SystemExit(str(exc))
    if args.separation:
        separation_only(todo, args.cache)
        return 0
    began = time.perf_counter()
    found = transcripts(todo, args.cache, args.cache / "models")
    sums: dict = {}
    counts: dict = {}
    from reviewer.speakers.separation import SAME_VOICE

    print(f"{'call':<28} {'part':<8} {'first':<9} {'agent voice':<18} {'customer voice':<18} {'alike':>5}"
          f" {'with profile':>12} {'without':>8}")
    for call in todo:
        truth = build(call, args.cache)[2]
        alike = voices_alike(call, args.cache)
        cells = []
        for case in ("with profile", "without profile"):
            right, total = score(found[call["name"]][case], truth)
            cells.append(100 * right / total)
            parts = [call["split"], "all"] + (["all, voices apart"] if alike < REAL_PEOPLE_APART else [])
            if call["split"] == "fresh" and alike < REAL_PEOPLE_APART:
                parts.append("fresh, voices apart")
            if case == "with profile":
                for part in parts:
                    counts[part] = counts.get(part, 0) + 1
            for part in parts:
                acc = sums.setdefault((part, case), [0, 0])
                acc[0] += right
                acc[1] += total
        print(f"{call['name']:<28} {call['split']:<8} {'customer' if call['customer_first'] else 'agent':<9}"
              f" {voice_name(call['agent_voice']):<18} {voice_name(call['customer_voice']):<18} {alike:5.2f}"
              f" {cells[0]:11.1f}% {cells[1]:7.1f}%")
    print("\nRole right, % of true speech time (every 10 ms; product's turns after separation + Whisper + roles):")
    print(f"  {'part':<18} {'calls':>5} {'with profile':>13} {'without':>9}   (targets >= 95 % / >= 85 %)")
    for part in ("tuned", "held_out", "fresh", "fresh, voices apart", "all", "all, voices apart"):
        if (part, "with profile") in sums:
            cells = [100 * sums[(part, c)][0] / sums[(part, c)][1] for c in ("with profile", "without profile")]
            print(f"  {part:<18} {counts[part]:>5} {cells[0]:12.1f} % {cells[1]:7.1f} %")
    print(f"  (alike: the two voices' similarity on their own channels; voices apart: below {REAL_PEOPLE_APART},"
          f"\n   as different real people are; at {SAME_VOICE} or above the product takes them for one voice)")
    print(f"({time.perf_counter() - began:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
