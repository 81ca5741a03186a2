"""The results as a plain-text table (terminal) and as docs/benchmarks.md."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from bench.core import Section

FINDINGS = Path(__file__).with_name("findings.md")


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None or value != value:  # None or NaN
        return "-"
    if unit == "ms":
        return f"{value:.1f}" if value < 100 else f"{value:.0f}"
    if unit == "s":
        return f"{value:.2f}"
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}"


def _ok(ok: bool | None) -> str:
    return {True: "met", False: "MISSED", None: "-"}[ok]


def section_table(sec: Section) -> tuple[list[str], list[list[str]]]:
    """Header and cells of one section's table (value columns are the rows' own labels)."""
    keys: list[str] = []
    for row in sec.rows:
        keys += [k for k in row.values if k not in keys]
    header = ["case", "unit", *keys, "ratio", "runs", "note"]
    cells = []
    for row in sec.rows:
        r = f"{row.ratio:.2f} ({row.ratio_label})" if row.ratio is not None else "-"
        cells.append([row.case, row.unit, *[_fmt(row.values.get(k), row.unit) for k in keys], r, str(row.runs),
                      row.note])
    return header, cells


def text_table(header: list[str], cells: list[list[str]]) -> str:
    def width(s: str) -> int:  # CJK characters take two terminal columns
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)

    widths = [max(width(x) for x in col) for col in zip(header, *cells)]
    lines = []
    for i, line in enumerate([header, *cells]):
        lines.append("  ".join(x + " " * (w - width(x)) for x, w in zip(line, widths)).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_text(sections: list[Section]) -> str:
    out = []
    for sec in sections:
        out.append(f"== {sec.name} ==")
        if sec.rows:
            out.append(text_table(*section_table(sec)))
        out += [f"  note: {n}" for n in sec.notes]
        out.append("")
    checks = [c for s in sections for c in s.checks]
    if checks:
        out.append("== targets ==")
        out.append(text_table(["group", "target", "measured", "result"],
                              [[c.group, c.target, c.measured, _ok(c.ok)] for c in checks]))
    return "\n".join(out)


def _md_table(header: list[str], cells: list[list[str]]) -> str:
    esc = [[x.replace("|", "\\|") for x in line] for line in [header, *cells]]
    lines = ["| " + " | ".join(esc[0]) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(line) + " |" for line in esc[1:]]
    return "\n".join(lines)


def render_markdown(sections: list[Section], machine: dict[str, str], command: str, seconds: float) -> str:
    md = ["# Benchmarks", "",
          "Figures from `python bench/run.py` (the harness in `bench/`, not part of the test suite). Machines are",
          "shared and noisy: every figure is the **median** of several runs, and every target is judged on a",
          "**ratio** of two things measured in the same run, interleaved, never on one absolute time.",
          "Regenerate this page with `.venv/bin/python bench/run.py` (about 10-20 minutes; `--quick` for 1k/10k",
          "with fewer runs, `--only list,form` for some groups). Demo databases are cached in `bench/out/`.", "",
          f"Run: `{command}` on {_dt.datetime.now(_dt.UTC).strftime('%Y-%m-%d %H:%M')} UTC, "
          f"{seconds / 60:.1f} minutes.", "", "## Machine", "",
          _md_table(["", ""], [[k, v] for k, v in machine.items()]), ""]
    checks = [c for s in sections for c in s.checks]
    if checks:
        md += ["## Targets", "",
               _md_table(["group", "target", "measured", "result"],
                         [[c.group, c.target, c.measured, f"**{_ok(c.ok)}**"] for c in checks]), ""]
    for sec in sections:
        md += [f"## {sec.name}", ""]
        if sec.rows:
            md += [_md_table(*section_table(sec)), ""]
        md += [f"- {n}" for n in sec.notes]
        if sec.notes:
            md.append("")
    if FINDINGS.exists():
        md += [FINDINGS.read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(md)
