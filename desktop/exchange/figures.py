"""Import and export reference figures (CSV/XLSX), with the same machinery as survey imports.

    preview_figures(path)                 -> FigurePreview (table head, proposed column mapping, gaps)
    import_figures(store, path, ...)      -> FigureImport (added / updated / unchanged); all or nothing
    export_figures(store, path)           -> number of rows written (CSV, the columns of figures.csv)

Every row is checked by desktop.store.refedit.validate_figure, the validator the window uses. A file
with any bad row raises FigureImportError listing every problem with its file row and column, and
nothing is written. A re-import matches stored figures by geography+indicator+partner+period+unit: the
same rows add nothing; a changed value (or source, note, status...) updates the figure, audited.
No Qt here.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.exchange.reading import ReadError, Table, read_table
from desktop.store import reference
from desktop.store import reference_edit as refedit
from desktop.store.connection import Store
from desktop.store.errors import StoreError

REQUIRED = ("geography", "indicator", "value", "unit", "period", "status", "source_name", "source_url")
OPTIONAL = ("id", "partner", "indicator_label_en", "count_kind", "note")
ALIASES: dict[str, tuple[str, ...]] = {
    "geography": ("geo", "region", "area code", "地域", "地区"),
    "partner": ("counterpart", "相手国", "伙伴"),
    "indicator": ("indicator code", "指標", "指标"),
    "indicator_label_en": ("indicator label", "label", "label_en"),
    "value": ("amount", "値", "数值", "数値"),
    "unit": ("units", "単位", "单位"),
    "period": ("year", "date", "期間", "期间", "时期"),
    "count_kind": ("kind of count", "count kind", "計数の種類", "统计口径"),
    "status": ("verified", "flag", "状態", "状态"),
    "source_name": ("source", "出典", "来源"),
    "source_url": ("url", "link", "source link", "出典url", "来源网址"),
    "note": ("notes", "comment", "備考", "备注"),
}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


class FigureImportError(StoreError):
    """The file cannot be imported; `problems` lists each with its row and column. Nothing was written."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        more = f" (and {len(problems) - 20} more)" if len(problems) > 20 else ""
        super().__init__("nothing was imported:\n" + "\n".join(problems[:20]) + more)


@dataclass
class FigurePreview:
    table: Table
    mapping: dict[str, str]              # file column -> figure column
    unmapped: list[str]                  # file columns that map to nothing (ignored)
    missing: list[str]                   # required figure columns with no file column


@dataclass
class FigureImport:
    source: str
    rows: int
    added: list[str] = field(default_factory=list)
    updated: list[tuple[str, list[str]]] = field(default_factory=list)   # (id, changed fields)
    unchanged: list[str] = field(default_factory=list)
    dry_run: bool = False

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        return (f"{self.source}: {self.rows} rows; {verb} {len(self.added)}, "
                f"{'would update' if self.dry_run else 'updated'} {len(self.updated)}, "
                f"{len(self.unchanged)} unchanged")


def _norm(name: str) -> str:
    return re.sub(r"[\s_\-]+", " ", name.strip().lower())


def propose_mapping(columns: list[str]) -> dict[str, str]:
    """File column -> figure column, by name (our column names, then English/Japanese/Chinese aliases)."""
    lookup: dict[str, str] = {}
    for target in reference.FIGURE_COLUMNS:
        lookup[_norm(target)] = target
        for alias in ALIASES.get(target, ()):
            lookup.setdefault(_norm(alias), target)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for col in columns:
        found = lookup.get(_norm(col))
        if found and found not in used:
            mapping[col] = found
            used.add(found)
    return mapping


def preview_figures(path: str | Path, encoding: str | None = None, sheet: str | None = None,
                    limit: int = 50, mapping: dict[str, str] | None = None) -> FigurePreview:
    """The first `limit` rows and the column mapping an import would use (ReadError if unreadable)."""
    table = read_table(path, encoding=encoding, sheet=sheet, limit=limit)
    return _preview(table, mapping)


def _preview(table: Table, mapping: dict[str, str] | None) -> FigurePreview:
    mapping = dict(mapping) if mapping is not None else propose_mapping(table.columns)
    unknown = [c for c in mapping if c not in table.columns]
    if unknown:
        raise FigureImportError([f"{table.source}: the mapping names columns the file lacks: {', '.join(unknown)}"])
    bad_targets = [t for t in mapping.values() if t not in reference.FIGURE_COLUMNS]
    if bad_targets:
        raise FigureImportError([f"{table.source}: not figure columns: {', '.join(bad_targets)}"])
    targets = list(mapping.values())
    twice = sorted({t for t in targets if targets.count(t) > 1})
    if twice:
        raise FigureImportError([f"{table.source}: two file columns map to {', '.join(twice)}"])
    unmapped = [c for c in table.columns if c not in mapping]
    missing = [c for c in REQUIRED if c not in targets]
    return FigurePreview(table, mapping, unmapped, missing)


def _cell(text: str) -> str:
    """Undo the export's formula guard ('=x -> =x)."""
    if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA:
        return text[1:]
    return text


def check_rows(store: Store, preview: FigurePreview,
               allow_new_units: bool = False) -> tuple[list[dict[str, Any]], list[str]]:
    """Validate every row of the previewed table -> (clean rows, problems 'file: row N, column C: ...')."""
    table = preview.table
    source = table.source
    if preview.missing:
        return [], [f"{source}: no column for {', '.join(preview.missing)} (map a file column to each)"]
    back = {target: col for col, target in preview.mapping.items()}
    index = {col: table.columns.index(col) for col in preview.mapping}
    context = refedit.figure_context(store)
    problems: list[str] = [f"{source}: row {n}: more cells than the header has columns" for n in table.ragged]
    clean_rows: list[dict[str, Any]] = []
    seen: dict[tuple[str, ...], int] = {}
    for cells, number in zip(table.rows, table.row_numbers):
        raw = {target: _cell(cells[index[col]]) for col, target in preview.mapping.items()}
        clean, found = refedit.validate_figure(raw, context, allow_new_unit=allow_new_units)
        for p in found:
            column = back.get(p.column, p.column)
            problems.append(f"{source}: row {number}, column {column!r}: {p.message}")
        if found:
            continue
        key = tuple(str(clean[c]) for c in refedit.KEY_COLUMNS)
        if key in seen:
            problems.append(f"{source}: row {number}, column {back['period']!r}: the same figure (geography, "
                            f"indicator, partner, period, unit) is already on row {seen[key]}")
            continue
        seen[key] = number
        clean_rows.append(clean)
    if not table.rows:
        problems.append(f"{source}: no data rows under the header")
    return clean_rows, problems


def import_figures(store: Store, path: str | Path, mapping: dict[str, str] | None = None, dry_run: bool = False,
                   allow_new_units: bool = False, encoding: str | None = None,
                   sheet: str | None = None) -> FigureImport:
    """Import figures from a CSV/XLSX file in one transaction (or only report, with dry_run).

    mapping: file column -> figure column; None maps by column name (propose_mapping).
    allow_new_units: accept units not yet known. Raises FigureImportError (row and column of every
    problem) or ReadError; in either case nothing is written.
    """
    try:
        table = read_table(path, encoding=encoding, sheet=sheet)
    except ReadError as exc:
        raise FigureImportError([str(exc)]) from exc
    preview = _preview(table, mapping)
    rows, problems = check_rows(store, preview, allow_new_units)
    if problems:
        raise FigureImportError(problems)
    supplied = list(preview.mapping.values())
    plan = refedit.plan_figures(store, rows, supplied)
    result = FigureImport(table.source, len(rows), [r["id"] for r in plan.add],
                          [(fid, list(changes)) for fid, _, changes in plan.update], plan.unchanged, dry_run)
    if not dry_run and (plan.add or plan.update):
        refedit.apply_plan(store, plan)
    return result


def _export_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    text = str(value)
    if text.startswith(_FORMULA) and text != "-" and not re.fullmatch(r"-?\d+(\.\d+)?", text):
        return "'" + text          # a spreadsheet would run it as a formula
    return text


def export_figures(store: Store, path: str | Path, include_retired: bool = False) -> int:
    """Write the figures to a UTF-8 CSV with the columns of db/reference/figures.csv; returns the row count.

    Written to a temporary file first and renamed, so a failed export leaves no half file."""
    target = Path(path)
    rows = reference.figures(store, include_retired=include_retired)
    tmp = target.with_name(target.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(reference.FIGURE_COLUMNS)
            for r in rows:
                writer.writerow([_export_cell(r[c]) for c in reference.FIGURE_COLUMNS])
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{target}: could not write the export ({exc.strerror or exc})") from exc
    return len(rows)
