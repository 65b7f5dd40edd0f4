"""Languages the Whisper models know, by the codes users pass (--language ru, the setting)."""

from __future__ import annotations

# Whisper's language codes (faster-whisper's list; kept here so that checking an option does
# not import the speech engine).
CODES = (
    "af", "am", "ar", "as", "az", "ba", "be", "bg", "bn", "bo", "br", "bs", "ca", "cs", "cy", "da", "de",
    "el", "en", "es", "et", "eu", "fa", "fi", "fo", "fr", "gl", "gu", "ha", "haw", "he", "hi", "hr", "ht",
    "hu", "hy", "id", "is", "it", "ja", "jw", "ka", "kk", "km", "kn", "ko", "la", "lb", "ln", "lo", "lt",
    "lv", "mg", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "ne", "nl", "nn", "no", "oc", "pa", "pl",
    "ps", "pt", "ro", "ru", "sa", "sd", "si", "sk", "sl", "sn", "so", "sq", "sr", "su", "sv", "sw", "ta",
    "te", "tg", "th", "tk", "tl", "tr", "tt", "uk", "ur", "uz", "vi", "yi", "yo", "zh", "yue",
)  # fmt: skip


def check(code: str | None) -> str | None:
    """The code in canonical form, None for "detect"; ValueError naming the bad code."""
    if code is None or not code.strip() or code.strip().lower() in ("auto", "detect"):
        return None
    code = code.strip().lower()
    if code not in CODES:
        raise ValueError(f"unknown language {code!r}; use a code such as en, ru, lv (or auto to detect)")
    return code
