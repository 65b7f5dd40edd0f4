"""Call transcripts as subtitles: SubRip (.srt) and WebVTT (.vtt).

Each cue is a turn with its start and end. The speaker comes from a WebVTT voice tag
(<v Anna>text</v>) or a "Name: text" cue line; a cue whose lines name different speakers becomes
one turn per speaker. Other markup (<b>, <i>, <c.class>, karaoke timestamps) is removed.
Speakers named after a role ("Agent:", "Оператор:") get that role. A line that is only a speaker
label ("Anna:") names the speaker of the lines after it and is no text of its own. Tokens that
speech recognisers write for what they could not recognise (<unk>, [noise], <|endoftext|>) are
removed; cues that held nothing else are dropped and counted in the import note.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from reviewer.domain import Channel, Conversation, Turn
from reviewer.importers import chattime
from reviewer.importers.agents import assign_roles, label_roles
from reviewer.importers.base import ImportOptions, ImportProblem, Parsed
from reviewer.importers.textio import decode_head, read_text

_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
_CUE_TIMES = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s.*)?$")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]+)>(.*?)(?:</v>|(?=<v[\s.])|$)", re.S)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d[\d:.]*>")
_NAMED_LINE = re.compile(r"^\s*-?\s*([^\s:<>\[\]][^:<>\[\]]{0,39}?)\s*:\s+(.*)$")
_LABEL_ONLY = re.compile(r"^\s*-?\s*([^\s:<>\[\]][^:<>\[\]]{0,39}?)\s*:\s*$")
#: What ASR toolkits (Kaldi, ESPnet, NeMo, Whisper) write instead of words; not speech.
_ASR_TOKEN = re.compile(
    r"<\|[^|<>]{1,40}\|>|</?(?:unk|noise|sil|spn|nsn|eps|pad|s)>|\[(?:unk|noise|sil|spn|nsn)\]", re.I
)
_SRT_START = re.compile(r"^\s*\d+\s*\n\s*" + _TIME + r"\s*-->")


class SubtitlesImporter:
    name = "subtitles"
    suffixes = (".srt", ".vtt")

    def sniff(self, path: Path, head: bytes) -> int:
        text = decode_head(head)
        if text is None:
            return 0
        start = text[:2048].lstrip("\ufeff")
        if start.startswith("WEBVTT"):
            return 3
        if _SRT_START.match(start.replace("\r\n", "\n")):
            return 3
        return 0

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        text = read_text(path).lstrip("\ufeff")
        webvtt = text.startswith("WEBVTT")
        conversation = Conversation(
            channel=options.channel or Channel.CALL, source_name=path.name, source_format=self.name
        )
        token_only = 0
        for block in re.split(r"\n[ \t]*\n", text):
            lines = block.strip("\n").split("\n")
            timing = next((i for i, line in enumerate(lines[:3]) if "-->" in line), None)
            if timing is None:
                continue  # WEBVTT header, NOTE, STYLE or REGION block, or an SRT index alone
            m = _CUE_TIMES.match(lines[timing])
            if not m:
                raise ImportProblem(f"unreadable cue timing {lines[timing].strip()[:60]!r}")
            start_ms, end_ms = _ms(m.groups()[:4]), _ms(m.groups()[4:])
            payload = "\n".join(lines[timing + 1:])
            cue = _cue_turns(_ASR_TOKEN.sub(" ", payload), webvtt)
            if not cue and _ASR_TOKEN.search(payload):
                token_only += 1
            for speaker, words in cue:
                conversation.turns.append(Turn(text=words, speaker_name=speaker, start_ms=start_ms, end_ms=end_ms))
        if not conversation.turns:
            raise ImportProblem("no cues found in the subtitles")
        chattime.finish_offsets(conversation)
        label_roles(conversation)
        notes = []
        if token_only:
            notes.append(
                f"{token_only} cue{'s' if token_only > 1 else ''} held only recogniser tokens such as <unk>"
                f" and {'were' if token_only > 1 else 'was'} left out"
            )
        note = assign_roles(conversation, options.agents)
        if note:
            notes.append(note)
        return Parsed([conversation], notes)


def _ms(parts) -> int:
    hours, minutes, seconds, fraction = parts
    ms = int(fraction.ljust(3, "0"))
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + ms


def _cue_turns(payload: str, webvtt: bool) -> list[tuple[str | None, str]]:
    """(speaker, text) for each speaker in a cue's text; lines are joined with spaces."""
    turns: list[tuple[str | None, str]] = []
    if webvtt and "<v" in payload:
        for m in _VOICE.finditer(payload):
            _add(turns, m.group(1).strip(), _clean(m.group(2)))
        if turns:
            return turns
    label: str | None = None  # a line that is only "Name:" names who speaks the lines after it
    for line in payload.split("\n"):
        line = _clean(line)
        if not line:
            continue
        only_label = _LABEL_ONLY.match(line)
        if only_label and only_label.group(1).count(" ") < 4:
            label = only_label.group(1)
            continue
        if label is not None:
            line, label = f"{label}: {line}", None
        named = _NAMED_LINE.match(line)
        if named and named.group(1).count(" ") < 4:
            _add(turns, named.group(1), named.group(2).strip())
        elif line.startswith("-"):  # a dialogue dash: someone else speaks
            _add(turns, None, line.lstrip("-\u2013 "), new=True)
        else:
            _add(turns, turns[-1][0] if turns else None, line)
    return turns


def _add(turns: list, speaker: str | None, text: str, new: bool = False) -> None:
    if not text:
        return
    if turns and turns[-1][0] == speaker and not new:
        turns[-1] = (speaker, turns[-1][1] + " " + text)
    else:
        turns.append((speaker, text))


def _clean(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", text)).split())


IMPORTER = SubtitlesImporter()
