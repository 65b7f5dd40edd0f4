"""Reading chat exports whatever encoding the phone or PC wrote them in."""

from __future__ import annotations

import codecs
from pathlib import Path

from reviewer.importers.base import ImportProblem

# Single-byte code pages our users' exports come in: Russian and Baltic Windows, KOI8-R, Western.
# The order breaks ties when the guesser finds several equally clean readings.
_LEGACY = ["cp1251", "cp1257", "koi8_r", "cp1252"]
MAX_TEXT_BYTES = 200 * 1024 * 1024

# Bytes that may appear in text: tab, LF, FF, CR and everything from space up. Deleting them with
# bytes.translate leaves the control bytes, counted in C rather than in a Python loop.
_TEXT_BYTES = bytes([9, 10, 12, 13]) + bytes(range(32, 256))

# Letters that our users' languages use beyond ASCII: Cyrillic and the Baltic alphabets (plus the
# German/Estonian umlauts and French accents that also occur). Used to choose between code pages
# that decode the same bytes equally "cleanly" (cp1257 Latvian vs cp1252 gibberish).
_EXPECTED_LETTERS = frozenset(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў"
    "āčēģīķļņšūžąęėįųõäöüéèàâçôœß"
)


def looks_like_text(head: bytes) -> bool:
    """True when the bytes plausibly start a text file in one of the encodings we read."""
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = head[:4096]
    if b"\x00" in sample:
        return _utf16_without_bom(sample) is not None
    control = len(sample.translate(None, _TEXT_BYTES))
    return control <= len(sample) // 100


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 without a byte order mark: ASCII characters (spaces, digits, line breaks) put zero
    bytes on one side only. Cyrillic text has fewer of them, so the threshold is low; the sample
    must then also decode cleanly."""
    sample = head[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_zeros = even.count(0) / len(even)
    odd_zeros = odd.count(0) / len(odd)
    if odd_zeros > 0.05 and even_zeros < 0.01:
        encoding = "utf-16-le"
    elif even_zeros > 0.05 and odd_zeros < 0.01:
        encoding = "utf-16-be"
    else:
        return None
    text = sample[: len(sample) & ~1].decode(encoding, errors="replace")
    bad = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f"))
    return encoding if bad <= len(text) // 100 else None


def decode(data: bytes) -> tuple[str, str]:
    """Decode text; returns (text, encoding). Raises ImportProblem when it is not text we can read."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE):
        return _strict(data[2:], "utf-16-le"), "utf-16"
    if data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data[2:], "utf-16-be"), "utf-16"
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16:
            return _strict(data, utf16), utf16
        raise ImportProblem("binary data, not a text export")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _guess_legacy(data)
    return _strict(data, encoding), encoding


def _guess_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    sample = data[: 1024 * 1024]
    results = list(from_bytes(sample, cp_isolation=_LEGACY))
    if not results:
        raise ImportProblem("undecodable text: not UTF-8, UTF-16, cp1251, cp1257 or KOI8-R")
    least_chaos = min(r.chaos for r in results)
    if least_chaos > 0.3:
        raise ImportProblem("undecodable text: not UTF-8, UTF-16, cp1251, cp1257 or KOI8-R")
    clean = [r for r in results if r.chaos <= least_chaos + 0.05]

    def rank(result) -> tuple:
        order = _LEGACY.index(result.encoding) if result.encoding in _LEGACY else len(_LEGACY)
        return (-_plausibility(str(result)), order)

    return min(clean, key=rank).encoding


def _plausibility(text: str) -> float:
    """Share of non-ASCII letters that belong to our users' alphabets, less a penalty for
    capitals inside lower-case words (what a wrong Cyrillic code page produces)."""
    letters = good = odd_case = 0
    previous_lower = False
    for ch in text:
        if ch >= "\x80" and ch.isalpha():
            letters += 1
            if ch.lower() in _EXPECTED_LETTERS:
                good += 1
            if previous_lower and ch.isupper():
                odd_case += 1
        previous_lower = ch.islower()
    if not letters:
        return 0.0
    return (good - odd_case) / letters


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"undecodable text: invalid {encoding} at byte {exc.start}") from exc


def read_text(path: Path) -> str:
    """A whole text file, decoded, with line breaks normalised to "\\n"."""
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise ImportProblem(f"too large for a chat export ({size // (1024 * 1024)} MB)")
    if size == 0:
        raise ImportProblem("empty file")
    text, _ = decode(path.read_bytes())
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


_last_head: tuple[bytes, str | None] | None = None


def decode_head(head: bytes) -> str | None:
    """The first bytes of a file as text for sniffing, or None when they are not text.

    Every importer sniffs the same head, so the last answer is kept: the registry asks about one
    file at a time and this keeps detection cheap. A multi-byte character cut at the end of the
    head is dropped rather than failing the decode.
    """
    global _last_head
    cached = _last_head
    if cached is not None and cached[0] is head:
        return cached[1]
    text = _decode_head(head)
    _last_head = (head, text)
    return text


def _decode_head(head: bytes) -> str | None:
    if not looks_like_text(head):
        return None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head[:4096]:
        encoding = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else (
            _utf16_without_bom(head)
        )
        if encoding is None:
            return None
        even = head[: len(head) & ~1]
        return even.decode(encoding, errors="ignore")
    if head.startswith(codecs.BOM_UTF8):
        head = head[3:]
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # a character cut by the end of the head
            try:
                return head[: exc.start].decode("utf-8")
            except UnicodeDecodeError:
                pass
    try:
        return head.decode(_guess_legacy(head))
    except (ImportProblem, UnicodeDecodeError):
        return None
