"""Small pieces of the visit form: a field that is wrong, lengths of time typed as m:ss, the
photos' own times."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from reviewer.domain import Channel
from reviewer.domain.visit import Persona, Visit, photo_mismatch
from reviewer.ui import style
from reviewer.ui.widgets import formatting
from reviewer.ui.widgets.itemdata import ChoiceBox


class FormProblem(Exception):
    """A field the form cannot store as it is: the message (translated) and the field."""

    def __init__(self, message: str, widget: QWidget):
        super().__init__(message)
        self.widget = widget


def parse_duration(text: str) -> int | None:
    """"" -> None; "12" -> 12 minutes; "2:30" -> minutes and seconds; "1:05:00" -> hours too.
    ValueError otherwise. In milliseconds."""
    text = text.strip()
    if not text:
        return None
    parts = text.split(":")
    if len(parts) > 3 or not all(p.strip().isdigit() for p in parts):
        raise ValueError(text)
    numbers = [int(p) for p in parts]
    if len(numbers) == 1:
        return numbers[0] * 60_000
    if any(n >= 60 for n in numbers[1:]):
        raise ValueError(text)
    hours, minutes, seconds = ([0] * (3 - len(numbers)) + numbers)
    return ((hours * 60 + minutes) * 60 + seconds) * 1000


class DurationEdit(QLineEdit):
    """A length of time typed as m:ss (or h:mm:ss, or whole minutes); empty is "not known"."""

    def __init__(self, parent=None):
        super().__init__(parent, placeholderText=self.tr("m:ss"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00:00") + 40)

    def value_ms(self) -> int | None:
        return parse_duration(self.text())

    def set_ms(self, ms: int | None) -> None:
        self.setText(formatting.duration(round(ms / 1000) * 1000) if ms is not None else "")


class KindChoice(QWidget):
    """Visit or test call."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.visit_radio = QRadioButton(self.tr("Visit"))
        self.call_radio = QRadioButton(self.tr("Test call"))
        self._group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for radio in (self.visit_radio, self.call_radio):
            self._group.addButton(radio)
            layout.addWidget(radio)
        layout.addStretch(1)
        self.visit_radio.setChecked(True)
        self._group.buttonToggled.connect(lambda _button, checked: checked and self.changed.emit())

    def channel(self) -> Channel:
        return Channel.CALL if self.call_radio.isChecked() else Channel.VISIT

    def set_channel(self, channel: Channel) -> None:
        (self.call_radio if channel == Channel.CALL else self.visit_radio).setChecked(True)


class PersonaBox(ChoiceBox):
    """The persona the shopper played: none, the visit rubric's four, or another one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        for label, value in (
            (self.tr("\u2014 not played \u2014"), None),
            (self.tr("Doesn't know what they need"), Persona.UNAWARE),
            (self.tr("Knows better"), Persona.EXPERT),
            (self.tr("Rude"), Persona.RUDE),
            (self.tr("Offended / suspicious"), Persona.SUSPICIOUS),
            (self.tr("Other (describe)"), Persona.CUSTOM),
        ):
            self.add_choice(label, value)


def photo_times_html(visit: Visit) -> str:
    """When each photo was taken (EXIF), one a line, for beside the visit's time; a photo taken
    outside the visit in red with a warning sign. Empty when no photo has a time."""
    lines = []
    for photo in visit.photos():
        if not photo.taken_at:
            continue
        text = html.escape(f"{formatting.date_time(photo.taken_at)}  {photo.name}")
        if photo_mismatch(visit, photo):
            outside = html.escape(QCoreApplication.translate("VisitForm", "not during the visit"))
            lines.append(f'<b style="color:{style.CRITICAL.name()}">\u26a0 {text} \u2014 {outside}</b>')
        else:
            lines.append(f'<span style="color:{style.MUTED_TEXT.name()}">{text}</span>')
    if not lines:
        return ""
    return html.escape(QCoreApplication.translate("VisitForm", "Photos taken:")) + "<br>" + "<br>".join(lines)
