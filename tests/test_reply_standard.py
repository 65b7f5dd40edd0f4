"""The reply standard from the rubric or a setting: a rubric file may declare it
(``reply_standard = { chat = 30 }``), ``reviewer rubric check`` checks it with file, line and
field, and the metrics of chats and e-mails count late replies against the rubric's standard
when it declares one, else against the setting, saying which in their thresholds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reviewer.domain import Channel, Rubric
from reviewer.importers import ImportOptions
from reviewer.importing import Outcome, import_paths
from reviewer.metrics import METRIC_NAMES, metrics_for, refresh, thresholds_of
from reviewer.rubrics import check_rubric_file, library_rubrics_dir, read_rubric
from reviewer.storage.settings import Setting

SHIPPED = Path(__file__).resolve().parents[1] / "rubrics"
ROOT = Path(__file__).resolve().parents[1]

RUBRIC = """\
id = "chat"
version = "9"
title = "Our chat"
channels = ["chat"]
reply_standard = {{ {standard} }}

[[sections]]
id = "s"
title = "Replies"

[[sections.criteria]]
id = "fast"
title = "Replies fast"
scale = "yes_no"
"""


def chat_file(tmp_path: Path) -> Path:
    # Replies after 50 s and 10 s.
    path = tmp_path / "chat.csv"
    path.write_text(
        "time,role,speaker,text\n"
        "2026-11-24 14:00:00,customer,Ivan,Hello\n"
        "2026-11-24 14:00:50,agent,Anna,Good day\n"
        "2026-11-24 14:01:00,customer,Ivan,My lamp is broken\n"
        "2026-11-24 14:01:10,agent,Anna,Sorry to hear\n",
        encoding="utf-8",
    )
    return path


def own_rubric(library, standard: str) -> Path:
    folder = library_rubrics_dir(library.root)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "chat.toml"
    path.write_text(RUBRIC.format(standard=standard), encoding="utf-8")
    return path


def test_a_rubric_declares_its_reply_standard_and_keeps_it_in_its_snapshot(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text(RUBRIC.format(standard="chat = 45"), encoding="utf-8")
    rubric = read_rubric(path)
    assert rubric.reply_standard(Channel.CHAT) == 45_000 and rubric.reply_standard(Channel.EMAIL) is None
    assert Rubric.from_data(rubric.to_data()) == rubric
    # A rubric without one keeps the fingerprint it had before the field existed.
    shipped = read_rubric(SHIPPED / "chat.toml")
    assert shipped.reply_standard_ms == () and "reply_standard_ms" not in shipped.to_data()


def test_rubric_check_names_the_file_line_and_field_of_a_bad_standard(tmp_path):
    text = RUBRIC.format(standard='chat = "fast", email = 60, sms = 5').replace('channels = ["chat"]\n', 'channels = ["chat"]\n\n')
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    problems = check_rubric_file(path)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("reply_standard"))
    assert [(p.file, p.line, p.field, p.message) for p in problems] == [
        (str(path), line, "reply_standard.chat", 'chat must be a number of seconds above 0 (got "fast")'),
        (str(path), line, "reply_standard.email", "this rubric is not for email (its channels: chat)"),
        (str(path), line, "reply_standard.sms", 'unknown channel "sms"; a reply standard is for "chat" or "email"'),
    ]
    path.write_text(RUBRIC.format(standard="chat = 30").replace("reply_standard = { chat = 30 }", "reply_standard = 30"),
                    encoding="utf-8")
    [problem] = check_rubric_file(path)
    assert problem.field == "reply_standard" and "table of seconds per channel" in problem.message
    # The command line shows the same, and fails.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "reviewer", "rubric", "check", str(path)],
                          capture_output=True, text=True, env=env)
    assert done.returncode != 0 and f"{path}:" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_metrics_use_the_rubric_standard_when_declared_else_the_setting(library, tmp_path):
    (result,) = list(import_paths(library, [chat_file(tmp_path)], ImportOptions()))
    assert result.outcome is Outcome.IMPORTED, result.message
    [cid] = result.conversation_ids
    f = metrics_for(library, cid)
    # The shipped chat rubric declares none: the setting (30 s) counts the 50 s reply.
    assert (f["reply_standard_ms"], f["replies_over_standard"], f["reply_standard_from"]) == (30_000, 1, "setting")
    assert f["thresholds"]["chat_reply_from"] == "setting"
    # The library's own chat rubric declares 60 s: the figures are recomputed against it.
    own_rubric(library, "chat = 60")
    assert thresholds_of(library).chat_reply_ms == 60_000
    assert refresh(library) == 1
    f = metrics_for(library, cid)
    assert (f["reply_standard_ms"], f["replies_over_standard"]) == (60_000, 0)
    assert f["reply_standard_from"] == f["thresholds"]["chat_reply_from"] == "rubric chat 9"
    assert f["thresholds"]["email_reply_from"] == "setting"
    # While the rubric declares it, the setting does not count; a rubric of 5 s counts both.
    library.set_setting(Setting.CHAT_REPLY_MS, 1000)
    assert metrics_for(library, cid)["replies_over_standard"] == 0
    os.utime(own_rubric(library, "chat = 5"), ns=(1, 1))  # a changed file is read again
    assert metrics_for(library, cid)["replies_over_standard"] == 2
    # A broken library rubric leaves the shipped one in use: the setting again.
    library_rubrics_dir(library.root).joinpath("chat.toml").write_text("id = ", encoding="utf-8")
    f = metrics_for(library, cid)
    assert (f["reply_standard_ms"], f["reply_standard_from"], f["replies_over_standard"]) == (1000, "setting", 2)
    assert "reply_standard_from" not in METRIC_NAMES


def test_the_cli_says_where_the_standard_came_from(library, tmp_path, capsys):
    from reviewer.cli.metrics_cmd import metrics_lines

    (result,) = list(import_paths(library, [chat_file(tmp_path)], ImportOptions()))
    [cid] = result.conversation_ids
    assert any("from the library's setting" in line for line in metrics_lines(metrics_for(library, cid)))
    own_rubric(library, "chat = 60")
    assert any("from rubric chat 9" in line for line in metrics_lines(metrics_for(library, cid)))
