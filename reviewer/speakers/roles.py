"""Which separated speaker of a mono call is the agent (the others are customers).

Two ways to decide, best first:

1. The employee's voice profile (reviewer.speakers.profiles): the speaker whose embedding is
   closest to the profile is the agent; how sure follows the margin over the next speaker.
2. Without a profile, what the speakers say early in the call: the agent greets with the
   company's name (setting ``company_names``), introduces themself (or says the call's
   employee's name), offers help, or names the company at all; a customer states a problem or
   asks for something. Over the whole call, the agent says "you" and "we" where the customer
   says "I" and "my" (reviewer.speakers.role_cues), which holds when recognition is poor. The
   call's direction, when known, counts a little (inbound: whoever answers, speaks first, is
   the agent).

Phrases are matched as the automatic checks match them (reviewer.checks.text: lemmas in ru,
lv and en, recognition errors tolerated), never with new matching code.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reviewer.checks.text import LEMMA_LANGUAGES, PhraseSet, TurnText, compile_phrase, find, fold
from reviewer.domain import SpeakerRole
from reviewer.speakers.role_cues import Address, says_name, serving_leanings

# What decided, as stored in speaker_roles.cue; CUE_LABELS says it to a person.
VOICE_PROFILE = "voice_profile"
COMPANY_GREETING = "company_greeting"
INTRODUCTION = "introduction"
OFFERS_HELP = "offers_help"
COMPANY_NAME = "company_name"
CUSTOMER_REQUEST = "customer_request"
SERVICE_PHRASE = "service_phrase"
ADDRESSES_CUSTOMER = "addresses_customer"
DIRECTION = "direction"
NO_CUE = "no_cue"
REVIEWER = "reviewer"

CUE_LABELS = {
    VOICE_PROFILE: "voice profile",
    COMPANY_GREETING: "greets with the company name",
    INTRODUCTION: "introduces themself",
    OFFERS_HELP: "offers help",
    COMPANY_NAME: "says the company name",
    CUSTOMER_REQUEST: "the other speaker asks for something",
    SERVICE_PHRASE: "asks to wait or checks, as an agent does",
    ADDRESSES_CUSTOMER: "says \"you\" and \"we\" where the other says \"I\"",
    DIRECTION: "call direction",
    NO_CUE: "no cue, first speaker",
    REVIEWER: "set by a reviewer",
}

#: How much each cue says that its speaker is the agent (negative: the customer).
WEIGHTS = {COMPANY_GREETING: 3.0, INTRODUCTION: 2.5, OFFERS_HELP: 2.0, COMPANY_NAME: 1.5,
           SERVICE_PHRASE: 1.5, CUSTOMER_REQUEST: -1.5, DIRECTION: 0.8, ADDRESSES_CUSTOMER: 2.0}

PHRASES = {
    INTRODUCTION: {
        "ru": ["меня зовут", "с вами говорит", "вас приветствует", "на связи"],
        "lv": ["mani sauc", "ar jums runā", "jūs sveic"],
        "en": ["my name is", "you're speaking with", "you are speaking with", "speaking with"],
    },
    OFFERS_HELP: {
        "ru": ["чем могу помочь", "чем я могу помочь", "чем могу быть полезен", "чем могу быть полезна",
               "чем вам помочь"],
        "lv": ["kā varu palīdzēt", "kā es varu palīdzēt", "kā varam palīdzēt", "kā varu jums palīdzēt",
               "ar ko varu palīdzēt"],
        "en": ["how can I help", "how may I help", "what can I do for you", "how can we help"],
    },
    # what the one who serves says while serving: asks to wait, thanks for waiting, goes to check
    SERVICE_PHRASE: {
        "ru": ["подождите минутку", "одну минуту", "спасибо за ожидание", "сейчас проверю", "я проверю",
               "оставайтесь на линии"],
        "lv": ["lūdzu uzgaidiet", "vienu mirklīti", "paldies par gaidīšanu", "es pārbaudīšu", "tūlīt pārbaudīšu",
               "palieciet pie klausules"],
        "en": ["please wait a moment", "please hold", "thank you for waiting", "thanks for waiting",
               "thank you for holding", "let me check", "while I check"],
    },
    CUSTOMER_REQUEST: {
        "ru": ["я хотел бы", "я хотела бы", "хотел бы", "хотела бы", "у меня проблема", "у меня вопрос",
               "не работает", "хочу узнать", "мне нужно", "я звоню по поводу", "звоню по поводу", "я звоню насчёт"],
        "lv": ["es gribētu", "gribētu", "es vēlētos", "man ir problēma", "man ir jautājums", "nestrādā",
               "vēlos uzzināt", "man vajag", "es zvanu par", "zvanu par", "es zvanu sakarā ar"],
        "en": ["I'd like", "I would like", "I have a problem", "I have a question", "is not working",
               "doesn't work", "isn't working", "I want to", "I need", "I am calling about", "I'm calling about",
               "I am calling to", "I'm calling to"],
    },
}

# "this is Anna from NordLamp", "это Анна из ...", "zvana Anna no ...": an introduction
_THIS_IS_FROM = re.compile(r"\b(?:this is|это|šeit)\s+\w+(?:\s+\w+)?\s+(?:from|из|no)\b")

#: a lone voice this close to the employee's profile is the employee's (same-voice pairs of
#: CAM++ embeddings measure 0.86-0.97, different voices 0.33-0.43: see separation.SAME_VOICE)
ONE_VOICE_PROFILE = 0.7
EARLY_TURNS = 3  # the first turns of each speaker are where greetings and requests are
EARLY_MS = 90_000


@dataclass(frozen=True)
class RoleDecision:
    speaker: int
    role: SpeakerRole
    cue: str  # one of the cue names above
    confidence: float  # 0-1: how sure the decision is

    @property
    def cue_label(self) -> str:
        return CUE_LABELS.get(self.cue, self.cue)


@dataclass(frozen=True)
class SpokenTurn:
    """What the text decision reads of a turn: who (separated speaker number), when, what."""
    speaker: int
    start_ms: int | None
    text: str


def by_profile(similarities: dict[int, float], speakers: list[int]) -> list[RoleDecision] | None:
    """The speaker most similar to the profile is the agent; None when nothing was measured."""
    if not similarities:
        return None
    ranked = sorted(similarities.items(), key=lambda kv: -kv[1])
    agent, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else min(best, 0.2)  # one measured: compare with "a stranger"
    margin = max(0.0, best - second)
    confidence = round(min(0.99, 0.5 + 0.5 * (1 - math.exp(-margin / 0.12))), 2)
    return _decisions(agent, speakers, VOICE_PROFILE, confidence)


def by_text(turns: list[SpokenTurn], company_names: list[str], direction: str | None = None,
            language: str | None = None, employee: str | None = None) -> list[RoleDecision]:
    """Decide from the speakers' early turns and their pronouns; with no cue at all, the first
    speaker is the agent at confidence 0.5 (a guess)."""
    speakers = _speakers_in_order(turns)
    if not speakers:
        return []
    languages = [language] if language in LEMMA_LANGUAGES else list(LEMMA_LANGUAGES)
    sets = _phrase_sets(tuple(languages))
    variants = _name_variants(company_names)
    companies = PhraseSet(p for name in variants for lang in languages
                          if (p := compile_phrase(name, lang)) is not None)
    own_names = _employee_names(employee)
    addresses = {s: Address() for s in speakers}
    scores = {s: 0.0 for s in speakers}
    cues: dict[int, dict[str, float]] = {s: {} for s in speakers}  # cue -> what it added
    seen = {s: 0 for s in speakers}
    start = min((t.start_ms for t in turns if t.start_ms is not None), default=0)
    for turn in turns:
        text = TurnText(turn.text)  # its words now, its lemmas only when a phrase is looked for
        words = [t.folded for t in text.tokens]
        addresses[turn.speaker].add(words, tuple(languages))
        if seen[turn.speaker] >= EARLY_TURNS or (turn.start_ms is not None and turn.start_ms - start > EARLY_MS):
            continue
        first = seen[turn.speaker] == 0
        seen[turn.speaker] += 1
        found = []
        if companies and (find(text, companies, fuzzy=True) or says_name(words, variants)):
            found.append(COMPANY_GREETING if first else COMPANY_NAME)
        if find(text, sets[INTRODUCTION], fuzzy=True) or _THIS_IS_FROM.search(fold(turn.text)) \
                or (own_names and says_name(words, own_names)):
            found.append(INTRODUCTION)
        if find(text, sets[OFFERS_HELP], fuzzy=True):
            found.append(OFFERS_HELP)
        if find(text, sets[SERVICE_PHRASE], fuzzy=True):
            found.append(SERVICE_PHRASE)
        if find(text, sets[CUSTOMER_REQUEST], fuzzy=False):
            found.append(CUSTOMER_REQUEST)
        for cue in found:
            if cue not in cues[turn.speaker]:  # a cue counts once per speaker
                cues[turn.speaker][cue] = WEIGHTS[cue]
                scores[turn.speaker] += WEIGHTS[cue]
    for s, leaning in serving_leanings(addresses).items():
        if leaning > 0:
            cues[s][ADDRESSES_CUSTOMER] = WEIGHTS[ADDRESSES_CUSTOMER] * min(1.0, leaning)
            scores[s] += cues[s][ADDRESSES_CUSTOMER]
    if direction in ("inbound", "outbound") and len(speakers) > 1:
        answerer = speakers[0] if direction == "inbound" else speakers[1]
        scores[answerer] += WEIGHTS[DIRECTION]
        cues[answerer][DIRECTION] = WEIGHTS[DIRECTION]
    ranked = sorted(speakers, key=lambda s: (-scores[s], speakers.index(s)))
    agent = ranked[0]
    runner_up = scores[ranked[1]] if len(ranked) > 1 else 0.0
    margin = scores[agent] - runner_up
    if margin <= 0:
        return _decisions(agent, speakers, NO_CUE, 0.5)
    agent_cues = [c for c, added in cues[agent].items() if added > 0]
    if agent_cues:  # the cue that added most
        cue = max(agent_cues, key=lambda c: cues[agent][c])
    else:  # the agent said nothing telling; the others asked for something
        cue = CUSTOMER_REQUEST
    confidence = round(min(0.97, 0.5 + 0.5 * (1 - math.exp(-margin / 2.0))), 2)
    return _decisions(agent, speakers, cue, confidence)


def decide(turns: list[SpokenTurn], similarities: dict[int, float] | None, company_names: list[str],
           direction: str | None = None, language: str | None = None,
           employee: str | None = None) -> list[RoleDecision]:
    """The profile when it tells the speakers apart (margin of at least 0.05), else the text.
    A recording with one voice (a voicemail, a monologue) is the agent's only when it is the
    profile's voice; else nothing is decided: with no one to tell apart, a cue proves nothing."""
    speakers = _speakers_in_order(turns)
    if len(speakers) == 1:
        similarity = (similarities or {}).get(speakers[0])
        if similarity is not None and similarity >= ONE_VOICE_PROFILE:
            return [RoleDecision(speakers[0], SpeakerRole.AGENT, VOICE_PROFILE, round(min(0.97, similarity), 2))]
        return []
    for s in sorted(similarities or {}):
        if s not in speakers:
            speakers.append(s)
    if similarities:
        values = sorted(similarities.values(), reverse=True)
        if len(values) == 1 or values[0] - values[1] >= 0.05:
            return by_profile(similarities, speakers)
    return by_text(turns, company_names, direction, language, employee)


def _employee_names(employee: str | None) -> list[str]:
    """The employee's first name, as an agent introduces themself, when it looks like a name
    (letters only: not an id such as "agent042"); says_name decides how exactly it must match."""
    first = (employee or "").split()[:1]
    return [first[0]] if first and first[0].isalpha() else []


def _name_variants(names: list[str]) -> list[str]:
    """The names as written, and split where a word is written joined ("NordLamp": also "Nord
    Lamp", as a transcript may write what was said)."""
    out = []
    for name in names:
        for variant in (name, re.sub(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])", " ", name), name.replace(" ", "")):
            if variant.strip() and variant not in out:
                out.append(variant)
    return out


def _speakers_in_order(turns: list[SpokenTurn]) -> list[int]:
    ordered = sorted((t for t in turns if t.speaker is not None),
                     key=lambda t: (t.start_ms if t.start_ms is not None else 0))
    out: list[int] = []
    for t in ordered:
        if t.speaker not in out:
            out.append(t.speaker)
    return out


def _decisions(agent: int, speakers: list[int], cue: str, confidence: float) -> list[RoleDecision]:
    if agent not in speakers:
        speakers = [agent, *speakers]
    return [RoleDecision(s, SpeakerRole.AGENT if s == agent else SpeakerRole.CUSTOMER, cue, confidence)
            for s in sorted(speakers)]


_SETS: dict[tuple, dict[str, PhraseSet]] = {}


def _phrase_sets(languages: tuple[str, ...]) -> dict[str, PhraseSet]:
    found = _SETS.get(languages)
    if found is None:
        found = _SETS[languages] = {
            cue: PhraseSet(p for lang in languages for text in by_lang.get(lang, ())
                           if (p := compile_phrase(text, lang)) is not None)
            for cue, by_lang in PHRASES.items()}
    return found


def assign_after_separation(library, cid: int, embeddings: dict) -> None:
    """After a mono call was separated (turns.speaker set): decide who is the agent, set the
    turns' roles and store the decision. ``embeddings``: speaker -> mean CAM++ embedding (None
    for a speaker with too little speech)."""
    from types import SimpleNamespace

    from reviewer.speakers.profiles import profile_similarities
    from reviewer.storage import speaker_roles
    from reviewer.storage.settings import Setting

    conversation = library.conversations.get(cid, with_turns=True)
    if conversation is None:
        return
    speakers = speaker_roles.turn_speakers(library, cid)
    turns = [SpokenTurn(speakers[t.index], t.start_ms, t.text) for t in conversation.turns if t.index in speakers]
    if not turns:
        return
    similarities = None
    if conversation.employee:
        similarities = profile_similarities(library, conversation.employee, SimpleNamespace(embeddings=embeddings or {}))
    metadata = conversation.metadata or {}  # reviewer.importers.call_details: metadata["call"]["direction"]
    direction = getattr(conversation, "direction", None) or (metadata.get("call") or {}).get("direction")
    decisions = decide(turns, similarities, library.setting(Setting.COMPANY_NAMES), direction,
                       conversation.language, conversation.employee)
    speaker_roles.apply(library, cid, decisions)
