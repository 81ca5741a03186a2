"""Background operations: results and errors come back on the UI thread; progress; cancel rolls back."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.gui.workers import BackgroundOperation, Cancelled, run_in_background


def test_success_callback_runs_on_the_ui_thread(qtbot):
    seen = {}

    def work(ctx):  # noqa: ANN001, ANN202
        seen["worker"] = threading.current_thread()
        ctx.progress(1, 2, "half")
        return 42

    progress = []
    op = run_in_background(work, on_success=lambda r: seen.update(result=r, ui=threading.current_thread()),
                           on_progress=lambda d, t, m: progress.append((d, t, m)))
    qtbot.waitUntil(lambda: op.is_finished, timeout=5000)
    assert seen["result"] == 42 and op.result == 42
    assert seen["ui"] is threading.main_thread() and seen["worker"] is not threading.main_thread()
    qtbot.waitUntil(lambda: progress == [(1, 2, "half")] or op.is_finished, timeout=1000)


def test_failure_callback_gets_the_exception(qtbot):
    failures = []

    def work(ctx):  # noqa: ANN001, ANN202
        raise ValueError("bad file")

    op = run_in_background(work, on_failure=failures.append)
    qtbot.waitUntil(lambda: op.is_finished, timeout=5000)
    assert isinstance(failures[0], ValueError) and "bad file" in op.error_details


def test_cancel_stops_the_work_and_rolls_back(qtbot, store, fresh_process):
    from desktop.demo import generate
    from desktop.store import open_store
    started = threading.Event()

    def work(ctx):  # noqa: ANN001, ANN202
        with open_store(store.path, who="tester") as own:
            def progress(done: int, total: int) -> None:
                started.set()
                while not ctx.cancelled:
                    time.sleep(0.01)
                ctx.progress(done, total)  # raises Cancelled inside the open transaction
            return generate(own, 50, progress=progress, batch=10)

    op = BackgroundOperation(work).start()
    assert started.wait(10)
    op.cancel()
    qtbot.waitUntil(lambda: op.is_finished, timeout=10000)
    assert isinstance(op.error, Cancelled)
    out = fresh_process("import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("
                        "'SELECT count(*) FROM surveys').fetchone()[0])", str(store.path))
    assert out.stdout.strip() == "0"


def test_cancelled_context_check_raises():
    from desktop.gui.workers import OperationContext, _Relay
    event = threading.Event()
    ctx = OperationContext(_Relay(), event)
    ctx.check()
    event.set()
    with pytest.raises(Cancelled):
        ctx.check()
