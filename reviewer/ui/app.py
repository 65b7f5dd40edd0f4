"""Starting the desktop app: the QApplication, its look, its translations, the main window.

Only Qt and the library are imported here; importers, the speech engine and report writers
load when first used, so the window is up in well under two seconds.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from reviewer.ui import style
from reviewer.ui.quiet import keep_quiet
from reviewer.ui.resources import TRANSLATIONS, icon

#: the interface language, e.g. "lv" or "ru"; else the system's
ENV_LANGUAGE = "REVIEWER_LANGUAGE"
#: the application property that remembers the language install_translations loaded
_LANGUAGE_PROPERTY = "reviewerLanguage"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once (tests and scripts reuse an existing one)."""
    app = QApplication.instance()
    if app is None:
        keep_quiet()
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Reviewer")
    app.setOrganizationName("Reviewer")
    app.setWindowIcon(icon("reviewer"))
    app.setStyle("Fusion")
    app.setPalette(_light_palette())
    if sys.platform.startswith("linux") and os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        # No desktop settings to inherit: pick a font that reads well in screenshots.
        app.setFont(QFont("DejaVu Sans", 9))
    app.setStyleSheet(style.STYLE_SHEET)
    install_translations(app)
    return app


def _light_palette() -> QPalette:
    """A calm light palette, the same on every platform (Fusion follows it)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f7f8fa",
        QPalette.ColorRole.WindowText: "#1a202c",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#fafbfc",
        QPalette.ColorRole.Text: "#1a202c",
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1a202c",
        QPalette.ColorRole.Highlight: "#dbeafe",
        QPalette.ColorRole.HighlightedText: "#1a202c",
        QPalette.ColorRole.ToolTipBase: "#2d3748",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#a0aec0",
        QPalette.ColorRole.Link: "#2b6cb0",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#a0aec0"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#a0aec0"))
    return palette


def interface_language() -> str:
    """Two-letter code of the language to show the interface in."""
    chosen = os.environ.get(ENV_LANGUAGE, "").strip()
    return (chosen or QLocale.system().name()).split("_")[0].split("-")[0].lower()


def current_language() -> str:
    """The language whose translations are installed now (what the window speaks); the
    interface language before any are installed."""
    app = QApplication.instance()
    chosen = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return chosen or interface_language()


def install_translations(app: QApplication, language: str | None = None) -> list[str]:
    """Load Qt's own and Reviewer's translations for ``language``; returns the files loaded.

    Reviewer's are resources/translations/reviewer_<lang>.qm; without one the interface stays
    in English. The translators are kept on the application so they live as long as it does.
    """
    language = language or interface_language()
    app.setProperty(_LANGUAGE_PROPERTY, language)
    for old in getattr(app, "_reviewer_translators", []):
        app.removeTranslator(old)
    loaded, translators = [], []
    candidates = [
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}.qm"),
        (TRANSLATIONS, f"reviewer_{language}.qm"),
    ]
    for folder, name in candidates:
        path = folder / name
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            translators.append(translator)
            loaded.append(str(path))
    app._reviewer_translators = translators
    return loaded


def run_app(library_dir: Path, argv: list[str] | None = None) -> int:
    """Open the main window on the library in ``library_dir`` and run until it closes."""
    from reviewer.storage import Library
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.errors import install_error_reporter
    from reviewer.ui.termination import close_on_termination
    from reviewer.ui.widgets.library_notices import LibraryNotices

    app = create_application(argv)
    library = Library.open(library_dir)
    try:
        window = MainWindow(library)
        window.remember_layout()  # the window's size and the panes' widths from the last time
        notices = LibraryNotices(window)  # waiting for another writer, permissions tightened
        notices.install(library)
        install_error_reporter(window)  # a failing action shows a message, never a traceback
        window.show()
        close_on_termination(window)  # SIGTERM saves like Ctrl+Q
        try:
            return app.exec()
        finally:
            notices.uninstall()
    finally:
        library.close()
