"""Build PDF briefs: read the frames once, compute indicators, lay out pages, write the file atomically."""

from __future__ import annotations

import datetime as _dt
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from desktop.reports import fonts
from desktop.reports.aggregates import PROVINCES, TOTAL, Indicators, all_indicators
from desktop.reports.layout.brief import province_story, province_title
from desktop.reports.layout.common import BriefDoc, Styles
from desktop.reports.layout.overview import overview_story
from desktop.reports.options import BriefOptionError, BriefOptions
from desktop.reports.text import Text, pct, signed
from desktop.store import Store, frames

Progress = Callable[[int, int, str], None]  # (step, steps, what)
FILE_NAMES = {"21": "liaoning.pdf", "22": "jilin.pdf", "23": "heilongjiang.pdf", TOTAL: "overview.pdf"}


class BriefOutputError(BriefOptionError):
    """The output path cannot be written (a folder, a missing folder, read-only...)."""


@dataclass
class BriefData:
    """Everything the briefs print, read from the database once (also for all four briefs)."""

    options: BriefOptions
    frame: pd.DataFrame
    ind: dict[str, Indicators]
    provinces: pd.DataFrame
    figures: dict[str, list[dict[str, Any]]]
    cities: dict[str, list[str]]
    companies: dict[str, pd.DataFrame] = field(default_factory=dict)
    generated: str = ""


@dataclass
class BriefResult:
    path: Path
    pages: int
    geo: str
    summary: list[str]


def load_data(store: Store, options: BriefOptions) -> BriefData:
    """Read what the briefs need (one frame query; reference figures; the appendix only if asked)."""
    options.checked()
    flt = options.filter()
    frame = frames.survey_frame(store, flt)
    ind = all_indicators(frame, options.threshold)
    cities = {p: frames.city_codes(store, p) for p in PROVINCES}
    geos = [*PROVINCES, TOTAL, *[c for p in PROVINCES for c in cities[p]]]
    figures = {g: sorted(frames.reference_figures(store, g), key=lambda f: (f["indicator"], f["partner"]))
               for g in geos}
    companies = {p: frames.company_list(store, flt, p) for p in PROVINCES} if options.appendix else {}
    return BriefData(options, frame, ind, frames.provinces(store), figures, cities, companies,
                     generated=_dt.date.today().isoformat())


def check_output(path: Path) -> Path:
    """A writable PDF file path, or BriefOutputError with what is wrong."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise BriefOutputError(f"{path} is a folder: give a file name such as {path / 'brief.pdf'}")
    if not path.parent.exists():
        raise BriefOutputError(f"the folder {path.parent} does not exist: create it first or choose another")
    if not path.parent.is_dir():
        raise BriefOutputError(f"{path.parent} is not a folder")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise BriefOutputError(f"cannot write {path}: the file or its folder is read-only")
    return path


def _write(path: Path, story_fn: Callable[[Text, Styles], list[Any]], tx: Text, title: str,
           footer: str, confidential: bool) -> int:
    """Lay out and write the PDF to a temporary file, then move it into place (never half-written)."""
    font = fonts.register()
    st = Styles(font.name, tx.lang)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.part", dir=path.parent)
    os.close(fd)
    try:
        doc = BriefDoc(tmp, tx, font.name, footer, confidential=confidential, title=title)
        doc.build(story_fn(tx, st))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return int(doc.page)


def summary(data: BriefData, geo: str, tx: Text) -> list[str]:
    """A few lines of text about a brief (CLI output and the dialog's text preview)."""
    i = data.ind[geo]
    return [f"{tx.geo(geo)}: {i.companies:,} {tx.t('n_companies')}, {i.surveys:,} {tx.t('n_surveys')}",
            f"  {tx.t('ind_surplus')}: {pct(i.profit['surplus'])}; {tx.t('ind_di')}: {signed(i.di)}; "
            f"{tx.t('ind_expanding')}: {pct(i.expanding)}"]


def province_brief(data: BriefData, code: str, out: Path) -> BriefResult:
    """Write the brief of province `code` ('21', '22', '23') to `out`."""
    if code not in PROVINCES:
        raise BriefOptionError(f"unknown province code {code!r}")
    out = check_output(out)
    tx = Text(data.options.lang)
    title = province_title(code, tx)
    pages = _write(out, lambda t, s: province_story(data, code, t, s), tx, title,
                   f"{title} · {tx.t('brief_kind')} · {data.generated}",
                   confidential=data.options.appendix and data.ind[code].companies > 0)
    return BriefResult(out, pages, code, summary(data, code, tx))


def overview_brief(data: BriefData, out: Path) -> BriefResult:
    """Write the three-province overview brief to `out`."""
    out = check_output(out)
    tx = Text(data.options.lang)
    title = tx.t("overview_title")
    pages = _write(out, lambda t, s: overview_story(data, t, s), tx, title,
                   f"{tx.t('overview_kind')} · {data.generated}", confidential=False)
    return BriefResult(out, pages, TOTAL, [line for g in (*PROVINCES, TOTAL) for line in summary(data, g, tx)])


def all_briefs(store: Store, options: BriefOptions, out_dir: Path,
               progress: Progress | None = None) -> list[BriefResult]:
    """The three province briefs and the overview, as liaoning.pdf ... overview.pdf in `out_dir`."""
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise BriefOutputError(f"{out_dir} is a file: --all needs a folder")
    if not out_dir.exists():
        if not out_dir.parent.is_dir():
            raise BriefOutputError(f"the folder {out_dir.parent} does not exist: create it first")
        out_dir.mkdir()
    steps = 5
    if progress:
        progress(0, steps, "reading surveys")
    data = load_data(store, options)
    results = []
    for n, geo in enumerate((*PROVINCES, TOTAL), start=1):
        if progress:
            progress(n, steps, FILE_NAMES[geo])
        path = out_dir / FILE_NAMES[geo]
        results.append(overview_brief(data, path) if geo == TOTAL else province_brief(data, geo, path))
    if progress:
        progress(steps, steps, "done")
    return results
