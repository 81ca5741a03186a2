"""Read a CSV/TSV or XLSX table into text cells, safely: encodings, delimiters, size limits, hostile zips.

`read_table(path)` returns a Table whose cells are all text (blank cells are ""), with the file row number
of each data row (the header is row 1, as a spreadsheet shows it). Every refusal is a ReadError whose
message names the file and, where it applies, the row and column. No Qt, no SQL.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MAX_ROWS = 1_000_000
MAX_BYTES = 200 * 1024 * 1024
MAX_COLUMNS = 1000
MAX_UNCOMPRESSED = 1024 * 1024 * 1024   # total of an xlsx's members once unpacked
MAX_RATIO = 200                          # compression ratio above which a large member is a bomb
MAX_CELL = 1_000_000                     # characters in one cell (csv's field limit)
PREVIEW_BYTES = 1024 * 1024              # what a preview (limit=...) reads of a big text file

ENCODINGS = ("utf-8-sig", "utf-8", "cp932", "gb18030", "utf-16")
DELIMITERS = (",", "\t", ";")


Progress = Callable[[int, int], "bool | None"]


class ReadError(Exception):
    """The file cannot be read as a table; the message says which file and why."""


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str]]
    encoding: str
    source: str
    row_numbers: list[int] = field(default_factory=list)   # file row of each entry in rows
    ragged: list[int] = field(default_factory=list)        # file rows with more cells than the header
    delimiter: str = ""
    sheet: str = ""
    truncated: bool = False                                # stopped at `limit` (a preview)


# ---------------------------------------------------------------- encodings

def _plausibility(text: str) -> float:
    """Mean score per non-ASCII character: high for kana, common hanzi/kanji and CJK punctuation."""
    score, count = 0.0, 0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            continue
        count += 1
        if count > 50_000:
            break
        if 0x3040 <= o <= 0x30FF or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:
            score += 2
        elif 0xFF61 <= o <= 0xFF9F:          # half-width katakana: GBK bytes read as cp932
            score -= 3
        elif 0x4E00 <= o <= 0x9FFF:
            score += 2 if _common_ideograph(ch) else -1
        elif 0xE000 <= o <= 0xF8FF or 0x3400 <= o <= 0x4DBF or o >= 0x20000 or o in (0xFFFD,):
            score -= 3
        elif 0x80 <= o <= 0x9F:
            score -= 3
        elif 0xA0 <= o <= 0x24FF or 0x2500 <= o <= 0x257F or 0xFF00 <= o <= 0xFFEF:
            score += 0.5
        else:
            score -= 0.5
    return score / count if count else 0.0


def _common_ideograph(ch: str) -> bool:
    """In GB2312 (common simplified Chinese) or JIS X 0208 level 1 (common Japanese kanji)."""
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("shift_jis")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and (b[0], b[1]) <= (0x98, 0x72)


def encoding_candidates(raw: bytes) -> list[tuple[str, float]]:
    """Encodings that decode `raw` strictly, best first, each with its plausibility score."""
    if raw.startswith(codecs.BOM_UTF8):
        return [("utf-8-sig", 10.0)]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return [("utf-16", 10.0)]
    out: list[tuple[str, float]] = []
    for enc in ("utf-8", "cp932", "gb18030"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-8":
            return [("utf-8", 10.0)]                 # strict UTF-8 on non-ASCII bytes is never an accident
        out.append((enc, _plausibility(text)))
    out.sort(key=lambda item: -item[1])
    return out


def detect_encoding(raw: bytes) -> str:
    """The most plausible of utf-8-sig, utf-8, utf-16, cp932 (Shift_JIS) and gb18030 (GBK) for `raw`.

    Strict decoding rules encodings out; between cp932 and gb18030 (both decode much CJK text) the one
    yielding kana and common hanzi/kanji wins. Falls back to utf-8 (the reader then names the bad byte).
    """
    candidates = encoding_candidates(raw)
    return candidates[0][0] if candidates else "utf-8"


def _check_encoding(name: str, source: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ReadError(f"{source}: unknown encoding {name!r}") from None


def _decode(raw: bytes, encoding: str, source: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ReadError(f"{source}: line {line} cannot be read as {encoding} (byte {exc.start}: "
                        f"{raw[exc.start:exc.start + 4]!r}); choose another encoding") from None


# ---------------------------------------------------------------- entry point

def read_table(path: str | Path, encoding: str | None = None, sheet: str | None = None,
               max_rows: int = MAX_ROWS, max_bytes: int = MAX_BYTES, limit: int | None = None,
               progress: Progress | None = None) -> Table:
    """Read a CSV/TSV/TXT or XLSX file.

    encoding: for text files; None detects it. sheet: XLSX sheet name (default the first).
    max_rows/max_bytes: refuse larger files. limit: stop after this many data rows (a preview).
    progress: called as progress(rows_read, rows_expected or 0) every 10,000 rows; returning False
    stops with ReadError("cancelled").
    """
    p = Path(path)
    source = p.name
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ReadError(f"{source}: cannot open ({exc.strerror or exc})") from None
    if p.is_dir():
        raise ReadError(f"{source}: is a folder, not a file")
    if size == 0:
        raise ReadError(f"{source}: the file is empty")
    if size > max_bytes:
        raise ReadError(f"{source}: the file is {size / 1e6:.0f} MB; files over {max_bytes / 1e6:.0f} MB "
                        f"are refused")
    with open(p, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(f"{source}: an old Excel .xls (or encrypted) workbook; save it as .xlsx or CSV")
    if head.startswith(b"PK") or p.suffix.lower() in (".xlsx", ".xlsm"):
        from desktop.exchange.xlsx_reading import read_xlsx
        return read_xlsx(p, sheet=sheet, max_rows=max_rows, limit=limit, progress=progress)
    with open(p, "rb") as fh:
        if limit is not None and size > PREVIEW_BYTES:
            # a preview reads the head only, cut after a line end (never inside a multi-byte character)
            raw = fh.read(PREVIEW_BYTES)
            if not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\n" in raw:
                raw = raw[:raw.rfind(b"\n") + 1]
            else:
                raw += fh.read()
        else:
            raw = fh.read()
    return read_csv_bytes(raw, source, encoding=encoding, max_rows=max_rows, limit=limit, progress=progress)


def report(progress: Progress | None, done: int, total: int, source: str) -> None:
    """Call progress every 10,000 rows; stop when it says so."""
    if progress is not None and done % 10_000 == 0 and progress(done, total) is False:
        raise ReadError(f"{source}: reading cancelled")


def read_csv_bytes(raw: bytes, source: str, encoding: str | None = None, max_rows: int = MAX_ROWS,
                   limit: int | None = None, progress: Progress | None = None) -> Table:
    """Parse CSV/TSV bytes (see read_table)."""
    enc = _check_encoding(encoding, source) if encoding else detect_encoding(raw)
    if enc == "utf-8" and raw.startswith(codecs.BOM_UTF8):
        enc = "utf-8-sig"
    text = _decode(raw, enc, source)
    if not text.strip():
        raise ReadError(f"{source}: the file holds no data")
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(MAX_CELL)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    header: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    number = 0
    try:
        for record in reader:
            number += 1
            if header is None:
                if not any(c.strip() for c in record):
                    continue
                header = clean_header(record, source)
                header_row = number
                continue
            if not any(c.strip() for c in record):
                continue
            rows.append(record)
            numbers.append(number)
            report(progress, len(rows), 0, source)
            if limit is not None and len(rows) >= limit:
                break
            if len(rows) > max_rows:
                raise ReadError(f"{source}: more than {max_rows:,} rows; split the file")
    except csv.Error as exc:
        raise ReadError(f"{source}: row {number + 1}: {exc}") from None
    if header is None:
        raise ReadError(f"{source}: the file holds no data")
    del header_row
    return _finish(header, rows, numbers, source, enc, delimiter=delimiter,
                   truncated=limit is not None and len(rows) >= limit)


def sniff_delimiter(text: str) -> str:
    """Comma, tab or semicolon: the one splitting the first lines into the most consistent columns."""
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        pass
    first = sample.splitlines()[:1] or [""]
    counts = {d: first[0].count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def clean_header(cells: list[str], source: str) -> list[str]:
    """Header cells stripped of spaces, BOMs and line breaks; trailing blank headers dropped."""
    header = [" ".join(c.replace("\ufeff", "").replace("\u00a0", " ").split()) for c in cells]
    while header and not header[-1]:
        header.pop()
    if not header:
        raise ReadError(f"{source}: the header row is blank")
    if len(header) > MAX_COLUMNS:
        raise ReadError(f"{source}: {len(header)} columns; at most {MAX_COLUMNS} are accepted")
    return header


def _finish(header: list[str], rows: list[list[str]], numbers: list[int], source: str, enc: str,
            delimiter: str = "", sheet: str = "", truncated: bool = False) -> Table:
    width = len(header)
    ragged: list[int] = []
    for i, row in enumerate(rows):
        n = len(row)
        if n < width:
            row.extend([""] * (width - n))
        elif n > width:
            while len(row) > width and not row[-1].strip():
                row.pop()
            if len(row) > width:
                ragged.append(numbers[i])
    return Table(columns=header, rows=rows, encoding=enc, source=source, row_numbers=numbers, ragged=ragged,
                 delimiter=delimiter, sheet=sheet, truncated=truncated)


def cell_text(value: object) -> str:
    """A spreadsheet value as text: integral floats without '.0', dates as ISO, blanks as ''."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    return str(value)


def check_zip(path: Path, max_uncompressed: int = MAX_UNCOMPRESSED) -> list[str]:
    """Refuse a zip that is not an xlsx or would unpack too large; returns the member names."""
    source = path.name
    if not zipfile.is_zipfile(path):
        raise ReadError(f"{source}: not an .xlsx workbook (not a zip archive); save it as .xlsx or CSV")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(f"{source}: a damaged .xlsx workbook ({exc})") from None
    names = [i.filename for i in infos]
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise ReadError(f"{source}: a zip archive but not an .xlsx workbook (no xl/workbook.xml)")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ReadError(f"{source}: refused: member {info.filename} would unpack from "
                            f"{info.compress_size:,} to {info.file_size:,} bytes (a zip bomb?)")
        if info.flag_bits & 0x1:
            raise ReadError(f"{source}: the workbook is encrypted; save an unprotected copy")
    if total > max_uncompressed:
        raise ReadError(f"{source}: refused: the workbook would unpack to {total / 1e6:,.0f} MB "
                        f"(limit {max_uncompressed / 1e6:,.0f} MB)")
    return names
