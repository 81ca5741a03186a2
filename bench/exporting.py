"""6. Export of the large database to CSV and XLSX, and its backup: seconds and peak memory (subprocesses).

Each runs as its own process (`dongbei backup -o`; export_surveys for CSV/XLSX); its wall time and its
peak RSS (VmHWM) are taken. A reference floor is measured beside each, in the same run:
a bare Python process that copies the database with sqlite3's backup API (for backup) or streams the
survey table to CSV with the csv module (for export).
"""

from __future__ import annotations

from pathlib import Path

from bench.core import (
    PY,
    Check,
    Context,
    Row,
    Section,
    available,
    budgeted_rounds,
    check_ok,
    label,
    median,
    ratio,
    run_child,
)

RAW_BACKUP = """
import sqlite3, sys
src = sqlite3.connect(sys.argv[1]); dst = sqlite3.connect(sys.argv[2])
src.backup(dst, pages=1024); dst.close(); src.close()
"""
RAW_CSV = """
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
cur = conn.execute("SELECT * FROM surveys s JOIN companies c ON c.id = s.company_id")
with open(sys.argv[2], "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow([d[0] for d in cur.description]); w.writerows(cur)
"""


def _fresh(path: Path) -> Path:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    return path


EXPORT = """
import sys, time
from desktop.exchange.exporting import export_surveys
from desktop.store.connection import Store
with Store(sys.argv[1], readonly=True, register_instance=False) as store:
    export_surveys(store, sys.argv[2])
"""


def export_commands(db: Path, out: Path) -> dict[str, list[str]]:
    """Export to CSV and XLSX in a child process (empty while the exporter has not landed)."""
    if not available("desktop.exchange.exporting"):
        return {}
    return {k: [PY, "-c", EXPORT, str(db), str(out / f"surveys.{k}")] for k in ("csv", "xlsx")}


BUDGET_S = 240  # stop repeating after this; every figure still has at least one run


def run(ctx: Context) -> Section:
    sec = Section("export")
    work = Path(ctx.work)
    db = ctx.db(ctx.large)
    big = label(ctx.large)
    repeat = max(1, min(ctx.repeat, 5))
    commands = {
        "backup": [PY, "-m", "desktop", "--db", str(db), "backup", "-o", str(work / "backup.sqlite")],
        "backup floor": [PY, "-c", RAW_BACKUP, str(db), str(work / "raw-backup.sqlite")],
    }
    exports = export_commands(db, work)
    if exports:
        commands.update({f"export {k}": v for k, v in exports.items()})
        commands["export floor"] = [PY, "-c", RAW_CSV, str(db), str(work / "raw.csv")]
    else:
        sec.notes.append("desktop.exchange.exporting not available yet: export not measured.")
    seconds: dict[str, list[float]] = {k: [] for k in commands}
    peaks: dict[str, list[float]] = {k: [] for k in commands}
    for i in budgeted_rounds(sec, repeat, ctx.large, BUDGET_S):
        for name, cmd in commands.items():
            for f in ("backup.sqlite", "raw-backup.sqlite"):
                _fresh(work / f)
            run = check_ok(run_child(cmd), name)
            if i:  # round 0 warms the file cache
                seconds[name].append(run.seconds)
                peaks[name].append(run.peak_mb)
    pairs = [("backup", "backup floor", "backup (dongbei backup -o, checked)")]
    pairs += [(f"export {k}", "export floor", f"export {k.upper()} (export_surveys, codes)") for k in exports]
    for name, floor, case in pairs:
        s, f = median(seconds[name]), median(seconds[floor])
        sec.rows.append(Row("export", f"{case}, {big} surveys: time", "s", {"app": s, "floor": f}, len(seconds[name]),
                            ratio(s, f), "app/floor"))
        sec.rows.append(Row("export", f"{case}, {big} surveys: peak RSS", "MB",
                            {"app": median(peaks[name]), "floor": median(peaks[floor])}, len(peaks[name]),
                            ratio(median(peaks[name]), median(peaks[floor])), "app/floor"))
    sec.checks.append(Check("export", f"backup of {big} (informational: seconds, peak MB)",
                            f"{median(seconds['backup']):.2f} s, {median(peaks['backup']):.0f} MB", None))
    for k in exports:
        sec.checks.append(Check("export", f"export {k.upper()} of {big} (informational: seconds, peak MB)",
                                f"{median(seconds['export ' + k]):.2f} s, {median(peaks['export ' + k]):.0f} MB",
                                None))
    return sec
