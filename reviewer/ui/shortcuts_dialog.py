"""Help → Keyboard Shortcuts (F1): every key the window answers to, read from the window itself.

The menus' actions, the actions and shortcuts that views add (the player's, the transcript's),
and the keys that belong to a single field (the find box, the seek bar). A QShortcut or an
action outside the menus shows here when it has a description: ``setWhatsThis`` (or an action's
text), and its section in the property ``shortcutSection`` (see SECTION_PROPERTY).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.ui.resources import icon

#: property naming the section of a shortcut or action outside the menus: "player",
#: "transcript", "search", "scoring" or any title to show as it is
SECTION_PROPERTY = "shortcutSection"

Entry = tuple[str, str, str]  # section, keys, what they do


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def _plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis: "Import &Files…" -> "Import Files"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setWindowIcon(icon("keyboard"))
        self._entries = self.collect(window)

        self.filter_box = QLineEdit(placeholderText=self.tr("Filter: type a key or a word"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_box.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeWidget { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; }"
                                " QTreeWidget::item { padding: 3px 4px; }")
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setWordWrap(True)  # a description longer than the window wraps, never ends in "…"
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._fill()
        note = QLabel(self.tr("Click a turn to play the call from there; Ctrl+click or Shift+click selects "
                              "several turns. Keys typed into a text field stay there: Space types a space."),
                      wordWrap=True)
        note.setStyleSheet("color: #4a5568;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(self._fitting_width(), 680)

    def _fitting_width(self) -> int:
        """Wide enough for the longest action name (Russian and Latvian ones are long), within a
        laptop screen; what is still longer wraps instead of being cut."""
        metrics = self.tree.fontMetrics()
        widest_keys = max((metrics.horizontalAdvance(keys) for _s, keys, _d in self._entries), default=0)
        widest_text = max((metrics.horizontalAdvance(text) for _s, _k, text in self._entries), default=0)
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1280
        return max(560, min(widest_keys + widest_text + 110, 960, screen - 40))

    # What to list ---------------------------------------------------------------------------

    def _section_title(self, key: str) -> str:
        titles = {
            "player": self.tr("Player"),
            "transcript": self.tr("Transcript"),
            "search": self.tr("Find in the conversation"),
            "seek bar": self.tr("Seek bar (when it has the focus)"),
            "scoring": self.tr("Scoring (in the criteria list)"),
            "jobs": self.tr("Transcription jobs"),
            "": self.tr("Other"),
        }
        return titles.get(key, key)

    def collect(self, window: QWidget) -> list[Entry]:
        """(section, keys, description) for every key of ``window``, menus first."""
        entries: list[Entry] = []
        listed: set[QObject] = set()
        if isinstance(window, QMainWindow):
            for menu_action in window.menuBar().actions():
                menu = menu_action.menu()
                if menu is None:
                    continue
                for action in menu.actions():
                    listed.add(action)
                    keys = _keys(action.shortcuts())
                    if keys and not action.isSeparator():
                        entries.append((_plain(menu.title()), keys, _plain(action.text())))
        others: list[Entry] = []
        for shortcut in window.findChildren(QShortcut):
            keys = _keys([shortcut.key()])
            if keys and shortcut.whatsThis():
                others.append((self._section_title(shortcut.property(SECTION_PROPERTY) or ""), keys,
                               shortcut.whatsThis()))
        for action in window.findChildren(QAction):
            if action in listed or action.menu() is not None:
                continue
            keys = _keys(action.shortcuts())
            description = action.whatsThis() or _plain(action.text())
            if keys and description:
                others.append((self._section_title(action.property(SECTION_PROPERTY) or ""), keys, description))
        others += self._field_keys()
        order = [self._section_title(k) for k in ("player", "transcript", "search", "seek bar", "scoring", "jobs")]
        others.sort(key=lambda e: order.index(e[0]) if e[0] in order else len(order))
        return list(dict.fromkeys(entries + others))  # an action on two widgets is listed once

    def _field_keys(self) -> list[Entry]:
        """Keys that work inside one field, which no shortcut object describes."""
        search, seek = self._section_title("search"), self._section_title("seek bar")
        scoring, jobs = self._section_title("scoring"), self._section_title("jobs")
        def keys(*names: str) -> str:
            return _keys([QKeySequence(name) for name in names])

        return [
            (search, keys("Enter"), self.tr("Next match")),
            (search, keys("Shift+Enter"), self.tr("Previous match")),
            (search, keys("Esc"), self.tr("Clear the search")),
            (seek, keys("Left", "Right"), self.tr("Back or forward 5 seconds")),
            (seek, keys("PgUp", "PgDown"), self.tr("Back or forward 30 seconds")),
            (seek, keys("Home", "End"), self.tr("The start or the end of the recording")),
            # The scoring panel's criteria list handles these keys itself (see criteria_list).
            (scoring, keys("Up", "Down"), self.tr("Previous or next criterion")),
            (scoring, keys("PgUp", "PgDown"), self.tr("Previous or next section")),
            (scoring, keys("Y", "P", "N"), self.tr("Answer yes, partly or no")),
            (scoring, "1 … 9", self.tr("That point of a rating or points scale")),
            (scoring, keys("A"), self.tr("Not applicable, where allowed")),
            (scoring, keys("Del"), self.tr("Clear the answer")),
            (scoring, keys("C", "Enter"), self.tr("Write a comment (Esc leaves it)")),
            (scoring, keys("E"), self.tr("Attach the selected turns or the moment playing as evidence")),
            (scoring, keys("Ctrl+Enter"), self.tr("Submit the review")),
            (jobs, keys("Del"), self.tr("Cancel the selected transcriptions")),
        ]

    def entries(self) -> list[Entry]:
        return list(self._entries)

    # Showing --------------------------------------------------------------------------------

    def _fill(self) -> None:
        sections: dict[str, QTreeWidgetItem] = {}
        for section, keys, description in self._entries:
            parent = sections.get(section)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [section])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFirstColumnSpanned(True)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                sections[section] = parent
            item = QTreeWidgetItem(parent, [keys, description])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.expandAll()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            shown = 0
            for j in range(section.childCount()):
                item = section.child(j)
                hit = not needle or needle in f"{section.text(0)} {item.text(0)} {item.text(1)}".casefold()
                item.setHidden(not hit)
                shown += hit
            section.setHidden(shown == 0)

    def visible_entries(self) -> list[tuple[str, str]]:
        """(keys, description) of the rows the filter leaves shown."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            rows += [(section.child(j).text(0), section.child(j).text(1))
                     for j in range(section.childCount()) if not section.isHidden() and not section.child(j).isHidden()]
        return rows


def show_shortcuts(window: QWidget) -> ShortcutsDialog:
    """Open (or raise) the window's shortcuts dialog; not modal, so it can stay open beside."""
    dialog = getattr(window, "_shortcuts_dialog", None)
    if dialog is None:
        dialog = ShortcutsDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(window, "_shortcuts_dialog", None))
        window._shortcuts_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
