"""The survey instrument as typed objects: sections, questions, codebooks, rules."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("en", "ja", "zh")

Labels = dict[str, str]

QUESTION_TYPES = (
    "text", "longtext", "integer", "number", "percent", "date", "year",
    "choice", "multichoice", "rating",
)
ENTITIES = ("company", "survey")


def pick(labels: Labels, lang: str) -> str:
    """The label in `lang`, falling back to English, then to any label."""
    return labels.get(lang) or labels.get("en") or next(iter(labels.values()), "")


@dataclass(frozen=True)
class Item:
    """One answer category of a codebook."""

    code: str
    label: Labels
    status: str = ""
    source: str = ""
    group: str = ""
    parent: str = ""
    exclusive: bool = False
    retired: bool = False

    def text(self, lang: str) -> str:
        return pick(self.label, lang)


@dataclass(frozen=True)
class Codebook:
    name: str
    items: tuple[Item, ...]
    parent_question: str = ""

    def codes(self) -> list[str]:
        return [i.code for i in self.items]

    def get(self, code: str) -> Item | None:
        return self._index().get(code)

    def _index(self) -> dict[str, Item]:
        idx = self.__dict__.get("_idx")
        if idx is None:
            idx = {i.code: i for i in self.items}
            object.__setattr__(self, "_idx", idx)
        return idx

    def label(self, code: str, lang: str) -> str:
        item = self.get(code)
        return item.text(lang) if item else code

    def children(self, parent_code: str) -> list[Item]:
        return [i for i in self.items if i.parent == parent_code and not i.retired]

    def active(self) -> list[Item]:
        """Items to offer in pickers: retired places/industries stay readable but are not offered."""
        return [i for i in self.items if not i.retired]


@dataclass(frozen=True)
class Condition:
    """A question is asked only when another answer matches (`in`) or starts with (`prefix`)."""

    field: str
    values: tuple[str, ...] = ()
    prefix: str = ""

    def holds(self, answers: dict[str, Any]) -> bool:
        value = answers.get(self.field)
        if value is None or value == "":
            return False
        value = str(value)
        if self.values:
            return value in self.values
        return value.startswith(self.prefix)


@dataclass(frozen=True)
class Question:
    id: str
    entity: str
    type: str
    label: Labels
    section: str
    required: bool = False
    codebook: str = ""
    min: float | None = None
    max: float | None = None
    max_spec: str = ""
    max_length: int | None = None
    unit: Labels = field(default_factory=dict)
    help: Labels = field(default_factory=dict)
    when: Condition | None = None
    depends_on: str = ""
    group: str = ""
    ranked: bool = False
    max_choices: int | None = None
    not_future: bool = False

    def text(self, lang: str) -> str:
        return pick(self.label, lang)

    @property
    def is_multi(self) -> bool:
        return self.type == "multichoice"

    def upper_bound(self, today: _dt.date | None = None) -> float | None:
        """The maximum, resolving 'current_year' style bounds against today."""
        if self.max_spec:
            year = (today or _dt.date.today()).year
            return year + (1 if self.max_spec == "current_year_plus_1" else 0)
        return self.max


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    message: Labels
    group: str = ""
    field: str = ""
    than: str = ""
    total: float = 100.0
    tolerance: float = 0.5


@dataclass(frozen=True)
class Section:
    id: str
    label: Labels
    help: Labels
    questions: tuple[Question, ...]

    def text(self, lang: str) -> str:
        return pick(self.label, lang)


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: int
    title: Labels
    sections: tuple[Section, ...]
    codebooks: dict[str, Codebook]
    rules: tuple[Rule, ...]

    @property
    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def question(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(qid)

    def by_entity(self, entity: str) -> list[Question]:
        return [q for q in self.questions if q.entity == entity]

    def scalar(self, entity: str) -> list[Question]:
        """Questions stored as a column of the entity's table."""
        return [q for q in self.by_entity(entity) if not q.is_multi]

    def multi(self) -> list[Question]:
        """Questions stored as rows of the survey_choices child table."""
        return [q for q in self.questions if q.is_multi]

    def codebook_for(self, q: Question) -> Codebook | None:
        return self.codebooks.get(q.codebook) if q.codebook else None

    def group(self, name: str) -> list[Question]:
        return [q for q in self.questions if q.group == name]

    def applies(self, q: Question, answers: dict[str, Any]) -> bool:
        """Whether the question is asked, given the other answers."""
        return q.when is None or q.when.holds(answers)
