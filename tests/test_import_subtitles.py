"""Call transcripts as SubRip and WebVTT subtitles."""

import pytest

from reviewer.domain import Channel, SpeakerRole
from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importers.subtitles import IMPORTER

SRT = """1
00:00:01,000 --> 00:00:04,200
Оператор: Добрый день, компания Ромашка,
меня зовут Анна.

2
00:00:04,500 --> 00:00:06,000
Клиент: Здравствуйте!

3
00:00:06,100 --> 00:00:09,000
<i>Хочу узнать про доставку.</i>

4
00:00:09,500 --> 00:00:11,000
- Одну минуту.
- Спасибо.
"""

VTT = """WEBVTT - call 5521

NOTE recorded on the shop line

STYLE
::cue { color: yellow }

intro
00:01.000 --> 00:03.500 align:start position:10%
<v Anna Smith>Good morning, <b>Acme</b> support!</v>

00:00:03.600 --> 00:00:05.000
<v.loud Mark>Hi &amp; hello.</v>

00:00:05.100 --> 00:00:07.250
<v Anna Smith>How can I help?</v><v Mark>My order.</v>

00:00:07.300 --> 00:00:08.000
Agent: <c.highlight>One</c> <00:00:07.600>moment.
"""


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_srt_with_names_roles_and_dialogue_dashes(tmp_path):
    path = _write(tmp_path, "call.srt", SRT, "utf-8-sig")
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    [conversation] = parsed.conversations
    assert conversation.channel is Channel.CALL
    got = [(t.speaker_name, t.role, t.start_ms, t.end_ms, t.text) for t in conversation.turns]
    assert got == [
        ("Оператор", SpeakerRole.AGENT, 1000, 4200, "Добрый день, компания Ромашка, меня зовут Анна."),
        ("Клиент", SpeakerRole.CUSTOMER, 4500, 6000, "Здравствуйте!"),
        (None, SpeakerRole.UNKNOWN, 6100, 9000, "Хочу узнать про доставку."),
        (None, SpeakerRole.UNKNOWN, 9500, 11000, "Одну минуту."),
        (None, SpeakerRole.UNKNOWN, 9500, 11000, "Спасибо."),
    ]
    assert conversation.duration_ms == 11000
    assert parsed.notes == []


def test_webvtt_voices_markup_and_blocks(tmp_path):
    path = _write(tmp_path, "call.vtt", VTT)
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions(agents=["Anna Smith"]))
    [conversation] = parsed.conversations
    got = [(t.speaker_name, t.role, t.start_ms, t.end_ms, t.text) for t in conversation.turns]
    assert got == [
        ("Anna Smith", SpeakerRole.AGENT, 1000, 3500, "Good morning, Acme support!"),
        ("Mark", SpeakerRole.CUSTOMER, 3600, 5000, "Hi & hello."),
        ("Anna Smith", SpeakerRole.AGENT, 5100, 7250, "How can I help?"),
        ("Mark", SpeakerRole.CUSTOMER, 5100, 7250, "My order."),
        ("Agent", SpeakerRole.AGENT, 7300, 8000, "One moment."),
    ]


def test_utf16_srt_without_extension(tmp_path):
    path = _write(tmp_path, "transcript", SRT, "utf-16")
    assert detect(path) is IMPORTER
    assert len(IMPORTER.parse(path, ImportOptions()).conversations[0].turns) == 5


def test_broken_subtitles(tmp_path):
    with pytest.raises(ImportProblem, match="unreadable cue timing"):
        IMPORTER.parse(_write(tmp_path, "a.srt", "1\n00:00:01 --> soon\nHello\n"), ImportOptions())
    with pytest.raises(ImportProblem, match="no cues"):
        IMPORTER.parse(_write(tmp_path, "b.vtt", "WEBVTT\n\nNOTE nothing here\n"), ImportOptions())
    text = _write(tmp_path, "c.srt", "just some words\n")
    assert IMPORTER.sniff(text, text.read_bytes()) == 0


# A meeting-tool transcript (Zoom and Teams write "Name: text" cues) of a call recognised by an
# ASR toolkit: cues with only the speaker's label, or only <unk>-like tokens, where nothing was
# recognised.
ASR_VTT = """WEBVTT

1
00:00:00.500 --> 00:00:02.000
Anna Ozola: Good morning, NordLamp,

2
00:00:02.000 --> 00:00:02.600
Anna Ozola:

3
00:00:02.600 --> 00:00:04.000
<unk>

4
00:00:04.000 --> 00:00:06.500
Pēteris Kalns: my lamp <unk> arrived [noise] broken

5
00:00:06.500 --> 00:00:07.000
[noise] <unk>

6
00:00:07.000 --> 00:00:09.000
Anna Ozola:
I am sorry to hear that.<|endoftext|>
"""


def test_label_only_and_token_only_cues_are_not_turns(tmp_path):
    path = _write(tmp_path, "call.vtt", ASR_VTT)
    parsed = IMPORTER.parse(path, ImportOptions(agents=["Anna Ozola"]))
    [conversation] = parsed.conversations
    assert [(t.speaker_name, t.text, t.start_ms) for t in conversation.turns] == [
        ("Anna Ozola", "Good morning, NordLamp,", 500),
        ("Pēteris Kalns", "my lamp arrived broken", 4000),  # no double spaces where tokens were
        ("Anna Ozola", "I am sorry to hear that.", 7000),  # the label names the next line's speaker
    ]
    assert "2 cues held only recogniser tokens such as <unk> and were left out" in parsed.notes
    assert "Anna Ozola:" not in {t.text for t in conversation.turns}
