"""IBM's Twitter customer-care threads (the "Conversational Document Prediction" data set).

A JSON list of threads: "dialogContent" holds the turns, each with "client" or "agent" (the
Twitter handle), "datetime" and "message"; "agentURL" holds the agent's closing reply with the
help-centre link, whose time is read from its tweet id. Other people who join a thread appear as
"client1", ...: customers too. One conversation per thread, keyed by the
thread's session id; the brand ("company") is the title.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.importers import chattime, jsonio
from reviewer.importers.base import ImportOptions, ImportProblem, Parsed

_SNIFF = re.compile(r'"dialogContent"\s*:')
_TWITTER_EPOCH_MS = 1288834974657  # tweet ids carry their time in ms since this moment


class TwitterCareImporter:
    name = "twitter_care"
    suffixes = (".json",)

    def sniff(self, path: Path, head: bytes) -> int:
        text = jsonio.head_json(head)
        return 3 if text is not None and _SNIFF.search(text) else 0

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        data = jsonio.load(path, "Twitter customer care export")
        if isinstance(data, dict) and "dialogContent" in data:
            data = [data]
        if not isinstance(data, list) or not all(
            isinstance(t, dict) and isinstance(t.get("dialogContent"), list) for t in data
        ):
            raise ImportProblem("JSON, but not Twitter customer-care threads: no 'dialogContent' lists")
        conversations = []
        for index, thread in enumerate(data):
            conversation = _conversation(thread, index, path, options)
            if conversation.turns:
                conversations.append(conversation)
        if not conversations:
            raise ImportProblem("no messages found in the Twitter customer-care threads")
        return Parsed(conversations)


def _conversation(thread: dict, index: int, path: Path, options: ImportOptions) -> Conversation:
    header = thread.get("dialogHeader") if isinstance(thread.get("dialogHeader"), dict) else {}
    conversation = Conversation(
        channel=options.channel or Channel.CHAT,
        source_name=path.name,
        source_format="twitter_care",
        title=jsonio.string(header.get("company")),
        source_key=jsonio.string(header.get("sessionID")) or f"thread-{index + 1}",
        metadata={"platform": "twitter"},
    )
    moments = []
    for tweet in thread["dialogContent"]:
        if not isinstance(tweet, dict):
            continue
        name, role = _author(tweet)
        moment = chattime.parse_iso(tweet["datetime"]) if isinstance(tweet.get("datetime"), str) else None
        _append(conversation, moments, tweet.get("message"), role, name, moment)
    closing = thread.get("agentURL")
    if isinstance(closing, dict) and closing.get("url_utterance"):
        _append(
            conversation,
            moments,
            closing["url_utterance"],
            SpeakerRole.AGENT,
            conversation.title or "agent",
            _tweet_time(closing.get("tweet_ID")),
        )
        if closing.get("url"):
            conversation.metadata["document_url"] = closing["url"]
    chattime.finish(conversation, moments)
    return conversation


def _author(tweet: dict) -> tuple[str, SpeakerRole]:
    """The handle and side: "agent" is the brand, "client" (also "client1", ... for other
    people joining the thread) a customer."""
    for key, value in tweet.items():
        if key.startswith("agent") and value:
            return str(value), SpeakerRole.AGENT
    for key, value in tweet.items():
        if key.startswith("client") and value:
            return str(value), SpeakerRole.CUSTOMER
    return "customer", SpeakerRole.CUSTOMER


def _append(conversation, moments, message, role, name, moment) -> None:
    text = html.unescape(jsonio.text_of(message)).strip()  # tweets keep &amp; and &lt; escaped
    if not text:
        return
    conversation.turns.append(
        Turn(text=text, role=role, speaker_name=str(name), sent_at=chattime.iso(moment) if moment else None)
    )
    moments.append(moment)


def _tweet_time(tweet_id):
    """The moment a tweet was posted, from its id (Twitter's "snowflake" ids since late 2010)."""
    try:
        ms = (int(tweet_id) >> 22) + _TWITTER_EPOCH_MS
    except (TypeError, ValueError):
        return None
    return chattime.from_epoch(ms / 1000)


IMPORTER = TwitterCareImporter()
