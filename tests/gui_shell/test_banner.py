"""The main window's banner: another copy of the app on the same file, and store warnings."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from desktop.store import open_store

HOLDER = """
import sys, time
from desktop.store import open_store
s = open_store(sys.argv[1], who="Wang Lei")
print("open", flush=True)
time.sleep(60)
"""


def test_banner_names_another_copy_of_the_app_and_warnings(tmp_path, make_window, qtbot):
    path = tmp_path / "shared.sqlite"
    open_store(path).close()
    env = {**os.environ, "PYTHONPATH": str(os.getcwd())}
    other = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert other.stdout.readline().strip() == "open"
        store = open_store(path, who="Sato Yui")
        store.warnings.append("the database is on a network share (nfs)")
        window = make_window(store)
        text = window.banner.text()
        assert window.banner.isVisible()
        assert "Wang Lei" in text and "another copy of the app" in text
        assert "network share" in text
        assert window.acts.new_survey.isEnabled()  # a warning, not read-only
    finally:
        other.kill()
        other.wait()
    deadline = time.time() + 5
    window.update_status(recount=False)
    while "Wang Lei" in window.banner.text() and time.time() < deadline:  # a killed copy is forgotten
        time.sleep(0.2)
        window.update_status(recount=False)
    assert "Wang Lei" not in window.banner.text()
