"""A worker that writes in a loop until it is killed: run by test_crash.py, one scenario per process.

    python crash_child.py SCENARIO DB_PATH SEED [EXTRA]

It prints "ready" once started, then one line after each commit, flushed at once, so the parent knows
what must survive a SIGKILL:
    draft KEY TOKEN           save_draft committed (payload {"token": TOKEN})
    new SURVEY_ID             a new survey committed (save_survey)
    upd SURVEY_ID REV N       an update committed: revision REV, notes "update N", choices of N
    backup PATH               make_backup finished (the file is complete and checked)
    start TAG / done TAG N    an import of N rows tagged TAG began / committed
    mstart TAG / mdone TAG    a merge of the package TAG (survey ids in merge-work/TAG.json) began / committed
    mig NAME                  a migration committed
"""

from __future__ import annotations

import csv
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PROBLEMS = ["mp_wage_increase", "mp_logistics", "mp_competitor_cost"]


def say(*parts: object) -> None:
    """One line in one write(2) call: a kill never leaves half an announcement."""
    os.write(1, (" ".join(str(p) for p in parts) + "\n").encode("utf-8"))


def problems_for(n: int) -> list[str]:
    """The management problems an update number n writes (so notes and choices can be cross-checked)."""
    return [PROBLEMS[n % 3], PROBLEMS[(n + 1) % 3]] if n % 2 else [PROBLEMS[n % 3]]


def base_answers(name: str) -> dict:
    from tests.conftest import complete_answers
    return complete_answers(name_local=name, name_en=None, name_ja=None)


def run_saves(db: Path, rng: random.Random) -> None:
    from desktop.store import open_store
    from desktop.store.drafts import save_draft
    from desktop.store.surveys import get_survey, save_survey

    store = open_store(db, who="crash")
    say("ready")
    mine: list[str] = []
    n = rng.randrange(1_000_000)
    while True:
        n += 1
        token = f"t{n}"
        save_draft(store, "form-crash", {"token": token, "notes": "typed " * rng.randrange(1, 200)})
        say("draft", "form-crash", token)
        if not mine or rng.random() < 0.4:
            saved = save_survey(store, base_answers(f"崩溃测试 {n}"), final=True)
            mine.append(saved.survey_id)
            say("new", saved.survey_id)
        else:
            sid = rng.choice(mine)
            current = get_survey(store, sid)
            answers = {k: current[k] for k in base_answers("x")}
            answers.update(notes=f"update {n}", management_problems=problems_for(n))
            saved = save_survey(store, answers, final=True, survey_id=sid, company_id=current["company_id"],
                                expected_revision=current["revision"])
            say("upd", sid, saved.revision, n)


def run_backups(db: Path, rng: random.Random) -> None:
    from desktop.store import open_store
    from desktop.store.backup import make_backup
    from desktop.store.surveys import save_survey

    store = open_store(db, who="crash")
    say("ready")
    n = rng.randrange(1_000_000)
    while True:
        n += 1
        saved = save_survey(store, base_answers(f"备份测试 {n}"), final=True)
        say("new", saved.survey_id)
        say("backup", make_backup(store, None, "manual"))


def write_import_csv(path: Path, tag: str, rows: int) -> None:
    answers = base_answers("x")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(list(answers))
        for i in range(rows):
            values = {**answers, "name_local": f"{tag} 公司 {i}", "notes": f"{tag} row {i}"}
            out.writerow([";".join(v) if isinstance(v, list) else ("" if v is None else v) for v in values.values()])


def run_imports(db: Path, rng: random.Random) -> None:
    from desktop.exchange.importing import import_file
    from desktop.store import open_store

    store = open_store(db, who="crash")
    say("ready")
    work = db.parent / "import-work"
    work.mkdir(exist_ok=True)
    while True:
        tag = f"IMP{rng.randrange(10**9):09d}"
        rows = rng.randrange(50, 300)
        path = work / f"{tag}.csv"
        write_import_csv(path, tag, rows)
        say("start", tag)
        plan, result = import_file(store, path)
        assert result is not None and result.surveys_added == rows, (plan.errors[:3], result)
        say("done", tag, rows)


def run_merges(db: Path, rng: random.Random) -> None:
    import json

    from desktop.demo import generate
    from desktop.exchange.merging import apply_merge, plan_merge
    from desktop.exchange.packages import export_package
    from desktop.store import open_store

    store = open_store(db, who="crash")
    say("ready")
    work = db.parent / "merge-work"
    work.mkdir(exist_ok=True)
    while True:
        tag = f"M{rng.randrange(10**9):09d}"
        theirs_db, pkg = work / f"{tag}-theirs.sqlite", work / f"{tag}.dongbei"
        with open_store(theirs_db, who="colleague") as theirs:
            generate(theirs, rng.randrange(20, 60), seed=rng.randrange(10**9))
            export_package(theirs, pkg)
            ids = [r[0] for r in theirs.conn.execute("SELECT id FROM surveys")]
        (work / f"{tag}.json").write_text(json.dumps(ids))
        say("mstart", tag)
        plan = plan_merge(store, pkg)
        apply_merge(store, plan, take="theirs")
        say("mdone", tag)


def run_migrations(db: Path, folder: Path) -> None:
    import sqlite3

    from desktop.store import migrations

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    say("ready")
    for name in migrations.pending(conn, folder):
        migrations.apply(conn, [name], folder)
        say("mig", name)
    say("all")


def main() -> None:
    scenario, db, seed = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    if scenario == "save":
        run_saves(db, rng)
    elif scenario == "backup":
        run_backups(db, rng)
    elif scenario == "import":
        run_imports(db, rng)
    elif scenario == "merge":
        run_merges(db, rng)
    elif scenario == "migration":
        run_migrations(db, Path(sys.argv[4]))
    else:
        raise SystemExit(f"unknown scenario {scenario}")


if __name__ == "__main__":
    main()
