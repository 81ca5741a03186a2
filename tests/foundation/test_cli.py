"""The `dongbei` command: init, demo, check, and the default database location."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.store import open_store
from desktop.store.listing import list_surveys, totals
from desktop.store.surveys import get_survey
from desktop.validation import validate


def dongbei(*args, env=None):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_init_demo_check(tmp_path):
    db = tmp_path / "new.sqlite"
    out = dongbei("init", str(db))
    assert out.returncode == 0 and "created" in out.stdout
    assert dongbei("init", str(db)).returncode == 1  # never touches an existing file
    out = dongbei("--db", str(db), "demo", "--surveys", "120")
    assert out.returncode == 0, out.stderr
    assert "added 120 fictional surveys" in out.stdout
    out = dongbei("--db", str(db), "check")
    assert out.returncode == 0 and "healthy" in out.stdout and "120" in out.stdout


def test_db_from_environment_variable(tmp_path):
    db = tmp_path / "env.sqlite"
    out = dongbei("demo", "--surveys", "5", env={"DONGBEI_DB": str(db)})
    assert out.returncode == 0, out.stderr
    assert db.exists()


def test_check_reports_a_damaged_file_and_leaves_it(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    out = dongbei("--db", str(bad), "check")
    assert out.returncode != 0 and "not a usable survey database" in out.stderr
    assert bad.read_bytes() == b"this is not a database" * 100


def test_demo_is_valid_reproducible_and_marked(tmp_path):
    from desktop.demo import generate

    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for path in (a, b):
        with open_store(path) as s:
            generate(s, 200, seed=11)
    with open_store(a) as sa, open_store(b) as sb:
        rows_a = list_surveys(sa, order_by="id", limit=500)
        rows_b = list_surveys(sb, order_by="id", limit=500)
        strip = ("updated_at",)
        assert [{k: v for k, v in r.items() if k not in strip} for r in rows_a] == \
               [{k: v for k, v in r.items() if k not in strip} for r in rows_b]
        for r in rows_a:
            survey = get_survey(sa, r["id"])
            result = validate(survey, final=survey["status"] == "final")
            assert result.ok, (r["id"], result.problems)
            assert survey["name_en"].endswith("(demo)") and "Fictional" in survey["notes"]
        counts = totals(sa)
        assert counts["surveys"] == 200
        by_province = dict(sa.conn.execute(
            "SELECT c.province, count(*) FROM surveys s JOIN companies c ON c.id = s.company_id GROUP BY 1"))
        assert by_province["21"] > by_province["22"] and by_province["21"] > by_province["23"]
        assert sa.conn.execute("SELECT value FROM settings WHERE key = 'demo_surveys'").fetchone()[0] == "200"
