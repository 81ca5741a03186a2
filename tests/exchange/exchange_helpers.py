"""Plain helpers for the exchange tests (imported by name: conftest puts this folder on sys.path)."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from desktop.questionnaire import load_questionnaire


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


def survey_row(answers: dict) -> dict[str, str]:
    """A complete survey as the text cells of one file row, keyed by question id."""
    qn = load_questionnaire()
    return {q.id: _cell(answers.get(q.id)) for q in qn.questions}


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter)
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def file_hash(path: Path) -> str:
    """SHA-256 of a closed database file (there must be no -wal beside it)."""
    assert not Path(str(path) + "-wal").exists(), "close every store before hashing"
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
