"""Saving for the survey form: as draft (keeps only the valid answers in the row), as final (all
required answers, or the list of what is missing), conflicts (never overwrite), history."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store import surveys
from desktop.store.errors import ConflictError, StoreError, ValidationFailed
from desktop.validation import Problem, validate

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from desktop.gui.form.survey_form import SurveyFormWindow

    _Base = SurveyFormWindow
else:
    _Base = object


def confirm_reload(parent: QWidget) -> bool:
    """Ask before dropping local edits for the stored version (tests replace this)."""
    answer = QMessageBox.question(
        parent, translate("SurveyFormWindow", "Reload stored version"),
        translate("SurveyFormWindow", "Drop the edits in this form and show the version stored in the database?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class SavingMixin(_Base):
    """Mixed into SurveyFormWindow; uses its fields (rows, store, survey_id, revision, ...)."""

    def savable(self, answers: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """The answers a draft can store, and the fields left out because they have problems.

        A field with a problem keeps its stored value (or becomes empty for a new survey); the
        form and the autosaved draft keep what the analyst typed.
        """
        out = dict(answers)
        dropped: list[str] = []
        for attempt in range(4):
            result = validate(out, final=False, lang=self.lang)
            if result.ok:
                break
            for p in result.problems:
                fields = [p.field] if p.field in self.rows else [q.id for q in self.qn.group(p.field)]
                for f in fields:
                    if f not in dropped:
                        dropped.append(f)
                    out[f] = self.base.get(f) if attempt == 0 else None
        return out, dropped

    def save_draft(self) -> bool:
        """Save what is valid as a draft; always possible once the company has a name."""
        answers, dropped = self.savable(self.answers())
        ok = self._save(answers, final=False)
        if ok and dropped:
            labels = ", ".join(self.rows[f].q.text(self.lang) for f in dropped if f in self.rows)
            self.dirty = True
            self.autosaver.flush()
            self.statusBar().showMessage(translate(
                "SurveyFormWindow", "Saved as draft, except fields with problems (kept in this "
                                                 "form and its autosaved draft): {fields}").format(fields=labels))
            self._update_title()
        return ok

    def save_final(self) -> bool:
        """Save as final when every required answer is there and valid; else list what is missing."""
        result = validate(self.answers(), final=True, lang=self.lang)
        if not result.ok:
            self.show_required = True
            self.refresh()
            self.show_problems(result.problems, translate("SurveyFormWindow", "Not saved as final. Still to do:"))
            self.statusBar().showMessage(translate(
                "SurveyFormWindow", "Not saved as final: {n} answers are missing or wrong")
                                         .format(n=len(result.problems)))
            if self.problems.count():
                self.problems.setCurrentRow(0)
                self.problems.setFocus()
            return False
        return self._save(self.answers(), final=True)

    def _save(self, answers: dict[str, Any], final: bool) -> bool:
        if not self.company_id and not (answers.get("name_local") or "").strip():
            msg = translate("SurveyFormWindow",
                            "Name the company (Chinese name) or choose an existing company before saving; "
                          "your entries are kept in the autosaved draft.")
            self.show_problems([Problem("name_local", "required", msg)], translate("SurveyFormWindow", "Not saved:"))
            self.autosaver.flush()
            return False
        try:
            saved = surveys.save_survey(self.store, answers, final=final, survey_id=self.survey_id,
                                        company_id=self.company_id, expected_revision=self.revision,
                                        lang=self.lang)
        except ConflictError as exc:
            self.autosaver.flush()
            self.conflict.show_conflict(exc.expected, exc.actual)
            self.statusBar().showMessage(translate("SurveyFormWindow", "Not saved: the survey was changed elsewhere"))
            return False
        except ValidationFailed as exc:
            self.show_problems(exc.problems, translate("SurveyFormWindow", "Not saved:"))
            return False
        except StoreError as exc:
            self.autosaver.flush()
            self.show_problems([Problem("", "store", str(exc))], translate("SurveyFormWindow", "Not saved:"))
            return False
        self.survey_id, self.company_id, self.revision = saved.survey_id, saved.company_id, saved.revision
        self.status_value = "final" if final else "draft"
        self.base = {**self.base, **{k: v for k, v in answers.items()}}
        self.conflict.hide()
        self.show_required = False
        self.dirty = False
        self.autosaver.discard()
        self.picker.set_company(self.company_id)
        self.refresh()
        self.show_problems([], "")
        when = _dt.datetime.now().strftime("%H:%M:%S")
        self.statusBar().showMessage(
            (translate("SurveyFormWindow", "Saved as final at {time}") if final
             else translate("SurveyFormWindow", "Saved as draft at {time}")).format(time=when))
        self._update_title()
        self.saved.emit(saved.survey_id)
        return True

    def save_as_copy(self) -> bool:
        """After a conflict: save this form's content as a new survey of the same company."""
        self.survey_id, self.revision, self.base = None, None, {}
        self.status_value = "new"
        answers, _dropped = self.savable(self.answers())
        return self._save(answers, final=False)

    def reload_from_store(self) -> None:
        """After a conflict, and only when the analyst confirms: show the stored version."""
        if not self.survey_id or not confirm_reload(self):
            return
        self._loading = True
        self.load_survey(self.survey_id)
        self._loading = False
        self.conflict.hide()
        self.dirty = False
        self.autosaver.discard()
        self.refresh()
        self._last = self.answers()
        self._update_title()

    def show_history(self) -> None:
        from desktop.gui.form.history_dialog import HistoryDialog

        if not self.survey_id:
            self.statusBar().showMessage(translate("SurveyFormWindow", "No history yet: the survey has not been saved"))
            return
        HistoryDialog(self.store, self.survey_id, self.lang, self).exec()

    def _autosaved(self, error: str) -> None:
        if error:
            self.statusBar().showMessage(translate("SurveyFormWindow", "Autosave failed: {error}").format(error=error))
        else:
            self.statusBar().showMessage(translate("SurveyFormWindow", "Draft autosaved"), 3000)
