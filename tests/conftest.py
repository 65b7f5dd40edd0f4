"""Shared fixtures: a temporary library and the real test clips from ../shared/testdata."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never need a display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _isolate_user_folders() -> tuple[Path, Path]:
    """Point HOME and the XDG folders at a temporary home for the whole session, before Qt or
    platformdirs first look at them, so that no test (nor a process a test starts, which
    inherits the environment) reads or writes the user's own settings, library or caches.
    Returns (the real settings file of Reviewer, the temporary home)."""
    import tempfile

    # A test module that imports conftest by name runs this file a second time: keep the home
    # made the first time (and the real settings file captured then).
    made = os.environ.get("REVIEWER_TEST_HOME")
    if made and os.environ.get("HOME") == made and Path(made).is_dir():
        return Path(os.environ["REVIEWER_TEST_REAL_SETTINGS"]), Path(made)
    real_config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    home = Path(tempfile.mkdtemp(prefix="reviewer-test-home-"))
    os.environ["REVIEWER_TEST_HOME"] = str(home)
    os.environ["REVIEWER_TEST_REAL_SETTINGS"] = str(real_config / "Reviewer" / "Reviewer.conf")
    os.environ["HOME"] = str(home)
    for name, sub in [("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                      ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state"),
                      ("XDG_RUNTIME_DIR", "runtime")]:
        folder = home / sub
        folder.mkdir(parents=True, mode=0o700)
        os.environ[name] = str(folder)
    os.environ.pop("REVIEWER_LIBRARY", None)  # never the user's own library
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)  # this process's Qt paths go to a test folder too
    return real_config / "Reviewer" / "Reviewer.conf", home


#: the user's own Reviewer settings file (captured before the override) and the test HOME
USER_SETTINGS_FILE, TEST_HOME = _isolate_user_folders()


def pytest_unconfigure(config):
    import shutil

    shutil.rmtree(TEST_HOME, ignore_errors=True)

REPO = Path(__file__).resolve().parents[1]
# $REVIEWER_TESTDATA points elsewhere (a worktree whose ../shared is not the shared folder).
TESTDATA = Path(os.environ.get("REVIEWER_TESTDATA") or REPO / ".." / "shared" / "testdata").resolve()


def testdata_path(*parts: str) -> Path:
    """A file or folder in ../shared/testdata; the calling test is skipped, saying why, if absent."""
    path = TESTDATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared test data not available: {path} is missing")
    return path


@pytest.fixture
def testdata():
    return testdata_path


@pytest.fixture
def library(tmp_path):
    from reviewer.storage import Library

    lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()


# The demo library (recordings/ imported by reviewer.demo), for the UI tests -------------------


@pytest.fixture(scope="session")
def demo_library_template(tmp_path_factory):
    """The demo library, built once per test session; copy it (demo_library) before changing it."""
    from reviewer.demo import build_demo_library

    target = tmp_path_factory.mktemp("demo") / "demo-library"
    build_demo_library(target).close()
    return target


@pytest.fixture
def demo_library(demo_library_template, tmp_path):
    """A private, open copy of the demo library."""
    import shutil

    from reviewer.storage import Library

    target = tmp_path / "demo-library"
    shutil.copytree(demo_library_template, target)
    lib = Library.open(target, create=False)
    yield lib
    lib.close()


# Speech models and transcription --------------------------------------------------------------


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory):
    """A private model cache, set as $REVIEWER_MODEL_CACHE for this session (worker processes
    inherit it), with the embedded model joined once."""
    from reviewer.transcription import models

    root = tmp_path_factory.mktemp("model-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(models.ENV_MODEL_CACHE, str(root))
        models.ensure_embedded(root)
        yield root


@pytest.fixture(scope="session")
def transcription_worker(model_cache):
    """One worker process for the session: it keeps the model loaded between tests."""
    from reviewer.transcription.worker import TranscriptionWorker

    worker = TranscriptionWorker()
    yield worker
    worker.close()


class FakeModelHub:
    """A stand-in for the Hugging Face Hub on 127.0.0.1: serves ``add_model`` files the way the
    Hub's resolve endpoint does (HEAD with size, ETag and commit; GET with byte ranges)."""

    def __init__(self, root):
        self.root = root
        self.chunk_delay_s = 0.0  # sleep after each 64 KiB sent, to make downloads slow
        self.requests: list[tuple[str, str, str | None]] = []  # (method, path, Range header)
        self.url = ""

    def add_model(self, repo_id: str, files: dict[str, bytes]) -> None:
        folder = self.root / repo_id
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)

    def handler(self):
        import hashlib
        import time
        from http.server import BaseHTTPRequestHandler

        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _file(self):
                parts = self.path.split("?")[0].strip("/").split("/")
                # org/repo/resolve/revision/filename
                if len(parts) != 5 or parts[2] != "resolve":
                    return None
                path = hub.root / parts[0] / parts[1] / parts[4]
                return path if path.is_file() else None

            def _headers(self, path, length, status=200, first=0):
                self.send_response(status)
                self.send_header("Content-Length", str(length))
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("ETag", '"' + hashlib.sha1(path.read_bytes()).hexdigest() + '"')
                self.send_header("X-Repo-Commit", "0123456789abcdef0123456789abcdef01234567")
                if status == 206:
                    size = path.stat().st_size
                    self.send_header("Content-Range", f"bytes {first}-{size - 1}/{size}")
                self.end_headers()

            def _missing(self):
                self.send_response(404)
                self.send_header("X-Error-Code", "EntryNotFound")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_HEAD(self):
                hub.requests.append(("HEAD", self.path, None))
                path = self._file()
                if path is None:
                    return self._missing()
                self._headers(path, path.stat().st_size)

            def do_GET(self):
                hub.requests.append(("GET", self.path, self.headers.get("Range")))
                path = self._file()
                if path is None:
                    return self._missing()
                data = path.read_bytes()
                first = 0
                ranged = self.headers.get("Range", "")
                if ranged.startswith("bytes="):
                    first = int(ranged[6:].split("-")[0] or 0)
                self._headers(path, len(data) - first, 206 if first else 200, first)
                try:
                    for i in range(first, len(data), 65536):
                        self.wfile.write(data[i : i + 65536])
                        if hub.chunk_delay_s:
                            time.sleep(hub.chunk_delay_s)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler


@pytest.fixture
def fake_model_hub(tmp_path):
    import threading
    from http.server import ThreadingHTTPServer

    hub = FakeModelHub(tmp_path / "hub")
    server = ThreadingHTTPServer(("127.0.0.1", 0), hub.handler())
    server.daemon_threads = True
    hub.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield hub
    server.shutdown()
    server.server_close()


# Reviews for the report tests (issue 6) --------------------------------------------------------

REPORT_TURNS = {
    "ru": [
        ("agent", "Добрый день! Меня зовут Анна, магазин «Светлый дом»."),
        ("customer", "Здравствуйте, у меня не работает лампа на кухне."),
        ("agent", "Ну это не проблема, щас разберёмся."),
        ("customer", "Она мигает уже неделю, я очень недоволен."),
        ("agent", "Вы должны были сохранить чек."),
        ("agent", "Спасибо за звонок, всего доброго!"),
    ],
    "lv": [
        ("agent", "Labdien! Mani sauc Jānis, veikals «Gaišā māja»."),
        ("customer", "Sveiki, mana lampa mirgo jau nedēļu."),
        ("agent", "Protams, tūlīt paskatīsimies, kā varu palīdzēt."),
        ("customer", "Vai to var apmainīt?"),
        ("agent", "Jums jāatnes čeks, citādi neko nevaru darīt."),
        ("agent", "Paldies par zvanu, visu labu!"),
    ],
    "en": [
        ("agent", "Hi! This is Maria from Bright Home, how can I help?"),
        ("customer", "The shade arrived broken."),
        ("agent", "I am sorry to hear that; I will send a new one today."),
        ("customer", "Thanks."),
        ("agent", "You must keep the box for the courier."),
        ("agent", "Thank you for writing to us, have a nice day!"),
    ],
}

#: employee -> (language, channel, rubric id, number of reviews, reviewer)
REPORT_STAFF = {
    "Anna Ivanova": ("ru", "call", "call", 8, "Olga Petrova"),
    "Jānis Bērziņš": ("lv", "call", "call", 6, "Līga Kalniņa"),
    "Maria Smith": ("en", "chat", "chat", 4, "Olga Petrova"),
    "Solo Agent": ("en", "call", "call", 1, "Līga Kalniņa"),
}


def _report_answers(employee: str, i: int, rubric) -> list[tuple]:
    """Answers for review i of employee: the top of every scale, then the employee's habits."""
    answers = {c.id: [c.scale.top, "", []] for c in rubric.criteria()}
    if employee == "Anna Ivanova":
        if i % 3 != 0:
            answers["no_problem_word"] = ["no", "Сказала «не проблема» вместо «конечно»", [2]]
        if i % 2 == 0:
            answers["no_must"] = ["no", "«Вы должны» звучит как упрёк", [4]]
        answers["listens"] = [3 + i % 3, "", []]
        answers["asks_questions"] = ["partly" if i % 2 else "yes", "", []]
        answers["thanks"] = ["yes", "", [5]]
        for cid in ("accepts_objection", "stays_calm", "answers_with_facts", "proposes_solution"):
            answers[cid] = ["n/a", "", []]
        if i == 5:
            answers["no_slang_rudeness"] = ["no", "«Щас» и «ну» — просторечие", [2]]
    elif employee == "Jānis Bērziņš":
        answers["no_problem_word"] = ["yes", "", [2]]
        if i % 2:
            answers["no_must"] = ["no", "Teica «jums jāatnes», nevis piedāvāja iespēju", [4]]
        answers["next_step"] = ["partly", "Nenosauca nākamo soli", []]
        answers["listens"] = [4, "", []]
    elif employee == "Maria Smith":
        if i % 2 == 0:
            answers["no_must"] = ["no", "Used “must” with the customer", [4]]
        answers["first_reply"] = [rubric.criterion("first_reply").scale.top - i % 2, "", []]
    return [(cid, value, comment, evidence) for cid, (value, comment, evidence) in answers.items()]


def build_report_library(lib, staff=REPORT_STAFF):
    """Conversations in Russian, Latvian and English with submitted reviews spread over eight
    weeks for several employees, made through the real APIs. Returns {employee: [review ids]}."""
    from datetime import datetime, timedelta, timezone

    from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
    from reviewer.rubrics import load_catalog

    catalog = load_catalog()
    base = datetime(2026, 9, 7, 9, 0, tzinfo=timezone.utc)  # a Monday
    made: dict[str, list[int]] = {}
    for k, (employee, (language, channel, rubric_id, count, reviewer)) in enumerate(staff.items()):
        rubric = catalog.get(rubric_id)
        for i in range(count):
            at = base + timedelta(days=i * 7 + k, hours=k)
            turns = [
                Turn(text, SpeakerRole(role), employee if role == "agent" else "Customer",
                     start_ms=j * 4000 if channel == "call" else None,
                     end_ms=j * 4000 + 3500 if channel == "call" else None)
                for j, (role, text) in enumerate(REPORT_TURNS[language])
            ]
            cid = lib.conversations.add(
                Conversation(
                    channel=Channel(channel),
                    source_name=f"{employee}-{i}.txt",
                    source_sha256=f"{k:02d}{i:04d}".ljust(64, "0"),
                    employee=employee,
                    started_at=(at - timedelta(hours=1)).isoformat(timespec="seconds"),
                    duration_ms=24000 if channel == "call" else None,
                    language=language,
                    turns=turns,
                )
            )
            review = lib.reviews.create(cid, rubric, reviewer, at=at)
            lib.reviews.set_answers(review.id, _report_answers(employee, i, rubric), at=at)
            lib.reviews.submit(review.id, at=at + timedelta(minutes=20))
            made.setdefault(employee, []).append(review.id)
    return made


@pytest.fixture
def report_library(library):
    """A library with build_report_library's reviews; the fixture's value is (library, review ids)."""
    return library, build_report_library(library)


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    """Run the command line in this process: (exit status, standard output, standard error)."""
    from reviewer.cli import main

    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # fail() and argparse errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lib_dir(tmp_path):
    """A library folder that does not exist yet (the command line creates it)."""
    return tmp_path / "lib"
