""""Plan a Session from This Report" in the Reports dialog: the coaching report's focus areas
(for the employee, period and rubric chosen there) prefill a new coaching session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from reviewer.storage import Library


def plan_session(dialog):
    """Open the session dialog prefilled from the report the Reports dialog describes; None,
    with the reason in the dialog's status line, when there is nothing to plan from."""
    from reviewer import reports
    from reviewer.coaching.planning import plan_from_report
    from reviewer.reports.data import employee_report
    from reviewer.storage.settings import Setting
    from reviewer.ui.reports.coaching_session_dialog import CoachingSessionDialog

    employee = dialog.employee.currentData()
    if not employee:
        dialog.status.setText(QCoreApplication.translate("ReportsDialog", "There are no employees in this library yet."))
        return None
    since = until = None
    if dialog.use_period.isChecked():
        since, until = dialog.since.date().toString("yyyy-MM-dd"), dialog.until.date().toString("yyyy-MM-dd")
    library = Library.open(dialog.library_root, create=False)
    try:
        report = employee_report(library, employee, reports.Period(since, until), rubric_id=dialog.rubric.currentData(),
                                 language=dialog.language.currentData())
    except reports.ReportError as exc:
        library.close()
        dialog.status.setText(QCoreApplication.translate("ReportsDialog", "No session can be planned: {0}").format(str(exc)))
        return None
    plan = plan_from_report(report, trainer=library.setting(Setting.REVIEWER_NAME) or "")
    session_dialog = CoachingSessionDialog(library, plan, dialog.language.currentData(), dialog)
    session_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    session_dialog.finished.connect(lambda _result: library.close())
    session_dialog.saved.connect(lambda sid: dialog.status.setText(
        QCoreApplication.translate("ReportsDialog", "Coaching session {0} saved.").format(sid)))
    session_dialog.open()
    return session_dialog
