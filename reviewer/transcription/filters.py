"""Dropping text Whisper invents: on silence, noise or music it tends to write subtitle credits,
"thanks for watching" and loops of the same words. Voice activity detection keeps most silence
away from the model; these checks catch what gets through."""

from __future__ import annotations

import re
import unicodedata

# Whisper's own rule for "this window holds no speech" (used by its sequential decoder).
NO_SPEECH_PROBABILITY = 0.6
LOW_AVG_LOGPROB = -1.0
# Text that compresses this well is a loop of the same words.
MAX_COMPRESSION_RATIO = 2.4

# Phrases learnt from subtitled videos that the model produces for silence or noise. Only whole
# segments that consist of one of them are dropped; nobody says these on a customer call.
KNOWN_PHRASES = {
    "thanks for watching",
    "thank you for watching",
    "thanks for watching and see you next time",
    "please subscribe",
    "subtitles by the amaraorg community",
    "subtitles by",
    "продолжение следует",
    "субтитры сделал dimatorzok",
    "субтитры создавал dimatorzok",
    "субтитры делал dimatorzok",
    "редактор субтитров асинецкая корректор акулакова",
    "спасибо за просмотр",
    "подписывайтесь на канал",
    "untertitel der amaraorg community",
    "untertitel im auftrag des zdf 2017",
    "sous-titrage st 501",
}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s-]", "", text)
    return " ".join(text.split())


def is_loop(compression_ratio: float) -> bool:
    """The model got stuck repeating itself (its text compresses too well to be speech)."""
    return compression_ratio > MAX_COMPRESSION_RATIO


def is_invented(
    text: str, avg_logprob: float, no_speech_prob: float, compression_ratio: float, known_speech: bool = False
) -> bool:
    """True for a segment that is most likely not speech from the recording. ``known_speech``:
    the audio is known to hold speech (its first decoding looped on words), so the model's own
    doubt about it does not count."""
    plain = normalise(text)
    if not plain:
        return True
    if not known_speech and no_speech_prob > NO_SPEECH_PROBABILITY and avg_logprob < LOW_AVG_LOGPROB:
        return True
    if is_loop(compression_ratio):
        return True
    return plain in KNOWN_PHRASES
