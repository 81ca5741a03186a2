"""The single definition of the survey instrument (resources/questionnaire/survey.json)."""

from desktop.questionnaire.loader import QuestionnaireError, load_file, load_questionnaire, parse, use_reference
from desktop.questionnaire.model import (
    LANGUAGES,
    Codebook,
    Condition,
    Item,
    Question,
    Questionnaire,
    Rule,
    Section,
    pick,
)

__all__ = [
    "LANGUAGES", "Codebook", "Condition", "Item", "Question", "Questionnaire", "QuestionnaireError",
    "Rule", "Section", "load_file", "load_questionnaire", "parse", "pick", "use_reference",
]
