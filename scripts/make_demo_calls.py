#!/usr/bin/env python3
"""Make the demo calls in recordings/calls/ from the call scripts below.

Each call is a two-channel recording: the agent on the left channel, the customer on the right,
silence on a side while the other one speaks (as a call centre's recorder stores them). Speech is
synthesised with espeak-ng, resampled and laid out with sox, and encoded to Ogg/Opus with ffmpeg
so the whole demo stays small.

The call scripts are data (CALLS below). Next to the audio the script writes them out with
their timing (recordings/calls/scripts.json: every line with its speaker, text and where it
sits in the recording), the reference transcript for tests and for checking transcription.
The output is deterministic for a given espeak-ng/sox/ffmpeg.

Needs espeak-ng, sox and ffmpeg (with libopus) on PATH.  Run:  python scripts/make_demo_calls.py
"""

from __future__ import annotations

import argparse
import array
import json
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "recordings" / "calls"
RATE = 16000  # telephone-like rate; Whisper resamples to 16 kHz anyway
LEAD_IN_MS = 400
TAIL_MS = 700
DEFAULT_GAP_MS = 450


@dataclass(frozen=True)
class Voice:
    name: str  # espeak-ng voice with variant, e.g. "ru+f3"
    pitch: int = 50
    speed: int = 160  # words per minute


@dataclass(frozen=True)
class Line:
    role: str  # "agent" or "customer"
    text: str
    gap_ms: int = DEFAULT_GAP_MS  # silence before the line; negative means it interrupts the previous one


@dataclass
class Call:
    file: str
    language: str
    agent: str  # the employee's name as the customer hears it
    customer: str
    agent_voice: Voice
    customer_voice: Voice
    follows_standards: bool
    what_it_shows: str
    lines: list[Line] = field(default_factory=list)


def A(text: str, gap_ms: int = DEFAULT_GAP_MS) -> Line:
    return Line("agent", text, gap_ms)


def C(text: str, gap_ms: int = DEFAULT_GAP_MS) -> Line:
    return Line("customer", text, gap_ms)


# The call scripts. NordLamp is the demo's made-up online lamp shop in Riga.
CALLS = [
    Call(
        file="2026-10-06-anna-ivanova-ru-kitchen-lamp.ogg",
        language="ru",
        agent="Анна",
        customer="Сергей",
        agent_voice=Voice("ru+f2", pitch=58, speed=160),
        customer_voice=Voice("ru+m3", pitch=35, speed=160),
        follows_standards=True,
        what_it_shows="full greeting with name and company, asks how to address the customer, "
        "confirms the need, two options named by price segment, next step and farewell",
        lines=[
            A("Добрый день! Магазин НордЛамп, меня зовут Анна. Как я могу к Вам обращаться?"),
            C("Здравствуйте, меня зовут Сергей. Хочу выбрать светильник для кухни."),
            A("Очень приятно, Сергей. Какой свет Вы предпочитаете, тёплый или холодный?"),
            C("Тёплый. Кухня небольшая."),
            A("Поняла Вас. Могу предложить подвесной светильник из среднего ценового сегмента "
              "или светодиодную панель премиум-класса."),
            C("Давайте подвесной."),
            A("Доставим в четверг, подтверждение придёт на почту. Спасибо, Сергей! Всего доброго!"),
            C("Спасибо, до свидания."),
        ],
    ),
    Call(
        file="2026-10-08-dmitrijs-kozlovs-ru-late-delivery.ogg",
        language="ru",
        agent="Дмитрий",
        customer="Ольга",
        agent_voice=Voice("ru+m3", pitch=50, speed=175),
        customer_voice=Voice("ru+f2", pitch=62, speed=165),
        follows_standards=False,
        what_it_shows="no greeting or name, says 'проблема', 'вы должны' and 'дорого', "
        "interrupts the customer, no solution, no farewell",
        lines=[
            A("Алло. Слушаю."),
            C("Здравствуйте. Я заказала торшер на понедельник, а его до сих пор не привезли."),
            A("Какая у вас проблема? Номер заказа говорите."),
            C("Номер двенадцать тридцать четыре. Мне обещали доставку в понедельник, "
              "я специально взяла выходной."),
            A("Вы должны были сами проверить статус на сайте.", gap_ms=-900),
            C("А можно хотя бы бесплатную доставку, раз вы опоздали?"),
            A("Нет, это дорого. Курьер приедет, когда приедет."),
        ],
    ),
    Call(
        file="2026-10-15-janis-berzins-lv-flickering-lamp.ogg",
        language="lv",
        agent="Jānis",
        customer="Ilze",
        agent_voice=Voice("lv+m3", pitch=42, speed=170),
        customer_voice=Voice("lv+f2", pitch=58, speed=160),
        follows_standards=True,
        what_it_shows="greeting with name and role, formal address by name, confirms the problem, "
        "two options, agrees the next step, thanks and says goodbye",
        lines=[
            A("Labdien! NordLamp, runā Jānis, klientu konsultants. Kā es varu Jūs uzrunāt?"),
            C("Labdien, esmu Ilze. Gribu atgriezt galda lampu, tā mirgo."),
            A("Paldies, Ilze, ka sazinājāties. Vai pareizi saprotu, ka lampa mirgo jau no pirmās dienas?"),
            C("Jā, tieši tā."),
            A("Es varu piedāvāt divas iespējas: apmainīt lampu pret jaunu vai atmaksāt naudu trīs dienu laikā."),
            C("Labāk apmainīt."),
            A("Lieliski. Kurjers atvedīs jauno lampu rīt. Paldies, Ilze, jauku dienu!"),
            C("Paldies, uz redzēšanos."),
        ],
    ),
    Call(
        file="2026-11-05-janis-berzins-lv-price-question.ogg",
        language="lv",
        agent="Jānis",
        customer="Pēteris",
        agent_voice=Voice("lv+m3", pitch=42, speed=175),
        customer_voice=Voice("lv+m7", pitch=30, speed=155),
        follows_standards=False,
        what_it_shows="no introduction, argues with the customer, calls the product expensive, "
        "offers no option, no farewell",
        lines=[
            A("Jā, NordLamp."),
            C("Labdien. Kāpēc griestu lampa Aurora jums maksā vairāk nekā citos veikalos?"),
            A("Tā ir dārga lampa, ko jūs gribat."),
            C("Es gribētu saprast, par ko es maksāju."),
            A("Jums pašam bija jāizlasa apraksts mājaslapā. Tā ir jūsu problēma."),
            C("Labi, tad es nepirkšu."),
        ],
    ),
    Call(
        file="2026-10-21-maria-smith-en-broken-shade.ogg",
        language="en",
        agent="Maria",
        customer="David",
        agent_voice=Voice("en-gb+f3", pitch=60, speed=170),
        customer_voice=Voice("en-us+m3", pitch=38, speed=165),
        follows_standards=True,
        what_it_shows="greeting with name and company, empathy, confirms the problem, "
        "two options, next step by e-mail, thanks and goodbye",
        lines=[
            A("Good morning, NordLamp customer care, this is Maria speaking. How may I address you?"),
            C("Hi Maria, it's David. My order arrived with a broken lamp shade."),
            A("I'm sorry to hear that, David. Just to confirm, the glass shade of the Aurora pendant is cracked?"),
            C("Yes, right down the side."),
            A("I can send you a new shade tomorrow, or refund the full price today. Which would you prefer?"),
            C("The new shade, please."),
            A("Done. You will get a confirmation e-mail within the hour. "
              "Thank you for calling, David, and have a lovely day!"),
            C("Thanks, bye."),
        ],
    ),
    Call(
        file="2026-11-12-maria-smith-en-wrong-bulb.ogg",
        language="en",
        agent="Maria",
        customer="Karen",
        agent_voice=Voice("en-gb+f3", pitch=60, speed=175),
        customer_voice=Voice("en-us+f4", pitch=70, speed=165),
        follows_standards=False,
        what_it_shows="no greeting by name, tells the customer she is wrong, 'you must', "
        "'cheap', no options, no farewell",
        lines=[
            A("Yes, hello."),
            C("Hello, the bulbs you sent don't fit my ceiling lamp."),
            A("What's the problem exactly?"),
            C("They are the wrong size. The lamp needs the small screw base."),
            A("You must have ordered the wrong ones. That's not our mistake.", gap_ms=-700),
            C("Can you exchange them?"),
            A("They're cheap bulbs, just buy new ones."),
        ],
    ),
]


def run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def speak(voice: Voice, text: str, work: Path, n: int) -> array.array:
    """Synthesise one line and return it as 16-bit mono samples at RATE."""
    raw, resampled = work / f"{n}-raw.wav", work / f"{n}.wav"
    run("espeak-ng", "-v", voice.name, "-p", str(voice.pitch), "-s", str(voice.speed), "-w", str(raw), text)
    # Trim espeak's own leading silence so the line starts where the script says; peaks at -3 dBFS;
    # -D: no dither, so that the same script always gives the same audio.
    run("sox", "-D", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(resampled),
        "silence", "1", "0.02", "0.5%", "norm", "-3")
    with wave.open(str(resampled), "rb") as w:
        samples = array.array("h")
        samples.frombytes(w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def layout(call: Call, work: Path) -> tuple[array.array, array.array, list[dict]]:
    """Place every line on the timeline; returns the left and right tracks and the timed script."""
    voices = {"agent": call.agent_voice, "customer": call.customer_voice}
    spoken = [speak(voices[line.role], line.text, work, n) for n, line in enumerate(call.lines)]
    placed, cursor = [], LEAD_IN_MS * RATE // 1000
    for n, (line, samples) in enumerate(zip(call.lines, spoken)):
        start = cursor + line.gap_ms * RATE // 1000 if n else cursor
        start = max(0, start)
        placed.append((line, start, samples))
        cursor = max(cursor, start + len(samples))
    total = cursor + TAIL_MS * RATE // 1000
    tracks = {"agent": array.array("h", bytes(2 * total)), "customer": array.array("h", bytes(2 * total))}
    timed = []
    for line, start, samples in placed:
        tracks[line.role][start:start + len(samples)] = samples
        timed.append({
            "role": line.role,
            "speaker": call.agent if line.role == "agent" else call.customer,
            "start_ms": start * 1000 // RATE,
            "end_ms": (start + len(samples)) * 1000 // RATE,
            "text": line.text,
        })
    return tracks["agent"], tracks["customer"], timed


def write_wav(path: Path, samples: array.array) -> None:
    data = samples
    if sys.byteorder == "big":
        data = array.array("h", samples)
        data.byteswap()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(data.tobytes())


def render(call: Call, work: Path, timed_out: list) -> Path:
    left, right, timed = layout(call, work)
    left_wav, right_wav, stereo = work / "left.wav", work / "right.wav", work / "stereo.wav"
    write_wav(left_wav, left)
    write_wav(right_wav, right)
    # -M merges the two mono files into one file with the agent on channel 1 (left).
    run("sox", "-D", "-M", str(left_wav), str(right_wav), str(stereo))
    target = OUT_DIR / call.file
    tmp = target.with_name(".tmp-" + target.name)
    run("ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(stereo), "-c:a", "libopus",
        "-b:a", "32k", "-application", "voip", "-map_metadata", "-1", "-fflags", "+bitexact",
        "-flags:a", "+bitexact", str(tmp))
    os.replace(tmp, target)
    timed_out.append({
        "file": call.file,
        "language": call.language,
        "agent": call.agent,
        "customer": call.customer,
        "agent_channel": "left",
        "follows_standards": call.follows_standards,
        "what_it_shows": call.what_it_shows,
        "duration_ms": len(left) * 1000 // RATE,
        "lines": timed,
    })
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", metavar="FILE", help="render just this call (file name)")
    args = parser.parse_args(argv)
    for tool in ("espeak-ng", "sox", "ffmpeg"):
        if not shutil.which(tool):
            print(f"make_demo_calls: {tool} is not installed", file=sys.stderr)
            return 2
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    scripts_path = OUT_DIR / "scripts.json"
    previous = {}
    if scripts_path.exists():
        previous = {c["file"]: c for c in json.loads(scripts_path.read_text(encoding="utf-8"))}
    timed: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="demo-calls-") as tmp:
        for call in CALLS:
            if args.only and call.file != args.only:
                if call.file in previous:
                    timed.append(previous[call.file])
                continue
            work = Path(tmp) / Path(call.file).stem
            work.mkdir()
            target = render(call, work, timed)
            print(f"{target.relative_to(REPO)}: {timed[-1]['duration_ms'] / 1000:.1f} s, "
                  f"{target.stat().st_size // 1024} KB")
    body = json.dumps(timed, ensure_ascii=False, indent=1) + "\n"
    tmp_path = scripts_path.with_name(".tmp-" + scripts_path.name)
    tmp_path.write_text(body, encoding="utf-8")
    os.replace(tmp_path, scripts_path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
