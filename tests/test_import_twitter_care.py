"""IBM's Twitter customer-care threads: one conversation per thread."""

import html
import json

import pytest

from reviewer.domain import Channel, SpeakerRole
from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importers.twitter_care import IMPORTER


def test_all_525_threads(testdata):
    path = testdata("chats", "ibm-twitter-customer-care", "dev.json")
    threads = json.loads(path.read_text(encoding="utf-8"))
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    assert len(parsed.conversations) == len(threads) == 525
    assert parsed.notes == []  # every turn's side is in the data
    # messageCount counts the dialog plus the agent's closing reply with the link.
    for thread, conversation in zip(threads, parsed.conversations):
        header = thread["dialogHeader"]
        assert len(conversation.turns) == int(header["messageCount"])
        assert conversation.source_key == header["sessionID"]
        assert conversation.title == header["company"]
        assert conversation.channel is Channel.CHAT
        assert conversation.turns[-1].role is SpeakerRole.AGENT
        assert conversation.turns[-1].text == html.unescape(thread["agentURL"]["url_utterance"]).strip()
        assert conversation.metadata["document_url"] == thread["agentURL"]["url"]
        assert conversation.started_at == conversation.turns[0].sent_at
        assert [t.start_ms for t in conversation.turns] == sorted(t.start_ms for t in conversation.turns)
    assert len({c.source_key for c in parsed.conversations}) == 525
    assert sum(len(c.turns) for c in parsed.conversations) == 1211

    rockstar = next(c for c in parsed.conversations if c.source_key == "LgwAXtbbEm0mBvDrGmjk")
    assert [(t.speaker_name, t.role) for t in rockstar.turns] == [
        ("CinVakas", SpeakerRole.CUSTOMER), ("TeamYouTube", SpeakerRole.AGENT)
    ]
    assert rockstar.turns[0].sent_at == "2020-04-01T17:31:32+00:00"
    # The closing reply's time comes from its tweet id: 1 h 26 min 55 s later, as the header says.
    assert rockstar.duration_ms // 1000 == 1 * 3600 + 26 * 60 + 55


def test_html_entities_and_other_clients(tmp_path):
    thread = {
        "agentURL": {
            "tweet_ID": "1245425308704149506", "url": "https://x.example/a", "url_utterance": "@b see https://x.example/a"
        },
        "dialogContent": [
            {"client": "a", "datetime": "2020-04-01T17:31:32.000Z", "message": "Tom &amp; Jerry &lt;3",
             "tweet_ID": "1"},
            {"client1": "b", "datetime": "2020-04-01T17:32:32.000Z", "message": "me too", "tweet_ID": "2"},
        ],
        "dialogHeader": {"company": "Brand", "sessionID": "s1"},
    }
    path = tmp_path / "threads.json"
    path.write_text(json.dumps(thread))
    [conversation] = IMPORTER.parse(path, ImportOptions()).conversations
    assert [(t.speaker_name, t.role, t.text) for t in conversation.turns] == [
        ("a", SpeakerRole.CUSTOMER, "Tom & Jerry <3"),
        ("b", SpeakerRole.CUSTOMER, "me too"),
        ("Brand", SpeakerRole.AGENT, "@b see https://x.example/a"),
    ]


def test_other_json_is_refused(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps([{"dialog": []}]))
    assert IMPORTER.sniff(path, path.read_bytes()) == 0
    with pytest.raises(ImportProblem, match="not Twitter customer-care threads"):
        IMPORTER.parse(path, ImportOptions())
