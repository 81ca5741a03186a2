"""Fixtures for the reliability tests: populated databases, file hashes, running code as another user."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def make_db(path: Path, surveys: int = 12, seed: int = 3) -> Path:
    """A closed database holding `surveys` demo surveys (no daily backup made)."""
    from desktop.demo import generate
    from desktop.store.connection import Store

    with Store(path, who="tester", backups=False, register_instance=False) as s:
        generate(s, surveys, seed=seed)
    return path


@pytest.fixture
def populated(tmp_path: Path) -> Path:
    return make_db(tmp_path / "surveys.sqlite")


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A temporary folder every user may enter (for running code as an unprivileged user)."""
    folder = Path(tempfile.mkdtemp(prefix="dongbei-rel-"))
    folder.chmod(0o755)
    yield folder
    for p in [folder, *folder.rglob("*")]:
        if p.is_dir():
            p.chmod(0o755)
        else:
            p.chmod(0o644)
    shutil.rmtree(folder, ignore_errors=True)


def run_unprivileged(code: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run `code` in a new Python process that file permissions apply to (root drops to nobody)."""
    cmd = [sys.executable, "-c", textwrap.dedent(code)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if not setpriv:
            pytest.skip("running as root without setpriv: cannot test file permissions")
        cmd = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": "/tmp"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout, cwd="/")
    if proc.returncode != 0:
        raise AssertionError(f"subprocess failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc
