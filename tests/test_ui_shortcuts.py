"""The Keyboard Shortcuts dialog in every interface language: one section per place a key works,
and every action's name shown whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewer.ui.app import install_translations


@pytest.mark.parametrize("language", ["en", "ru", "lv"])
def test_sections_stay_apart_and_names_are_never_cut(qtbot, demo_library, language):
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.shortcuts_dialog import ShortcutsDialog

    app = QApplication.instance()
    install_translations(app, language)
    try:
        window = MainWindow(demo_library)
        qtbot.addWidget(window)
        dialog = ShortcutsDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        sections = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
        titles = [s.text(0) for s in sections]
        # The Transcription menu and the transcript's own keys are different places: two
        # sections, even where both words translate alike ("Расшифровка").
        menu_titles = {action.text().replace("&", "") for action in window.menuBar().actions()}
        panel_titles = [dialog._section_title(k) for k in ("player", "transcript", "search", "seek bar",
                                                             "scoring", "jobs")]
        assert not menu_titles & set(panel_titles), (menu_titles, panel_titles)
        assert len(set(panel_titles)) == len(panel_titles)
        menu_title = next(a.text() for a in window.menuBar().actions()
                          if window.transcription.transcribe_selected_action in a.menu().actions()).replace("&", "")
        transcription_menu = next(s for s in sections if s.text(0) == menu_title)
        menu_keys = {transcription_menu.child(j).text(0) for j in range(transcription_menu.childCount())}
        assert "F2" not in menu_keys  # Edit Turn is a transcript key, not a menu entry
        assert len(titles) == len(set(titles))
        # Every description fits its column, or wraps: none is cut with "…".
        assert dialog.tree.wordWrap() and dialog.tree.textElideMode() == Qt.TextElideMode.ElideNone
        metrics = dialog.tree.fontMetrics()
        column = dialog.tree.columnWidth(1)
        widest = max(metrics.horizontalAdvance(s.child(j).text(1)) for s in sections for j in range(s.childCount()))
        assert widest <= column or dialog.width() >= min(960, dialog.screen().availableGeometry().width() - 40)
    finally:
        install_translations(app, "en")
