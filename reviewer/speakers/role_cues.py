"""Cues to who serves in a call that hold up when the recognition is poor.

- How each speaker speaks of the two sides: the one serving says "you" to the other and "we"
  for the company; the one served says "I" and "my" (their order, their phone). Pronouns are
  short, frequent words that a weak transcript still gets right when the rest is garbled.
- A name said with the recognition's spelling: "Telly Nord" for TeleNord, "нот банк" for
  НордБанк: the name is compared letter by letter with the words it could have become.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from reviewer.checks.text import fold

# Folded forms (fold(): lower case, no diacritics, ё as е).
_YOU_WE = {
    "en": "you your yours yourself yourselves you're you've you'll we our ours us we're we've we'll",
    "ru": ("вы вас вам вами ваш ваша ваше ваши вашего вашей вашему вашим ваших вашу вашем "
           "ты тебя тебе тобой твой твоя твое твои твоего твоей твоему твоим твоих твою "
           "мы нас нам нами наш наша наше наши нашего нашей нашему нашим наших нашу нашем"),
    "lv": ("jus jusu jums tu tev tevi tavs tava tavu tavi tavas tavam tavai "
           "mes musu mums mus"),
}
_I = {
    "en": "i me my mine myself i'm i've i'd i'll",
    "ru": "я меня мне мной мною мой моя мое мои моего моей моему моим моих мою моем",
    "lv": "es man mani mans mana manu manas manam manai manis",
}
YOU_WE = {lang: frozenset(words.split()) for lang, words in _YOU_WE.items()}
I_MY = {lang: frozenset(words.split()) for lang, words in _I.items()}


@lru_cache(maxsize=16)
def _pronouns(languages: tuple[str, ...]) -> tuple[frozenset, frozenset]:
    """("you"/"we" forms, "I"/"my" forms) of the languages together."""
    return (frozenset().union(*(YOU_WE.get(lang, ()) for lang in languages)),
            frozenset().union(*(I_MY.get(lang, ()) for lang in languages)))

#: pronouns the speakers must have said, together, before their use tells anything (one who
#: said none leans neither way)
MIN_PRONOUNS = 4


@dataclass
class Address:
    """How one speaker speaks of the two sides: how many of their words are which pronoun."""
    you_we: int = 0
    i_my: int = 0

    def add(self, words: list[str], languages: tuple[str, ...]) -> None:
        """Count a turn's folded words (reviewer.checks.text tokens)."""
        you_we, i_my = _pronouns(languages)
        for word in words:
            word = word.replace("’", "'")
            self.you_we += word in you_we
            self.i_my += word in i_my

    @property
    def pronouns(self) -> int:
        return self.you_we + self.i_my

    @property
    def leaning(self) -> float:
        """From -1 (only "I") to 1 (only "you"/"we"); 0 with no pronoun."""
        return (self.you_we - self.i_my) / self.pronouns if self.pronouns else 0.0


def serving_leanings(addresses: dict[int, Address]) -> dict[int, float]:
    """Per speaker, how much more than the others they speak as the one serving (-2..2);
    empty when too few pronouns were said to tell."""
    if len(addresses) < 2 or sum(a.pronouns for a in addresses.values()) < MIN_PRONOUNS:
        return {}
    mean = sum(a.leaning for a in addresses.values()) / len(addresses)
    return {s: a.leaning - mean for s, a in addresses.items()}


#: how alike (rapidfuzz ratio, 0-100) the letters of a name and of the words said must be
NAME_LIKENESS = 80
NAME_MIN_LETTERS = 5


def says_name(words: list[str], names: list[str]) -> bool:
    """A name (written joined or apart) among the words, as the recognition may spell it: one to
    three words said in a row, joined, compared letter by letter with the joined name. A name
    shorter than NAME_MIN_LETTERS ("Anna", "Олег") counts only as written. ``words``: the
    turn's folded words (reviewer.checks.text tokens)."""
    for name in names:
        target = "".join(fold(name).split())
        if len(target) < NAME_MIN_LETTERS:  # too short to tell from a misheard word: as written
            if len(target) >= 3 and target in words:
                return True
            continue
        for i in range(len(words)):
            joined = ""
            for word in words[i:i + 3]:
                joined += word
                if abs(len(joined) - len(target)) <= max(2, len(target) // 4) \
                        and fuzz.ratio(joined, target) >= NAME_LIKENESS:
                    return True
                if len(joined) > len(target) + 3:
                    break
    return False
