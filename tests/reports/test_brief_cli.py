"""`dongbei brief` in a separate process: success, --all, and clear refusals of bad options."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def dongbei(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "brief", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_cli_province_by_japanese_name_in_japanese(brief_db: Path, tmp_path: Path, kit) -> None:
    out = tmp_path / "ln-ja.pdf"
    proc = dongbei(brief_db, "遼寧", "-o", str(out), "--lang", "ja", "--year", "2025", "--appendix")
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stdout and "confidential" in proc.stdout
    text = "".join(kit.pdf_text(out, layout=False).split())
    assert "遼寧省の日系企業" in text and "沈阳白桦电子有限公司" in text


def test_cli_all_writes_four_briefs(brief_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefs"
    proc = dongbei(brief_db, "--all", "-o", str(out), "--threshold", "2", "--drafts")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["heilongjiang.pdf", "jilin.pdf", "liaoning.pdf",
                                                     "overview.pdf"]


@pytest.mark.parametrize("args, message", [
    (["narnia", "-o", "{tmp}/x.pdf"], "unknown province 'narnia'"),
    (["LIAONING", "-o", "{tmp}/x.pdf", "--lang", "fr"], "language must be one of en, ja, zh"),
    (["21", "-o", "{tmp}/x.pdf", "--threshold", "0"], "threshold must be a whole number"),
    (["21", "-o", "{tmp}/x.pdf", "--from", "2025-02-30"], "is not a date"),
    (["21", "-o", "{tmp}/x.pdf", "--from", "2025-05-01", "--to", "2025-01-01"], "is after end date"),
    (["21", "-o", "{tmp}"], "is a folder"),
    (["21", "-o", "{tmp}/no/such/x.pdf"], "does not exist"),
    (["21", "--all", "-o", "{tmp}/d"], "not both"),
    (["-o", "{tmp}/x.pdf"], "name a province"),
])
def test_cli_refuses_bad_options(brief_db: Path, tmp_path: Path, args: list[str], message: str) -> None:
    proc = dongbei(brief_db, *[a.format(tmp=tmp_path) for a in args])
    assert proc.returncode == 2
    assert message in proc.stderr, proc.stderr
    assert not list(tmp_path.rglob("*.pdf"))


def test_cli_missing_database(tmp_path: Path) -> None:
    proc = dongbei(tmp_path / "none.sqlite", "jilin", "-o", str(tmp_path / "x.pdf"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr
    assert not (tmp_path / "none.sqlite").exists()
