"""One input widget per question type: make_field() picks the class for a Question."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.gui.form.choice_fields import ChoiceField, MultiChoiceField, RatingField
from desktop.gui.form.fields import DateField, FieldWidget, LongTextField, NumberField, TextField
from desktop.questionnaire import Question, Questionnaire

__all__ = ["ChoiceField", "DateField", "FieldWidget", "LongTextField", "MultiChoiceField", "NumberField",
           "RatingField", "TextField", "make_field"]

FACTORIES: dict[str, type[FieldWidget]] = {
    "text": TextField, "longtext": LongTextField, "integer": NumberField, "number": NumberField,
    "percent": NumberField, "year": NumberField, "date": DateField, "choice": ChoiceField,
    "rating": RatingField, "multichoice": MultiChoiceField,
}


def make_field(q: Question, qn: Questionnaire, lang: str, parent: QWidget | None = None) -> FieldWidget:
    """The input widget for question `q` in UI language `lang`."""
    return FACTORIES[q.type](q, qn, lang, parent)
