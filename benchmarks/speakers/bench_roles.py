"""Which separated speaker is the agent: % of speech time whose role is right, on mono mixes of
two-channel calls made with espeak-ng (en, ru, lv; agents greeting with the company name,
introducing themselves, offering help; some calls where the customer speaks first).

Measured on the true segments (each turn's speaker as the channels say: the separation taken as
right), with and without an enrolled profile of the agent's voice (enrolled from other calls of
the same espeak voice, agent channel only), and end to end: the mix separated by
reviewer.speakers.separation, each turn given to the separated speaker overlapping it most.
The text decision reads the scripts' words (what a perfect transcript would say).

    nice -n 10 .venv/bin/python benchmarks/speakers/bench_roles.py
"""

from __future__ import annotations

import subprocess
import sys
import time

import numpy as np

from reviewer.speakers import roles
from reviewer.speakers.profiles import embed_speech, select_speech

RATE = 16000
GAP_MS = 300
COMPANY = {"en": ["NordLamp"], "ru": ["НордЛамп"], "lv": ["NordLamp"]}
AGENT_VOICE = {"en": ("en+m3", 35, 160), "ru": ("ru+m2", 40, 150), "lv": ("lv+m1", 45, 150)}
CUSTOMER_VOICES = {"en": [("en+f3", 70, 170), ("en+m7", 60, 180), ("en+f2", 80, 165)],
                   "ru": [("ru+f3", 75, 160), ("ru+m5", 55, 170), ("ru+f4", 85, 155)],
                   "lv": [("lv+f2", 75, 160), ("lv+m4", 60, 170), ("lv+f4", 80, 155)]}

# (agent first?, [(A|C, text), ...])
CALLS = {
    "en": [
        [("A", "Good morning, NordLamp, my name is Anna, how can I help you?"),
         ("C", "Hello, I'd like to return a lamp I bought last week, it flickers all the time."),
         ("A", "I'm sorry to hear that. Could you tell me the order number, please?"),
         ("C", "Yes, it is four five seven one two."), ("A", "Thank you, I have sent you a return label by email.")],
        [("C", "Hi, I have a problem with my delivery, it has not arrived yet."),
         ("A", "Hello, this is Anna from NordLamp, let me check that for you."),
         ("C", "It was supposed to come on Monday."), ("A", "I see it is at the warehouse, it will arrive tomorrow.")],
        [("A", "NordLamp customer service, good afternoon, how may I help?"),
         ("C", "I would like to know if the desk lamp comes in white."),
         ("A", "Yes, the Lumo desk lamp is available in white and in black."), ("C", "Great, thank you.")],
    ],
    "ru": [
        [("A", "Добрый день, компания НордЛамп, меня зовут Анна, чем могу помочь?"),
         ("C", "Здравствуйте, я хотел бы вернуть лампу, она мигает."),
         ("A", "Понимаю. Назовите, пожалуйста, номер заказа."), ("C", "Четыре пять семь один два."),
         ("A", "Спасибо, я отправила вам наклейку для возврата.")],
        [("C", "Алло, у меня проблема с доставкой, заказ так и не пришёл."),
         ("A", "Здравствуйте, НордЛамп, меня зовут Анна, сейчас проверю."),
         ("C", "Обещали привезти в понедельник."), ("A", "Заказ на складе, его привезут завтра.")],
        [("A", "НордЛамп, здравствуйте, чем могу помочь?"),
         ("C", "Я хотела бы узнать, есть ли настольная лампа белого цвета."),
         ("A", "Да, лампа Люмо есть в белом и в чёрном цвете."), ("C", "Отлично, спасибо.")],
    ],
    "lv": [
        [("A", "Labdien, NordLamp, mani sauc Anna, kā varu palīdzēt?"),
         ("C", "Labdien, es gribētu atgriezt lampu, tā mirgo."),
         ("A", "Saprotu. Lūdzu, nosauciet pasūtījuma numuru."), ("C", "Četri pieci septiņi viens divi."),
         ("A", "Paldies, es jums nosūtīju atgriešanas etiķeti.")],
        [("C", "Labdien, man ir problēma ar piegādi, pasūtījums nav atnācis."),
         ("A", "Labdien, NordLamp, mani sauc Anna, tūlīt pārbaudīšu."),
         ("C", "Solīja atvest pirmdien."), ("A", "Pasūtījums ir noliktavā, to atvedīs rīt.")],
        [("A", "NordLamp klientu serviss, kā varu palīdzēt?"),
         ("C", "Es gribētu uzzināt, vai galda lampa ir baltā krāsā."),
         ("A", "Jā, lampa Lumo ir baltā un melnā krāsā."), ("C", "Lieliski, paldies.")],
    ],
}
ENROL = {  # other calls of the same agent voices: their agent channel enrols the profile
    "en": ["Good morning, thank you for calling. Let me look at your account.",
           "Your order has been shipped and should arrive on Thursday.",
           "Is there anything else I can do for you today? Have a nice day."],
    "ru": ["Добрый день, спасибо за звонок. Сейчас посмотрю ваш заказ.",
           "Ваш заказ отправлен и приедет в четверг.", "Могу ли я помочь чем-то ещё? Хорошего дня."],
    "lv": ["Labdien, paldies par zvanu. Tūlīt apskatīšu jūsu pasūtījumu.",
           "Jūsu pasūtījums ir nosūtīts un pienāks ceturtdien.", "Vai varu vēl kā palīdzēt? Jauku dienu."],
}


def speak(text: str, voice: tuple[str, int, int]) -> np.ndarray:
    name, pitch, speed = voice
    wav = subprocess.run(["espeak-ng", "-v", name, "-p", str(pitch), "-s", str(speed), "--stdout", text],
                         capture_output=True, check=True).stdout
    raw = subprocess.run(["sox", "-t", "wav", "-", "-r", str(RATE), "-c", "1", "-b", "16", "-e", "signed",
                          "-t", "raw", "-"], input=wav, capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype=np.int16).astype(np.float32) / 32768


def build(lang: str, script, customer_voice):
    """The mono mix and the true segments (speaker 1 is whoever speaks first)."""
    parts, segments, t = [], [], 0
    first = script[0][0]
    for who, text in script:
        audio = speak(text, AGENT_VOICE[lang] if who == "A" else customer_voice)
        ms = len(audio) * 1000 // RATE
        segments.append((1 if who == first else 2, t, t + ms, text, who == "A"))
        parts += [audio, np.zeros(GAP_MS * RATE // 1000, np.float32)]
        t += ms + GAP_MS
    return np.concatenate(parts), segments


def profile_of(lang: str) -> np.ndarray:
    return embed_speech(np.concatenate([speak(text, AGENT_VOICE[lang]) for text in ENROL[lang]]))


def score(decisions, segments) -> tuple[int, int]:
    agent = next(d.speaker for d in decisions if d.role == roles.SpeakerRole.AGENT)
    right = sum(e - s for sp, s, e, _, is_agent in segments if (sp == agent) == is_agent)
    return right, sum(e - s for _, s, e, _, _ in segments)


def end_to_end(mix, segments, profile, lang) -> dict[str, tuple[int, int]]:
    """Separate the mix (reviewer.speakers.separation), give each turn to the separated speaker
    overlapping it most, decide, and score every 10 ms of true speech by the role it got."""
    from reviewer.speakers.separation import separate

    found = separate(mix, speakers=2)
    def speaker_of(s, e):
        overlap = {}
        for fs, fe, sp in found.segments:
            overlap[sp] = overlap.get(sp, 0) + max(0, min(e, fe) - max(s, fs))
        return max(overlap, key=overlap.get) if overlap and max(overlap.values()) > 0 else None
    turns = [roles.SpokenTurn(sp, s, text) for s, e, text in ((s, e, t) for _, s, e, t, _ in segments)
             if (sp := speaker_of(s, e)) is not None]
    sims = {k: float(profile @ (v / max(np.linalg.norm(v), 1e-12))) for k, v in found.embeddings.items()
            if v is not None}
    out = {}
    for name, decision in (("without profile", roles.by_text(turns, COMPANY[lang], language=lang)),
                           ("with profile", roles.decide(turns, sims, COMPANY[lang], language=lang))):
        role = {d.speaker: d.role for d in decision}
        right = total = turn_right = 0
        for _, s, e, _, is_agent in segments:
            # as the product labels a turn: by the separated speaker its speech overlaps most
            sp = speaker_of(s, e)
            if sp is not None and (role.get(sp) == roles.SpeakerRole.AGENT) == is_agent:
                turn_right += e - s
            for t in range(s, e, 10):  # stricter: every 10 ms, a pause inside a turn counts as wrong
                here = [sp for fs, fe, sp in found.segments if fs <= t < fe]
                total += 10
                if len(here) == 1 and (role.get(here[0]) == roles.SpeakerRole.AGENT) == is_agent:
                    right += 10
        out[name] = (turn_right, sum(e - s for _, s, e, _, _ in segments), right, total)
    return out


def main() -> int:
    began = time.perf_counter()
    totals = {"with profile": [0, 0], "without profile": [0, 0]}
    e2e = {"with profile": [0, 0, 0, 0], "without profile": [0, 0, 0, 0]}
    print(f"{'call':<8} {'first':<9} {'no profile: agent, cue, conf':<40} {'profile: agent, conf':<24}")
    for lang, scripts in CALLS.items():
        profile = profile_of(lang)
        for n, script in enumerate(scripts):
            mix, segments = build(lang, script, CUSTOMER_VOICES[lang][n % 3])
            turns = [roles.SpokenTurn(sp, s, text) for sp, s, _, text, _ in segments]
            text_decision = roles.by_text(turns, COMPANY[lang], language=lang)
            similarities = {}
            for speaker in (1, 2):
                vector = embed_speech(select_speech(mix, [(s, e) for sp, s, e, _, _ in segments if sp == speaker]))
                similarities[speaker] = float(profile @ vector)
            voice_decision = roles.decide(turns, similarities, COMPANY[lang], language=lang)
            for name, decision in (("without profile", text_decision), ("with profile", voice_decision)):
                right, total = score(decision, segments)
                totals[name][0] += right
                totals[name][1] += total
            e2e_call = end_to_end(mix, segments, profile, lang)
            for name, figures in e2e_call.items():
                for i, value in enumerate(figures):
                    e2e[name][i] += value
            ta = next(d for d in text_decision if d.role == roles.SpeakerRole.AGENT)
            va = next(d for d in voice_decision if d.role == roles.SpeakerRole.AGENT)
            truth = next(sp for sp, *_r, is_agent in segments if is_agent)
            first = "agent" if script[0][0] == "A" else "customer"
            mark = lambda d: "ok" if d.speaker == truth else "WRONG"  # noqa: E731
            sims = " ".join(f"{similarities[s]:.2f}" for s in (1, 2))
            per_turn = " ".join(f"{100 * f[0] / f[1]:.0f}%" for f in (e2e_call["with profile"], e2e_call["without profile"]))
            print(f"{lang}-{n + 1:<5} {first:<9} {f'S{ta.speaker} {ta.cue} {ta.confidence:.2f} {mark(ta)}':<40}"
                  f" {f'S{va.speaker} {va.confidence:.2f} {mark(va)}':<24} sim {sims}  end to end {per_turn}")
    print()
    print("Role assignment correct, % of speech time (true segments, 9 calls en/ru/lv):")
    for name, target in (("with profile", 95), ("without profile", 85)):
        right, total = totals[name]
        print(f"  {name:<16} {100 * right / total:5.1f} %  (target >= {target} %)")
    print("End to end (reviewer.speakers.separation, then roles), % of true speech time with the right role:")
    print(f"  {'':<16} {'by turn':>8} {'every 10 ms':>12}   (by turn: as the product labels a turn, by the separated")
    print(f"  {'':<16} {'':>8} {'':>12}    speaker its speech overlaps most; every 10 ms: pauses inside a turn count as wrong)")
    for name in ("with profile", "without profile"):
        turn_right, turn_total, right, total = e2e[name]
        print(f"  {name:<16} {100 * turn_right / turn_total:7.1f} % {100 * right / total:10.1f} %")
    print(f"({time.perf_counter() - began:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
