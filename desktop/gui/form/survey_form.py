"""The survey form window: sections as pages generated from the questionnaire, the company picker,
inline validation as the analyst types, conditional questions, autosave, save as draft/final."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.form.autosave import Autosaver
from desktop.gui.form.common import ERROR_STYLE, ui_language
from desktop.gui.form.company_picker import CompanyPicker
from desktop.gui.form.conflict import ConflictBanner
from desktop.gui.form.pages import QuestionRow, SectionPage
from desktop.gui.form.saving import SavingMixin
from desktop.questionnaire import load_questionnaire
from desktop.store import companies, surveys
from desktop.store.connection import Store
from desktop.validation import validate

translate = QCoreApplication.translate

NAME_FIELDS = ("name_local", "name_en", "name_ja")
FIELD_ROLE = Qt.ItemDataRole.UserRole


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save draft / Discard / Cancel for a form with unsaved changes (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("SurveyFormWindow", "Unsaved changes"),
                      translate("SurveyFormWindow",
                                "This survey has changes that are not saved. Save them as a draft?"),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Save).setText(translate("SurveyFormWindow", "Save draft"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


class SurveyFormWindow(SavingMixin, QMainWindow):
    """Enter or edit one survey.

    store: the open database (store.who is recorded as the analyst of every change).
    survey_id: an existing survey to edit; None for a new one.
    prefill: answers for a new survey (desktop.store.surveys.duplicate_as_new; may hold company_id).
    """

    saved = Signal(str)
    open_windows: set[SurveyFormWindow] = set()

    def __init__(self, store: Store, survey_id: str | None = None, prefill: dict | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store, self.qn, self.lang = store, load_questionnaire(), ui_language()
        self.survey_id: str | None = survey_id
        self.company_id: str | None = None
        self.revision: int | None = None
        self.status_value = "new"
        self.base: dict[str, Any] = {}
        self.dirty = False
        self.show_required = False
        self._loading = True
        self._last: dict[str, Any] = {}
        self.key = str(uuid.uuid4())
        self.autosaver = Autosaver(store, self.key, self._draft_payload, self)
        self.autosaver.saved.connect(self._autosaved)
        self._build()
        if survey_id:
            self.load_survey(survey_id)
        else:
            self._fill(prefill or {"analyst": store.who or None})
            self.company_id = (prefill or {}).get("company_id")
            self.picker.set_company(self.company_id)
        self._loading = False
        self.refresh()
        self.retranslate()
        self._last = self.answers()
        self.resize(1000, 720)
        SurveyFormWindow.open_windows.add(self)
        self.destroyed.connect(lambda *_: SurveyFormWindow.open_windows.discard(self))

    # --- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        self.conflict = ConflictBanner(central)
        self.conflict.reload_requested.connect(self.reload_from_store)
        self.conflict.copy_requested.connect(self.save_as_copy)
        outer.addWidget(self.conflict)
        split = QSplitter(Qt.Orientation.Horizontal, central)
        self.sections = QListWidget(split)
        self.sections.setObjectName("section_list")
        self.sections.setMaximumWidth(230)
        self.stack = QStackedWidget(split)
        self.picker = CompanyPicker(self.store, self.lang)
        self.picker.chosen.connect(self._company_chosen)
        self.picker.new_company.connect(self._company_cleared)
        self.pages: list[SectionPage] = []
        self.rows: dict[str, QuestionRow] = {}
        self.page_of: dict[str, int] = {}
        for n, section in enumerate(self.qn.sections):
            page = SectionPage(section, self.qn, self.lang, top=self.picker if n == 0 else None)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.sections.addItem(QListWidgetItem(section.text(self.lang)))
            for qid, row in page.rows.items():
                self.rows[qid] = row
                self.page_of[qid] = n
                row.field.changed.connect(lambda qid=qid: self._on_change(qid))
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)
        split.setStretchFactor(1, 1)
        split.setCollapsible(1, False)
        split.setSizes([200, 800])
        outer.addWidget(split, 1)
        self.problems_title = QLabel(central)
        self.problems_title.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.problems = QListWidget(central)
        self.problems.setObjectName("problems")
        self.problems.setMaximumHeight(140)
        self.problems.itemActivated.connect(self._problem_activated)
        self.problems.itemClicked.connect(self._problem_activated)
        for w in (self.problems_title, self.problems):
            w.hide()
            outer.addWidget(w)
        buttons = QHBoxLayout()
        self.history_button = QPushButton(central)
        self.history_button.setObjectName("history")
        self.history_button.clicked.connect(self.show_history)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        self.draft_button = QPushButton(central)
        self.draft_button.setObjectName("save_draft")
        self.draft_button.clicked.connect(self.save_draft)
        self.final_button = QPushButton(central)
        self.final_button.setObjectName("save_final")
        self.final_button.clicked.connect(self.save_final)
        for b in (self.history_button, self.draft_button, self.final_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.final_button)
        outer.addLayout(buttons)
        self.setCentralWidget(central)
        self.actions_: dict[str, QAction] = {}
        for name, keys, slot in (
                ("save_draft", ["Ctrl+S"], self.save_draft),
                ("save_final", ["Ctrl+Shift+S"], self.save_final),
                ("new", ["Ctrl+N"], self.new_form),
                ("next", ["Ctrl+Return", "Ctrl+Enter", "Ctrl+PgDown"], lambda: self.go_section(1)),
                ("previous", ["Ctrl+PgUp"], lambda: self.go_section(-1)),
                ("close", ["Esc"], self.close)):
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            self.actions_[name] = act

    # --- loading -----------------------------------------------------------------------------
    def _fill(self, answers: dict[str, Any]) -> None:
        was, self._loading = self._loading, True
        province = answers.get("province")
        self.rows["city"].field.set_parent_code(str(province) if province else None)  # type: ignore[attr-defined]
        for qid, row in self.rows.items():
            row.field.set_value(answers.get(qid))
        self._loading = was

    def load_survey(self, survey_id: str) -> None:
        """Show the stored survey (replacing whatever the form holds)."""
        data = surveys.get_survey(self.store, survey_id)
        self.survey_id, self.company_id = survey_id, data["company_id"]
        self.revision, self.status_value = data["revision"], data["status"]
        self.base = {q.id: data.get(q.id) for q in self.qn.questions}
        self._fill(self.base)
        self.picker.set_company(self.company_id)

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Bring back an autosaved draft (desktop.store.drafts.list_drafts row) into this form."""
        payload = draft.get("payload") or {}
        self._loading = True
        if draft.get("survey_id"):
            try:
                self.load_survey(draft["survey_id"])
            except Exception:  # noqa: BLE001 - the survey is gone: keep the content as a new survey
                self.survey_id = None
        self.revision = draft.get("base_revision") if self.survey_id else None
        self.key = draft["key"]
        self.autosaver.key = draft["key"]
        self.autosaver.has_draft = True
        self._fill(payload.get("answers") or {})
        self.company_id = payload.get("company_id") or self.company_id
        self.picker.set_company(self.company_id)
        self._loading = False
        self.go_section(int(payload.get("section") or 0) - self.sections.currentRow())
        self.dirty = True
        self.refresh()
        self.retranslate()
        self._last = self.answers()

    def answers(self) -> dict[str, Any]:
        """The raw content of every field (what the analyst typed, valid or not)."""
        return {qid: row.field.value() for qid, row in self.rows.items()}

    def _draft_payload(self) -> tuple[dict[str, Any], str | None, int | None]:
        payload = {"answers": self.answers(), "company_id": self.company_id,
                   "section": self.sections.currentRow(), "lang": self.lang}
        return payload, self.survey_id, self.revision

    # --- live behaviour ----------------------------------------------------------------------
    def _on_change(self, qid: str) -> None:
        if self._loading:
            return
        if qid == "province":
            code = self.rows["province"].field.value()
            self.rows["city"].field.set_parent_code(code)  # type: ignore[attr-defined]
        self.refresh()
        now = self.answers()
        if now == self._last and qid != "company_id":
            return
        self._last = now
        self.dirty = True
        self._update_title()
        self.autosaver.schedule()
        if qid in NAME_FIELDS and self.company_id is None:
            self.picker.names_changed([self.rows[n].field.value() or "" for n in NAME_FIELDS])

    def refresh(self) -> None:
        """Conditions, inline problems and group totals from the current content."""
        was, self._loading = self._loading, True
        answers = self.answers()
        for _ in range(3):  # hiding a question clears it, which may hide another
            result = validate(answers, final=False, lang=self.lang)
            context = {**answers, **result.clean}
            cleared = False
            for qid, row in self.rows.items():
                shown = self.qn.applies(row.q, context)
                self.pages[self.page_of[qid]].set_row_visible(qid, shown)
                if not shown and not row.field.is_empty():
                    row.field.clear()
                    cleared = True
            if not cleared:
                break
            answers = self.answers()
        self._loading = was
        result = validate(answers, final=self.show_required, lang=self.lang)
        messages: dict[str, str] = {}
        for p in result.problems:
            if p.code == "unknown_code" and p.field in self.rows and self.rows[p.field].field.editing():
                continue
            messages[p.field] = (messages[p.field] + "\n" if p.field in messages else "") + p.message
        for qid, row in self.rows.items():
            row.set_error(messages.get(qid, ""))
        applies = {qid: self.qn.applies(row.q, context) for qid, row in self.rows.items()}
        for page in self.pages:
            page.update_totals(result.clean, applies, messages)
        if self.show_required:
            self.show_problems(result.problems, self.tr("Not yet saved as final. Still to do:"))
        self._mark_sections(result.problems)

    def _mark_sections(self, problems: list) -> None:
        bad = {self.page_of.get(self._field_for(p.field), -1) for p in problems}
        for n, section in enumerate(self.qn.sections):
            text = section.text(self.lang)
            self.sections.item(n).setText(f"⚠ {text}" if n in bad else text)

    def _field_for(self, fid: str) -> str:
        if fid in self.rows:
            return fid
        members = self.qn.group(fid)
        return members[0].id if members else fid

    def show_problems(self, problems: list, title: str) -> None:
        """The list of what stops a save; clicking an entry jumps to the field."""
        self.problems.clear()
        for p in problems:
            it = QListWidgetItem(p.message)
            it.setData(FIELD_ROLE, self._field_for(p.field))
            self.problems.addItem(it)
        self.problems_title.setText(title)
        for w in (self.problems_title, self.problems):
            w.setVisible(bool(problems))

    def _problem_activated(self, item: QListWidgetItem) -> None:
        self.jump_to(str(item.data(FIELD_ROLE)))

    def jump_to(self, qid: str) -> None:
        """Show the page of question `qid` and put the cursor in it."""
        if qid not in self.rows:
            return
        page = self.page_of[qid]
        self.sections.setCurrentRow(page)
        row = self.rows[qid]
        self.pages[page].ensureWidgetVisible(row.cell)
        row.field.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def go_section(self, step: int) -> None:
        n = max(0, min(len(self.pages) - 1, self.sections.currentRow() + step))
        self.sections.setCurrentRow(n)
        page = self.pages[n]
        first = next((r for qid, r in page.rows.items() if page.row_visible(qid)), None)
        if first is not None:
            first.field.focus_target().setFocus(Qt.FocusReason.TabFocusReason)

    # --- company -----------------------------------------------------------------------------
    def _company_chosen(self, company_id: str) -> None:
        row = companies.get_company(self.store, company_id)
        self.company_id = company_id
        self._loading = True
        self._fill({**self.answers(), **{c: row.get(c) for c in companies.columns()}})
        self._loading = False
        self._on_change("company_id")

    def _company_cleared(self) -> None:
        self.company_id = None
        self._on_change("company_id")

    # --- closing and language ----------------------------------------------------------------
    def new_form(self) -> SurveyFormWindow:
        form = SurveyFormWindow(self.store, parent=self.parentWidget())
        form.saved.connect(self.saved)
        form.show()
        return form

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty:
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save_draft()):
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                self.autosaver.discard()
                self.dirty = False
        self.autosaver.timer.stop()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "pages"):
            self.lang = ui_language()
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        name = self.rows["name_local"].field.value() or self.tr("New survey")
        status = {"new": self.tr("not saved"), "draft": self.tr("draft"), "final": self.tr("final")}
        self.setWindowTitle(f"{'*' if self.dirty else ''}{name} — {status.get(self.status_value, '')} — "
                            + self.tr("Survey form"))

    def retranslate(self) -> None:
        was, self._loading = self._loading, True  # relabelling combos is not an edit
        for n, page in enumerate(self.pages):
            page.retranslate(self.lang)
            self.sections.item(n).setText(page.section.text(self.lang))
        self._loading = was
        self.picker.retranslate(self.lang)
        self.history_button.setText(self.tr("History…"))
        self.draft_button.setText(self.tr("Save as draft (Ctrl+S)"))
        self.final_button.setText(self.tr("Save as final (Ctrl+Shift+S)"))
        self.sections.setToolTip(self.tr("Ctrl+Enter or Ctrl+PgDown: next section; Ctrl+PgUp: previous"))
        self.conflict.retranslate()
        self._update_title()
        self.refresh()
