"""Export surveys to CSV or XLSX: codes or labels in a chosen language, with a codebook.

Cells that a spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading
apostrophe; XLSX cells are all written as strings. The file is written under a temporary name in
the target folder and moved into place with os.replace, so a reader never sees half a file.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.exchange.columns import COMPANY_ID, STATUS, STATUS_LABELS, SURVEY_ID, header
from desktop.questionnaire import LANGUAGES, Codebook, Questionnaire, load_questionnaire
from desktop.store import exchange_io as storeio
from desktop.store.connection import Store
from desktop.store.listing import SurveyFilter

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
Progress = Callable[[int, int], bool | None]


class ExportError(Exception):
    """The export could not be written; no partial file was left behind."""


def neutralise(value: str) -> str:
    """Prefix a cell a spreadsheet would evaluate (= + - @ tab CR at the start) with an apostrophe."""
    return "'" + value if value[:1] in TRIGGERS and value else value


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path in the same folder; os.replace'd onto `path` when the block succeeds."""
    path = Path(path)
    if not path.parent.exists():
        raise ExportError(f"{path.parent}: no such folder")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def safe_filename(name: str) -> str:
    """A file name without path separators, control or reserved characters (for suggested names)."""
    bad = '<>:"/\\|?*'
    cleaned = "".join("_" if (c in bad or ord(c) < 32) else c for c in name).strip(" .")
    return cleaned[:150] or "export"


@dataclass
class ExportResult:
    path: Path
    surveys: int
    codebook: Path | None = None


def fields(qn: Questionnaire | None = None) -> list[str]:
    """Export columns: survey id, company id, status, then every question in questionnaire order."""
    qn = qn or load_questionnaire()
    return [SURVEY_ID, COMPANY_ID, STATUS] + [q.id for q in qn.questions]


def _formatter(qn: Questionnaire, lang: str, labels: bool) -> dict[str, Callable[[Any], str]]:
    out: dict[str, Callable[[Any], str]] = {}

    def plain(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)

    for fid in fields(qn):
        if fid == STATUS and labels:
            out[fid] = _status_label(lang)
            continue
        if fid in (SURVEY_ID, COMPANY_ID, STATUS):
            out[fid] = plain
            continue
        q = qn.question(fid)
        cb = qn.codebook_for(q)
        out[fid] = _value_format(cb if labels else None, lang, q.is_multi) if (labels and cb) or q.is_multi \
            else plain
    return out


def _value_format(cb: Codebook | None, lang: str, multi: bool) -> Callable[[Any], str]:
    """Codes as they are, or as labels in `lang`; multi-select lists joined with '; '."""
    def one(v: Any) -> str:
        return str(v) if cb is None else cb.label(str(v), lang)

    def fmt(v: Any) -> str:
        if multi:
            return "; ".join(one(c) for c in (v or []))
        return "" if v is None else one(v)
    return fmt


def _status_label(lang: str) -> Callable[[Any], str]:
    def label(v: Any) -> str:
        return STATUS_LABELS.get(v, {}).get(lang, v or "")
    return label


def rows(store: Store, flt: SurveyFilter | None = None, lang: str = "en", labels: bool = False,
         progress: Progress | None = None) -> Iterator[list[str]]:
    """Header then one row per survey, as text (not yet neutralised)."""
    qn = load_questionnaire()
    cols = fields(qn)
    fmt = _formatter(qn, lang, labels)
    yield [header(f, lang if labels else None, qn) for f in cols]
    ids = storeio.filtered_ids(store, flt)
    for n, r in enumerate(storeio.iter_answers(store, ids), start=1):
        yield [fmt[f](r.get(f)) for f in cols]
        if progress is not None and n % 2000 == 0 and progress(n, len(ids)) is False:
            raise ExportError("export cancelled; no file was written")


def codebook_rows(lang: str | None = None) -> Iterator[list[str]]:
    """The codebook: question id, its labels, type, code, the code's labels (one row per code)."""
    qn = load_questionnaire()
    langs = [lang] if lang else list(LANGUAGES)
    yield ["question", *[f"question_{x}" for x in langs], "type", "code", *[f"label_{x}" for x in langs]]
    for q in qn.questions:
        cb = qn.codebook_for(q)
        base = [q.id, *[q.text(x) for x in langs], q.type]
        if cb is None:
            yield [*base, "", *["" for _ in langs]]
            continue
        for item in cb.items:
            yield [*base, item.code, *[item.text(x) for x in langs]]
    for code, lbls in STATUS_LABELS.items():
        yield [STATUS, *[header(STATUS, x) for x in langs], "choice", code, *[lbls[x] for x in langs]]


def _write_csv(path: Path, data: Iterator[list[str]]) -> None:
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            for row in data:
                w.writerow([neutralise(c) for c in row])


def _write_xlsx(path: Path, sheets: list[tuple[str, Iterator[list[str]]]]) -> None:
    """Stream the rows with XlsxWriter (constant memory; about twice openpyxl's speed), every cell a string."""
    import xlsxwriter

    with atomic_path(path) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_numbers": False, "strings_to_urls": False})
        try:
            for title, data in sheets:
                ws = wb.add_worksheet(title)
                for r, row in enumerate(data):
                    for c, value in enumerate(row):
                        if value:  # an empty cell is not written at all
                            ws.write_string(r, c, neutralise(_xml_safe(value)))  # text as it is, never a formula
        finally:
            wb.close()


_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot hold most control characters; openpyxl refuses them, so drop them."""
    return _XML_BAD.sub("", text)


def export_surveys(store: Store, path: str | Path, flt: SurveyFilter | None = None, lang: str = "en",
                   labels: bool = False, codebook: bool = True, progress: Progress | None = None) -> ExportResult:
    """Write the filtered surveys to `path` (.csv or .xlsx by its suffix).

    labels: answers (and headers) as labels in `lang` instead of codes. codebook: XLSX gets a
    'codebook' sheet; CSV gets a second file <name>-codebook.csv.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(f"{path.name}: export to .csv or .xlsx")
    count = storeio.filtered_ids(store, flt)
    data = rows(store, flt, lang, labels, progress)
    try:
        if suffix == ".csv":
            _write_csv(path, data)
            cb_path = path.with_name(f"{path.stem}-codebook.csv") if codebook else None
            if cb_path:
                _write_csv(cb_path, codebook_rows(lang if labels else None))
        else:
            sheets = [("surveys", data)]
            if codebook:
                sheets.append(("codebook", codebook_rows(lang if labels else None)))
            _write_xlsx(path, sheets)
            cb_path = None
    except OSError as exc:
        raise ExportError(f"{path}: could not write ({exc.strerror or exc}); no file was left behind") from exc
    return ExportResult(path, len(count), cb_path)
