"""After a crash: offer the autosaved drafts of unsaved forms back when the app starts."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.gui.form.survey_form import SurveyFormWindow
from desktop.store import drafts
from desktop.store.connection import Store
from desktop.store.errors import StoreError

translate = QCoreApplication.translate


def describe(draft: dict) -> str:
    """One line naming an unsaved form: company name, new or existing survey, when."""
    answers = (draft.get("payload") or {}).get("answers") or {}
    name = answers.get("name_local") or answers.get("name_en") or answers.get("name_ja") \
        or translate("Recovery", "(no company name yet)")
    kind = (translate("Recovery", "changes to a saved survey") if draft.get("survey_id")
            else translate("Recovery", "new survey"))
    when = str(draft.get("updated_at") or "").replace("T", " ")[:16]
    who = draft.get("who") or ""
    return f"{name} — {kind} — {when} UTC" + (f" — {who}" if who else "")


def ask_restore(parent: QWidget | None, items: list[str]) -> QMessageBox.StandardButton:
    """Restore (Yes) / Discard them (Discard) / Later (Cancel)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Recovery", "Restore unsaved surveys"))
    box.setText(translate("Recovery", "{n} survey forms were not saved when the app last closed. Restore them?")
                .format(n=len(items)))
    box.setInformativeText("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Recovery", "Restore"))
    box.button(QMessageBox.StandardButton.Discard).setText(translate("Recovery", "Discard them"))
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("Recovery", "Ask me later"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return QMessageBox.StandardButton(box.exec())


def offer_restore(store: Store, parent: QWidget | None = None) -> list[SurveyFormWindow]:
    """Ask about unsaved forms left by a crash and open them restored (shown); Discard deletes them."""
    try:
        pending = drafts.list_drafts(store)
    except StoreError:
        return []
    if not pending:
        return []
    answer = ask_restore(parent, [describe(d) for d in pending])
    if answer == QMessageBox.StandardButton.Discard:
        for d in pending:
            drafts.discard_draft(store, d["key"])
        return []
    if answer != QMessageBox.StandardButton.Yes:
        return []
    forms = []
    for d in pending:
        form = SurveyFormWindow(store, parent=parent)
        form.restore_draft(d)
        form.show()
        forms.append(form)
    return forms
