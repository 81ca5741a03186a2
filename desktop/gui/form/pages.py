"""One scrollable page per questionnaire section: label, input, help text and inline error per
question, plus a live running total under each share group ("Total: 90% / 100%")."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.gui.form.common import ERROR_STYLE, HELP_STYLE
from desktop.gui.form.widgets import FieldWidget, make_field
from desktop.questionnaire import Question, Questionnaire, Rule, Section, pick

translate = QCoreApplication.translate

LABEL_WIDTH = 240


@dataclass
class QuestionRow:
    q: Question
    label: QLabel
    field: FieldWidget
    help: QLabel
    error: QLabel
    cell: QWidget

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


@dataclass
class GroupTotal:
    rule: Rule
    members: list[str]
    total: QLabel
    error: QLabel
    cell: QWidget


def _small_label(style: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.hide()
    return label


class SectionPage(QScrollArea):
    """The questions of one section; `top` (the company picker) goes above them when given."""

    def __init__(self, section: Section, qn: Questionnaire, lang: str, top: QWidget | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.section, self.qn, self.lang = section, qn, lang
        self.setObjectName(f"page_{section.id}")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        self.heading = QLabel(body)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        outer.addWidget(self.heading)
        self.section_help = _small_label(HELP_STYLE, body)
        outer.addWidget(self.section_help)
        if top is not None:
            outer.addWidget(top)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.setWidget(body)
        self.rows: dict[str, QuestionRow] = {}
        self.shown: dict[str, bool] = {}
        self.groups: dict[str, GroupTotal] = {}
        questions = list(section.questions)
        for n, q in enumerate(questions):
            self._add_row(q, body)
            nxt = questions[n + 1] if n + 1 < len(questions) else None
            if q.group and (nxt is None or nxt.group != q.group):
                self._add_group_total(q.group, body)
        self.retranslate(lang)

    def _add_row(self, q: Question, body: QWidget) -> None:
        label = QLabel(body)
        label.setWordWrap(True)
        label.setFixedWidth(LABEL_WIDTH)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cell = QWidget(body)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        field = make_field(q, self.qn, self.lang, cell)
        box.addWidget(field)
        help_label = _small_label(HELP_STYLE, cell)
        box.addWidget(help_label)
        error = _small_label(ERROR_STYLE, cell)
        error.setObjectName(f"error_{q.id}")
        box.addWidget(error)
        label.setBuddy(field.focus_target())
        self.form.addRow(label, cell)
        self.rows[q.id] = QuestionRow(q, label, field, help_label, error, cell)

    def _add_group_total(self, group: str, body: QWidget) -> None:
        rule = next((r for r in self.qn.rules if r.kind == "sum" and r.group == group), None)
        if rule is None:
            return
        cell = QWidget(body)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 8)
        total = QLabel(cell)
        total.setObjectName(f"total_{group}")
        total.setStyleSheet("font-weight: bold;")
        box.addWidget(total)
        error = _small_label(ERROR_STYLE, cell)
        error.setObjectName(f"error_{group}")
        box.addWidget(error)
        self.form.addRow("", cell)
        members = [q.id for q in self.qn.group(group)]
        self.groups[group] = GroupTotal(rule, members, total, error, cell)

    def set_row_visible(self, qid: str, visible: bool) -> None:
        # QFormLayout.setRowVisible over-releases None in PySide6 6.12 / Python 3.11 (the process
        # dies at exit after a few thousand calls): hide the row's two widgets instead.
        if self.shown.get(qid, True) == visible:
            return
        self.shown[qid] = visible
        row = self.rows[qid]
        row.label.setVisible(visible)
        row.cell.setVisible(visible)

    def row_visible(self, qid: str) -> bool:
        return self.shown.get(qid, True)

    def update_totals(self, clean: dict, applies: dict[str, bool], problems: dict[str, str]) -> None:
        """Running totals of share groups from the validated values; rule problems beside them."""
        for name, g in self.groups.items():
            shown = any(applies.get(m, True) for m in g.members)
            if g.cell.isVisibleTo(self) != shown:
                g.cell.setVisible(shown)
            values = [clean.get(m) for m in g.members]
            total = sum(v for v in values if isinstance(v, (int, float)))
            text = translate("SectionPage", "Total: {total}% / {target}%").format(
                total=f"{total:g}", target=f"{g.rule.total:g}")
            answered = sum(v is not None for v in values)
            if answered < len(values):
                text += "  " + translate("SectionPage", "({n} of {m} answered)").format(n=answered, m=len(values))
            g.total.setText(text)
            ok = abs(total - g.rule.total) <= g.rule.tolerance
            g.total.setStyleSheet("font-weight: bold;" + ("" if ok or answered < len(values) else ERROR_STYLE))
            msg = problems.get(name, "")
            g.error.setText(msg)
            g.error.setVisible(bool(msg))

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.heading.setText(self.section.text(lang))
        sec_help = pick(self.section.help, lang) if self.section.help else ""
        self.section_help.setText(sec_help)
        self.section_help.setVisible(bool(sec_help))
        for row in self.rows.values():
            text = row.q.text(lang)
            row.label.setText(f"{text} *" if row.q.required else text)
            row.label.setToolTip(translate("SectionPage", "* required for a final survey") if row.q.required else "")
            hint = pick(row.q.help, lang) if row.q.help else ""
            row.help.setText(hint)
            row.help.setVisible(bool(hint))
            row.field.retranslate(lang)
