"""ABCD typed customer-service chats."""

import json

import pytest

from reviewer.domain import SpeakerRole
from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importers.abcd import IMPORTER


def test_sample(testdata):
    path = testdata("chats", "abcd", "abcd_sample.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    assert [c.source_key for c in parsed.conversations] == [str(c["convo_id"]) for c in data]
    for item, conversation in zip(data, parsed.conversations):
        roles = {"agent": SpeakerRole.AGENT, "customer": SpeakerRole.CUSTOMER, "action": SpeakerRole.SYSTEM}
        assert [(t.role, t.text) for t in conversation.turns] == [(roles[s], text) for s, text in item["original"]]
    first = parsed.conversations[0]
    assert first.title == "product defect / return size"
    assert first.participants == {"Agent": SpeakerRole.AGENT, "Crystal Minh": SpeakerRole.CUSTOMER}
    assert first.turns[6].text == "Account has been pulled up for Crystal Minh." and first.turns[6].speaker_name is None
    assert parsed.notes == []


def test_full_dataset_shape_and_wrong_json(tmp_path):
    path = tmp_path / "abcd_v1.1.json"
    path.write_text(json.dumps({"train": [{"convo_id": 1, "original": [["agent", "Hi"]]}], "dev": [], "test": []}))
    assert [len(c.turns) for c in IMPORTER.parse(path, ImportOptions()).conversations] == [1]
    path.write_text(json.dumps({"convo_id": 1}))
    with pytest.raises(ImportProblem, match="not ABCD conversations"):
        IMPORTER.parse(path, ImportOptions())
