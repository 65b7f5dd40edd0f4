"""The library's Conversation cell: the title, and under it the employee and channel while a
narrow table hides their columns (two visits of one day then still read apart)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reviewer.ui import style
from reviewer.ui.library.library_model import TitleDetailsRole
from reviewer.ui.widgets.itemdata import item_data


class TitleDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        details = item_data(index, TitleDetailsRole)
        if not details:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        app_style = widget.style() if widget is not None else QApplication.style()
        app_style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, selection
        text_rect = app_style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        metrics = opt.fontMetrics
        line = metrics.height()
        top = text_rect.top() + max(0, (text_rect.height() - 2 * line) // 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        first = QRect(text_rect.left(), top, text_rect.width(), line)
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, first.width()))
        if not selected:
            painter.setPen(style.MUTED_TEXT)
        second = QRect(text_rect.left(), top + line, text_rect.width(), line)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(details, Qt.TextElideMode.ElideRight, second.width()))
        painter.restore()
