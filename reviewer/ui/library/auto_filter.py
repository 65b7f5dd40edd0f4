"""The library filter on automatic QA flags (forbidden word, no greeting, slow first reply...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reviewer.domain.checks import Flag
from reviewer.ui.library.auto_column import flag_label
from reviewer.ui.widgets.itemdata import ChoiceBox


def auto_flag_box() -> ChoiceBox:
    box = ChoiceBox()
    box.add_choice(QCoreApplication.translate("AutoFilter", "Any auto flag"), None)
    for flag in Flag:
        box.add_choice(flag_label(flag), str(flag))
    box.setToolTip(QCoreApplication.translate("AutoFilter", "Conversations automatic QA flagged"))
    return box
