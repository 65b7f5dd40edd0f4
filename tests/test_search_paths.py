"""A search finds the same conversations in the same order whichever way the query goes: a rare
word from its few matching turns, a common one by walking the conversations in the sort order
(reviewer.storage.conversation_search); a count can stop early; the library window says when it
did, and knows the number once every match is loaded."""

from __future__ import annotations

import pytest

from reviewer.domain import Channel, Conversation, ConversationStatus, SpeakerRole, Turn
from reviewer.storage import conversation_search
from reviewer.storage.conversations import ConversationFilter

LINES = ["Доставка будет завтра", "Labdien, kā varu palīdzēt?", "Hello, I would like to change my delivery address",
         "The deliveries arrived damaged", "Нужна лампа у окна"]


@pytest.fixture
def searched_library(library):
    for n in range(60):
        turns = [Turn(role=SpeakerRole.CUSTOMER, speaker_name="Client", text=LINES[(n + k) % len(LINES)])
                 for k in range(n % 3 + 1)]
        library.conversations.add(Conversation(
            channel=Channel.CHAT if n % 4 else Channel.EMAIL, source_name=f"c{n}.txt", source_sha256=f"{n:064x}",
            employee=f"Agent {n % 3}", status=ConversationStatus.NEW,
            # some without a start time: they come last, by id
            started_at=None if n % 11 == 0 else f"2026-{1 + n % 12:02d}-{1 + n % 27:02d}T10:{n:02d}:00",
            turns=turns,
        ))
    library.conversations.add(Conversation(
        channel=Channel.CHAT, source_name="rare.txt", source_sha256="f" * 64, started_at="2026-03-03T09:00:00",
        turns=[Turn(role=SpeakerRole.CUSTOMER, speaker_name="Client", text="Игрушечный кенгуру для лампы")]))
    return library


FILTERS = [
    {},
    {"employee": "agent 1"},
    {"channel": Channel.EMAIL},
    {"since": "2026-06-01"},
    {"status": ConversationStatus.NEW, "until": "2026-09-30"},
]
SEARCHES = ["delivery", "доставку", "лампу", '"delivery address"', "kā"]


def _ids(found):
    return [c.id for c in found]


def _everything(repo, search, fields):
    flt = ConversationFilter(search=search, **fields)
    pages = {}
    for key in ("started_at", "id", "channel", "title", "employee"):
        for descending in (False, True):
            rows, after = [], None
            while True:  # page through it, 7 at a time
                page = repo.page(flt, order_by=key, descending=descending, limit=7, after=after)
                rows += page
                if len(page) < 7:
                    break
                after = page[-1]
            pages[(key, descending)] = _ids(rows)
    listed = [_ids(repo.list(ConversationFilter(search=search, limit=limit, offset=offset, **fields)))
              for limit, offset in ((5, 0), (5, 3), (100, 0), (4, 1000))]
    return pages, listed, _ids(repo.list(flt)), repo.count(flt), [repo.count(flt, up_to=n) for n in (1, 4, 1000)]


@pytest.mark.parametrize("search", SEARCHES)
def test_the_walk_and_the_matches_find_the_same(searched_library, monkeypatch, search):
    repo = searched_library.conversations
    for fields in FILTERS:
        monkeypatch.setattr(conversation_search, "COMMON_TURNS", 10**9)  # always from the matches
        from_matches = _everything(repo, search, fields)
        monkeypatch.setattr(conversation_search, "COMMON_TURNS", 1)  # always the walk
        walked = _everything(repo, search, fields)
        assert walked == from_matches, fields
        pages, listed, everything, count, bounded = walked
        assert bounded == [min(1, count), min(4, count), count]
        assert len(everything) == count and listed[2] == everything[:100]
        assert listed[0] == everything[:5] and listed[1] == everything[3:8] and listed[3] == []
        assert sorted(pages[("id", False)]) == sorted(everything)
    # and it found something: "delivery" finds "deliveries", "доставку" finds "Доставка"
    assert repo.count(ConversationFilter(search=search)) > 0


def test_a_common_word_is_walked_a_rare_one_is_not(searched_library, monkeypatch):
    conn = searched_library.conn
    common = conversation_search.matching_turns(conn, conversation_search.fts_match("delivery"), 1000)
    rare = conversation_search.matching_turns(conn, conversation_search.fts_match("лампа"), 1000)
    assert 0 < rare < common  # "delivery" and "deliveries" in two lines of five, "лампа" in one
    assert conversation_search.matching_turns(conn, conversation_search.fts_match("delivery"), rare) == rare
    monkeypatch.setattr(conversation_search, "COMMON_TURNS", rare + 1)
    assert conversation_search.search_clause(conn, "delivery", walking=True)[2] is True
    assert conversation_search.search_clause(conn, "лампа", walking=True)[2] is False
    assert conversation_search.search_clause(conn, "delivery", walking=False)[2] is False  # a full count
    assert conversation_search.search_clause(conn, "!!", walking=True) is None


def test_the_window_says_when_it_stopped_counting(qtbot, searched_library, monkeypatch):
    from reviewer.ui.library import library_model
    from reviewer.ui.library.library_view import LibraryView

    monkeypatch.setattr(library_model, "SEARCH_COUNT_LIMIT", 10)
    view = LibraryView(searched_library)
    qtbot.addWidget(view)
    view.model._page_size = 8
    view.status_box.setCurrentIndex(0)  # all statuses
    view.search_box.setText("delivery")
    view.apply_filters()
    model = view.model
    everything = searched_library.conversations.count(ConversationFilter(search="delivery"))
    assert everything > 10
    assert model.more and model.total == 10
    assert view.count_label.text() == "More than 10 matching conversations"
    while model.canFetchMore():
        model.fetchMore()
    # Every match loaded: now the number is known and said.
    assert model.rowCount() == everything and model.total == everything and not model.more
    assert view.count_label.text() == f"{everything} matching conversations"
    view.search_box.setText("кенгуру")
    view.apply_filters()
    assert not model.more and model.total == model.rowCount() == 1
    assert view.count_label.text() == "1 matching conversation"
