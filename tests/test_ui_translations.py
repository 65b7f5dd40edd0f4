"""The interface in Russian and Latvian: every text translated, the translations load."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reviewer.ui.app import install_translations
from reviewer.ui.resources import TRANSLATIONS

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("ru", "lv")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def ui_sources() -> list[str]:
    return [str(p) for p in sorted((REPO / "reviewer" / "ui").rglob("*.py"))]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_text_is_translated(tmp_path, language):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip(f"{lupdate} is not installed")
    fresh = tmp_path / f"reviewer_{language}.ts"
    shutil.copy(TRANSLATIONS / fresh.name, fresh)
    subprocess.run([str(lupdate), "-no-obsolete", *ui_sources(), "-ts", str(fresh)],
                   check=True, capture_output=True)
    found = messages(fresh)
    shipped = messages(TRANSLATIONS / fresh.name)
    assert set(found) == set(shipped), "texts changed: run pyside6-lupdate (resources/translations/README.md)"
    untranslated = [key for key, translation in shipped.items()
                    if not (translation.text or "").strip() or translation.get("type") == "unfinished"]
    assert untranslated == []
    # Placeholders survive translation: Qt's %1 and str.format's {name}.
    for (_context, source), translation in shipped.items():
        assert sorted(re.findall(r"%\d|\{\w*\}", source)) == sorted(re.findall(r"%\d|\{\w*\}", translation.text)), (
            source, translation.text)
    # The shipped .qm is the compiled .ts (compared by content: a fresh clone's file times are
    # only the order git wrote them in).
    compiled = tmp_path / f"reviewer_{language}.qm"
    subprocess.run([str(lupdate.with_name("pyside6-lrelease")), str(TRANSLATIONS / fresh.name), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == (TRANSLATIONS / compiled.name).read_bytes(), "run pyside6-lrelease"


def test_the_window_speaks_russian(qtbot, demo_library):
    from reviewer.ui.main_window import MainWindow

    app = QApplication.instance()
    loaded = install_translations(app, "ru")
    try:
        assert any(path.endswith("reviewer_ru.qm") for path in loaded)
        window = MainWindow(demo_library)
        qtbot.addWidget(window)
        view = window.library_view
        assert view.search_box.placeholderText() == "Поиск по текстам"
        assert view.count_label.text() == "Разговоров: 18"
        assert window.import_files_action.text() == "&Импорт файлов…"
        calls = [r for r in range(view.model.rowCount()) if view.model.conversation(r).channel == "call"
                 and view.model.conversation(r).source_format != "visit"]
        assert view.model.data(view.model.index(calls[0], 2)) == "Звонок"
        assert view.model.data(view.model.index(calls[0], 6)) == "Ждёт расшифровки"
    finally:
        install_translations(app, "en")
    assert QApplication.translate("LibraryView", "Search transcripts") == "Search transcripts"
