"""The library header's sort arrow points the way the rows run: down for newest (or highest)
first. Qt draws descending order as an up arrow (the Windows convention), which read as
"oldest first" above a list that is newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionHeader


class SortArrowStyle(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            flipped = {
                QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
                QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
            }.get(option.sortIndicator)
            if flipped is not None:
                option = QStyleOptionHeader(option)
                option.sortIndicator = flipped
        super().drawPrimitive(element, option, painter, widget)
