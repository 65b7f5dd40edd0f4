"""Reading our own models and combo boxes on the Python side, without QVariant in between.

``index.data(role)`` sends the value through QVariant and back: StrEnums come back as plain
strings, and objects as copies or not at all. Calling the Python model's ``data()`` directly returns the
very object the model holds, and is faster; ChoiceBox does the same for combo boxes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


def item_data(index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    if not index.isValid():
        return None
    return index.model().data(index, role)


class ChoiceBox(QComboBox):
    """A combo box whose choices carry Python values, kept on the Python side."""

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self._values: list[Any] = []

    def add_choice(self, label: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(label)

    def clear_choices(self) -> None:
        self._values = []
        self.clear()

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def index_of(self, value: Any) -> int:
        try:
            return self._values.index(value)
        except ValueError:
            return -1

    def paintEvent(self, _event) -> None:
        # As QComboBox paints itself, but a text too long for the box ends in "…" instead of
        # being cut off mid-letter (a long rubric title, a filter in a narrow library).
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, room)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def select(self, value: Any) -> bool:
        """Make the choice with this value current; False when there is none."""
        index = self.index_of(value)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0
