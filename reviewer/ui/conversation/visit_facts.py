"""A mystery-shopper visit or test call in the conversation pane: what the shopper reported
(time, branch, employee, persona, scenario, wait, length, the late mark) and the photos as
thumbnails that open large on a double-click. The recording's player sits above, as for calls."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
)

from reviewer.domain.visit import Attachment, Persona, Visit, photo_mismatch
from reviewer.ui import style
from reviewer.ui.widgets import formatting

THUMBNAIL = 96  # px, the long side of a photo in the strip


class PhotoViewer(QDialog):
    """One photo, as large as the screen allows, with its name and the time it was taken."""

    def __init__(self, path: Path, caption: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(path.name)
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # EXIF orientation
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.85 if screen is not None else QSize(1200, 800)
        size = reader.size()
        if size.isValid() and (size.width() > room.width() or size.height() > room.height()):
            reader.setScaledSize(size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio))
        self.pixmap = QPixmap.fromImage(reader.read())
        self.image_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        if self.pixmap.isNull():
            self.image_label.setText(self.tr("This photo cannot be shown: %1").replace("%1", reader.errorString()))
        else:
            self.image_label.setPixmap(self.pixmap)
        area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        area.setWidget(self.image_label)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(QLabel(caption, wordWrap=True))
        if not self.pixmap.isNull():
            self.resize(min(room.width(), self.pixmap.width() + 40), min(room.height(), self.pixmap.height() + 70))


class VisitFacts(QFrame):
    def __init__(self, library_root: Path, parent=None):
        super().__init__(parent, objectName="visitFacts")
        self._root = library_root
        self._photos: list[Attachment] = []
        self._visit: Visit | None = None
        self.viewer: PhotoViewer | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.facts_label = QLabel(objectName="visitFactsText", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.late_label = QLabel(objectName="visitLate", wordWrap=True)
        self.late_label.setStyleSheet(f"color: {style.CRITICAL.name()}; font-weight: 600;")
        self.photos_title = QLabel(objectName="visitPhotosTitle")
        self.photo_list = QListWidget(objectName="visitPhotos")
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setFlow(QListView.Flow.LeftToRight)
        self.photo_list.setWrapping(False)
        self.photo_list.setMovement(QListView.Movement.Static)
        self.photo_list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.photo_list.setGridSize(QSize(THUMBNAIL + 40, THUMBNAIL + 44))
        self.photo_list.setWordWrap(True)
        self.photo_list.setFixedHeight(THUMBNAIL + 56)
        self.photo_list.setToolTip(self.tr("Double-click a photo to see it large"))
        self.photo_list.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(6)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.late_label)
        layout.addWidget(self.photos_title)
        layout.addWidget(self.photo_list)

    @property
    def visit(self) -> Visit | None:
        return self._visit

    def show_visit(self, visit: Visit, late: bool) -> None:
        self._visit = visit
        self.facts_label.setText(self._facts_html(visit))
        self.late_label.setText(self.tr("Late: the review was submitted more than 12 hours after the visit."))
        self.late_label.setVisible(late)
        self._photos = visit.photos()
        self.photo_list.clear()
        for photo in self._photos:
            item = QListWidgetItem(self._thumbnail(photo), self._caption(visit, photo, short=True))
            item.setToolTip(self._caption(visit, photo))
            if photo_mismatch(visit, photo):
                item.setForeground(style.CRITICAL)
            self.photo_list.addItem(item)
        self.photos_title.setText(self.tr("Photos (%1)").replace("%1", str(len(self._photos))))
        self.photos_title.setVisible(bool(self._photos))
        self.photo_list.setVisible(bool(self._photos))

    def _facts_html(self, visit: Visit) -> str:
        muted = style.MUTED_TEXT.name()

        def row(label: str, value: str) -> str:
            return (f'<tr><td style="color:{muted}; padding-right:10px; white-space:nowrap">{html.escape(label)}</td>'
                    f"<td>{html.escape(value)}</td></tr>")

        rows = [row(self.tr("Test call") if visit.is_test_call else self.tr("Visit"),
                    formatting.date_time(visit.visited_at))]
        place = ", ".join(filter(None, (visit.branch, visit.address)))
        if place:
            rows.append(row(self.tr("Branch"), place))
        employee = visit.employee or visit.employee_description
        if employee:
            rows.append(row(self.tr("Employee"), employee))
        if visit.persona is not None:
            rows.append(row(self.tr("Persona"), self._persona(visit)))
        if visit.scenario:
            rows.append(row(self.tr("Scenario"), visit.scenario))
        times = []
        if visit.wait_ms is not None:
            times.append(self.tr("waited %1 before being greeted").replace("%1", formatting.duration(visit.wait_ms)))
        if visit.length_ms is not None:
            times.append(self.tr("lasted %1").replace("%1", formatting.duration(visit.length_ms)))
        if times:
            rows.append(row(self.tr("Time"), "; ".join(times)))
        if visit.shopper:
            rows.append(row(self.tr("Shopper"), visit.shopper))
        if visit.notes:
            rows.append(row(self.tr("Notes"), visit.notes))
        return "<table>" + "".join(rows) + "</table>"

    def _persona(self, visit: Visit) -> str:
        if visit.persona is Persona.CUSTOM:
            return visit.persona_custom or self.tr("Other")
        return {
            Persona.UNAWARE: self.tr("Doesn't know what they need"),
            Persona.EXPERT: self.tr("Knows better"),
            Persona.RUDE: self.tr("Rude"),
            Persona.SUSPICIOUS: self.tr("Offended / suspicious"),
        }[visit.persona]

    def _caption(self, visit: Visit, photo: Attachment, short: bool = False) -> str:
        if not photo.taken_at:
            when = self.tr("no time (no EXIF)")
        else:
            when = formatting.date_time(photo.taken_at)
            if photo_mismatch(visit, photo):
                when = "\u26a0 " + when + ("" if short else " \u2014 " + self.tr("not during the visit"))
        return when if short else f"{photo.name}\n{when}"

    def _thumbnail(self, photo: Attachment) -> QIcon:
        reader = QImageReader(str(self._root / photo.path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            # Decoding at the small size is much faster for big JPEGs.
            reader.setScaledSize(size.scaled(THUMBNAIL * 2, THUMBNAIL * 2, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return QIcon(QPixmap.fromImage(image))

    def _open(self, item: QListWidgetItem) -> None:
        photo = self._photos[self.photo_list.row(item)]
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = PhotoViewer(self._root / photo.path, self._caption(self._visit, photo), self.window())
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.destroyed.connect(self._viewer_gone)
        self.viewer.show()

    def _viewer_gone(self, *_args) -> None:
        self.viewer = None
