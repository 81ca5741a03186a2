"""The XLSX half of reading.py: openpyxl read-only, values not formulas, links and macros ignored."""

from __future__ import annotations

import contextlib
import warnings
import zipfile
from pathlib import Path

from desktop.exchange.reading import (
    MAX_COLUMNS,
    MAX_ROWS,
    Progress,
    ReadError,
    Table,
    _finish,
    cell_text,
    check_zip,
    clean_header,
    report,
)


def read_xlsx(path: Path, sheet: str | None = None, max_rows: int = MAX_ROWS, limit: int | None = None,
              progress: Progress | None = None) -> Table:
    """Read one sheet of an xlsx (see reading.read_table). The zip is checked before openpyxl opens it."""
    import openpyxl

    source = path.name
    check_zip(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")     # openpyxl warns about data validation, styles, etc.
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False, keep_vba=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError) as exc:
        raise ReadError(f"{source}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # openpyxl raises many kinds on malformed XML; none may escape as a crash
        raise ReadError(f"{source}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None
    try:
        if sheet:
            if sheet not in wb.sheetnames:
                raise ReadError(f"{source}: no sheet named {sheet!r} (sheets: {', '.join(wb.sheetnames)})")
            ws = wb[sheet]
        else:
            ws = next((w for w in wb.worksheets), None)
            if ws is None:
                raise ReadError(f"{source}: the workbook has no worksheet")
        title = ws.title
        try:      # the size the sheet declares (without scanning it; unsized sheets are checked while read)
            dims = ws.calculate_dimension()
        except (ValueError, TypeError, AttributeError):
            dims = ""
        declared_rows = declared_cols = None
        if dims and ":" in dims:
            from openpyxl.utils.cell import range_boundaries
            with contextlib.suppress(ValueError, TypeError):
                _c1, _r1, declared_cols, declared_rows = range_boundaries(dims)
        if declared_cols and declared_cols > MAX_COLUMNS:
            raise ReadError(f"{source}: sheet {title!r} has {declared_cols} columns; at most {MAX_COLUMNS} accepted")
        if declared_rows and declared_rows > max_rows + 1 and limit is None:
            raise ReadError(f"{source}: sheet {title!r} has {declared_rows - 1:,} rows; more than {max_rows:,} "
                            f"are refused (split the file)")
        header: list[str] | None = None
        rows: list[list[str]] = []
        numbers: list[int] = []
        truncated = False
        try:
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                if len(values) > MAX_COLUMNS:
                    values = values[:MAX_COLUMNS + 1]
                cells = [cell_text(v) for v in values]
                if not any(c.strip() for c in cells):
                    continue
                if header is None:
                    header = clean_header(cells, source)
                    continue
                rows.append(cells)
                numbers.append(number)
                report(progress, len(rows), max(0, (declared_rows or 0) - 1), source)
                if limit is not None and len(rows) >= limit:
                    truncated = True
                    break
                if len(rows) > max_rows:
                    raise ReadError(f"{source}: sheet {title!r} has more than {max_rows:,} rows; split the file")
        except ReadError:
            raise
        except Exception as exc:
            raise ReadError(f"{source}: sheet {title!r} cannot be read ({type(exc).__name__}: {exc})") from None
        if header is None:
            raise ReadError(f"{source}: sheet {title!r} holds no data")
        return _finish(header, rows, numbers, source, "xlsx", sheet=title, truncated=truncated)
    finally:
        wb.close()


def sheet_names(path: Path) -> list[str]:
    """The worksheet names of an xlsx (checked like read_xlsx first)."""
    import openpyxl

    check_zip(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # malformed workbooks raise many kinds
        raise ReadError(f"{path.name}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None
    try:
        return [ws.title for ws in wb.worksheets]
    finally:
        wb.close()
