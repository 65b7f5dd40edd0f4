"""HTML message bodies (Intercom, Zendesk, e-mail) as the plain text a reader saw."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements whose start or end begins a new line in the rendered text.
_BLOCK = frozenset(
    "address article aside br dd div dl dt figcaption footer form h1 h2 h3 h4 h5 h6"
    " header hr li main nav ol p pre section table tbody thead tfoot tr ul".split()
)
_SKIP = frozenset(("script", "style", "head", "title", "template"))
_QUOTE_START, _QUOTE_END = "\x01", "\x02"  # marks <blockquote> until lines are assembled
_BLANKS = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t\u00a0]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._pre = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skipping += 1
        elif tag == "blockquote":
            self.parts.append("\n" + _QUOTE_START)
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in _BLOCK:
            self.parts.append("\n")
            if tag == "pre":
                self._pre += 1
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(alt)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "blockquote":
            self.parts.append(_QUOTE_END + "\n")
        elif tag in _BLOCK:
            self.parts.append("\n")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data):
        if self._skipping:
            return
        # Line breaks in HTML source are spaces, except inside <pre>.
        self.parts.append(data if self._pre else data.replace("\r", " ").replace("\n", " "))


def to_text(markup: str) -> str:
    """Visible text of an HTML fragment or document, one paragraph per line.

    Text inside <blockquote> comes out with "> " before each line, like a quoted plain-text reply.
    """
    if "<" not in markup:
        return html.unescape(markup).strip()
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    lines: list[str] = []
    depth = 0
    for raw in "".join(collector.parts).split("\n"):
        opened, closed = raw.count(_QUOTE_START), raw.count(_QUOTE_END)
        depth += opened
        line = _SPACES.sub(" ", raw.replace(_QUOTE_START, "").replace(_QUOTE_END, "")).strip()
        if line:
            lines.append("> " * depth + line if depth else line)
        elif lines and lines[-1]:
            lines.append("")
        depth = max(0, depth - closed)
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
