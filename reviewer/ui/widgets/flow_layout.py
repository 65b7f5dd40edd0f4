"""A layout that puts its widgets in a row and wraps onto more rows when the row is too narrow
(the library's filters): the widest item sets the minimum width, not the sum of all of them.

Widgets whose horizontal size policy expands share out what is left of their row, so a row is
filled edge to edge (the search box grows; combo boxes keep their natural width).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy


class FlowLayout(QLayout):
    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # QLayout --------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        # Everything on one row.
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible) + self._spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:
        # One item a row at worst: as narrow as the widest item's minimum.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + self._margins()

    # Placing the items ----------------------------------------------------------------------

    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            wanted = item.sizeHint().width()
            if rows[-1] and used + self._spacing + wanted > width:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + wanted
            rows[-1].append(item)
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the items in ``rect`` (or only measure); returns the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for row in self._rows(area.width()):
            widths = [min(item.sizeHint().width(), area.width()) for item in row]
            widths = [max(w, item.minimumSize().width()) for w, item in zip(widths, row)]
            spare = area.width() - sum(widths) - self._spacing * (len(row) - 1)
            growing = [i for i, item in enumerate(row) if _grows(item)]
            if spare > 0 and growing:
                for n, i in enumerate(growing):
                    share = spare // len(growing) + (1 if n < spare % len(growing) else 0)
                    widths[i] += share
            height = max(item.sizeHint().height() for item in row)
            if apply:
                x = area.x()
                for item, w in zip(row, widths):
                    h = min(height, max(item.sizeHint().height(), item.minimumSize().height()))
                    top = y + (height - h) // 2  # centred on the row
                    item.setGeometry(QRect(QPoint(x, top), QSize(w, h)))
                    x += w + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - area.y()) + m.top() + m.bottom()


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    return bool(widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)
