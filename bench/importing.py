"""5. Import of a large CSV with validation, vs the `sqlite-utils insert --csv` CLI and a raw executemany floor.

All three run as their own processes on the same file, interleaved, each into a fresh target:
- app: desktop.exchange.importing.import_file (what `dongbei import` runs) into an empty migrated database,
  validating every value, companies matched, audit rows written;
- peer: `.venv/bin/sqlite-utils insert target.db surveys file.csv --csv` into a plain table;
- floor: csv.reader + sqlite3 executemany into a plain table in one transaction.
The CSV comes from the app's export_surveys when it exists, else from the demo database by make_csv below
(question ids from the questionnaire as headers, multi-select answers joined with ';').
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
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

RAW_FLOOR = """
import csv, sqlite3, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as fh:
    rows = csv.reader(fh); header = next(rows)
    conn = sqlite3.connect(sys.argv[2])
    conn.execute("CREATE TABLE surveys (" + ", ".join('"%s"' % h for h in header) + ")")
    with conn:
        conn.executemany("INSERT INTO surveys VALUES (" + ", ".join("?" * len(header)) + ")", rows)
    conn.close()
"""
APP_IMPORT = """
import sys
from desktop.exchange.importing import import_file
from desktop.store.connection import Store
with Store(sys.argv[2], who="bench", register_instance=False) as store:
    import_file(store, sys.argv[1])
"""
SLACK = 1.0  # app time must be <= SLACK x the sqlite-utils CLI
FLOOR_MAX = 3.0


def make_csv(db: Path, out: Path) -> Path:
    """The surveys of `db` as a CSV whose headers are the questionnaire's question ids."""
    from desktop.questionnaire import load_questionnaire
    qn = load_questionnaire()
    company = [q.id for q in qn.scalar("company")]
    survey = [q.id for q in qn.scalar("survey")]
    multi = [q.id for q in qn.multi()]
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    choices: dict[tuple[str, str], list[str]] = {}
    for sid, question, code in conn.execute(
            "SELECT survey_id, question, code FROM survey_choices ORDER BY survey_id, question, coalesce(rank, 0)"):
        choices.setdefault((sid, question), []).append(code)
    cols = ", ".join([f"c.{c}" for c in company] + [f"s.{c}" for c in survey])
    cur = conn.execute(f"SELECT s.id, {cols} FROM surveys s JOIN companies c ON c.id = s.company_id "
                       f"WHERE s.status = 'final' AND s.deleted_at IS NULL ORDER BY s.rowid")
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", *company, *survey, *multi])
        for row in cur:
            sid = row[0]
            w.writerow([*["" if v is None else v for v in row], *[";".join(choices.get((sid, m), [])) for m in multi]])
    conn.close()
    return out


def _app_command(csv_path: Path, target: Path) -> list[str] | None:
    if available("desktop.exchange.importing"):
        return [PY, "-c", APP_IMPORT, str(csv_path), str(target)]
    return None


def _empty_template(path: Path) -> Path:
    from desktop.store.connection import Store
    path.unlink(missing_ok=True)
    Store(path, who="bench", backups=False, register_instance=False).close()
    return path


def _fresh(target: Path, template: Path | None) -> None:
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        p.unlink(missing_ok=True)
    shutil.rmtree(target.parent / "backups", ignore_errors=True)
    if template is not None:
        shutil.copyfile(template, target)


BUDGET_S = 240  # stop repeating after this; every figure still has at least one run


def run(ctx: Context) -> Section:
    sec = Section("import")
    work = Path(ctx.work)
    big = label(ctx.large)
    csv_path = work / "import.csv"
    if available("desktop.exchange.exporting"):  # the app's own export: a round trip
        from desktop.exchange.exporting import export_surveys
        from desktop.store.connection import Store
        with Store(ctx.db(ctx.large), readonly=True, register_instance=False) as store:
            export_surveys(store, csv_path, codebook=False)
        sec.notes.append("CSV written by desktop.exchange.exporting.export_surveys (codes, question-id headers).")
    else:
        make_csv(ctx.db(ctx.large), csv_path)
    with open(csv_path, newline="", encoding="utf-8-sig") as fh:
        rows = sum(1 for _ in csv.reader(fh)) - 1
    template = _empty_template(work / "empty-template.sqlite")
    targets = {k: work / k / "target.sqlite" for k in ("app", "peer", "floor")}
    for t in targets.values():
        t.parent.mkdir(exist_ok=True)
    sqlite_utils_cli = str(Path(PY).with_name("sqlite-utils"))
    commands = {
        "peer": [sqlite_utils_cli, "insert", str(targets["peer"]), "surveys", str(csv_path), "--csv"],
        "floor": [PY, "-c", RAW_FLOOR, str(csv_path), str(targets["floor"])],
    }
    app = _app_command(csv_path, targets["app"])
    if app:
        commands = {"app": app, **commands}
    else:
        sec.notes.append("the survey importer (desktop.exchange.importing / dongbei import) is not available yet.")
    repeat = max(1, min(ctx.repeat, 5))
    seconds: dict[str, list[float]] = {k: [] for k in commands}
    peaks: dict[str, list[float]] = {k: [] for k in commands}
    for i in budgeted_rounds(sec, repeat, ctx.large, BUDGET_S):
        for name, cmd in commands.items():
            _fresh(targets[name], template if name == "app" else None)
            run = check_ok(run_child(cmd), f"import ({name})")
            if name == "app" and not seconds["app"]:
                got = sqlite3.connect(targets["app"]).execute("SELECT count(*) FROM surveys").fetchone()[0]
                if got != rows:
                    sec.notes.append(f"the app imported {got} of {rows} rows")
            if i:
                seconds[name].append(run.seconds)
                peaks[name].append(run.peak_mb)
    med = {k: median(v) for k, v in seconds.items()}
    names = {"app": "dongbei import (validated, companies, audit)", "peer": "sqlite-utils insert --csv (CLI)",
             "floor": "raw csv + executemany, one transaction"}
    for name in commands:
        sec.rows.append(Row("import", f"{names[name]}, {rows} rows", "s",
                            {"time": med[name], "peak MB": median(peaks[name])}, len(seconds[name]),
                            ratio(med[name], med["floor"]), "/floor"))
    if "app" in med:
        r_peer = ratio(med["app"], med["peer"]) or 0
        r_floor = ratio(med["app"], med["floor"]) or 0
        sec.checks.append(Check("import", f"import {big} rows at least as fast as sqlite-utils CLI",
                                f"app/sqlite-utils {r_peer:.2f}", r_peer <= SLACK))
        sec.checks.append(Check("import", f"import within {FLOOR_MAX}x of the raw executemany floor",
                                f"app/floor {r_floor:.2f}", r_floor <= FLOOR_MAX))
    else:
        sec.checks.append(Check("import", "import vs sqlite-utils CLI and raw floor", "not measured (no importer)",
                                None))
    return sec
