"""User data in command-line output, shown so that it cannot be turned against the user.

File names, speaker names, message text, titles and comments come from files anyone can write.
Printed as they are, a newline in a file name forges an extra ``imported`` line, and an ESC
sequence in a chat message clears the terminal or retitles the window. Every CLI line that
shows such data passes it through ``shown()``: control characters, and the direction overrides
that reorder what the eye reads (Trojan Source), become visible escapes; the rest of the text,
Cyrillic and emoji included, is unchanged. JSON output needs none of this: json escapes them.
"""

from __future__ import annotations

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(code: int) -> str:
    char = chr(code)
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_UNSAFE = [
    *range(0x00, 0x20),  # C0 controls: newline, carriage return, ESC, BEL, backspace...
    0x7F,  # DEL
    *range(0x80, 0xA0),  # C1 controls: CSI (0x9b) starts an escape sequence on its own
    0x2028,  # line and paragraph separators: some terminals break the line there
    0x2029,
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2066, 0x206A),  # bidi isolates
]
_TABLE = {code: _escape(code) for code in _UNSAFE}


def shown(value: object) -> str:
    """``value`` as text for one line of terminal output, its control characters escaped
    (``\\n``, ``\\x1b``, ``\\u202e``). None becomes an empty string."""
    if value is None:
        return ""
    return str(value).translate(_TABLE)


def echo(*parts: object, **kwargs) -> None:
    """print() for a line made of user data: every part passed through shown()."""
    print(*(shown(part) for part in parts), **kwargs)
