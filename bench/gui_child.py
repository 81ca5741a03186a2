"""Child process for the GUI benchmarks (offscreen Qt). Prints `TAG <value>` lines the harness reads.

python bench/gui_child.py floor            a bare QApplication + QMainWindow with one table; READY <time>
python bench/gui_child.py app DB           the app's main window until its survey list has rows; READY <time>
python bench/gui_child.py scroll DB        app, then scroll the list to the bottom in steps; ROWS, RSS lines
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTableWidget, QTableWidgetItem  # noqa: E402

TIMEOUT_S = 600


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def floor() -> int:
    app = QApplication(sys.argv[:1])
    win = QMainWindow()
    table = QTableWidget(200, 8)
    for r in range(200):
        for c in range(8):
            table.setItem(r, c, QTableWidgetItem(f"{r}:{c}"))
    win.setCentralWidget(table)
    win.resize(1200, 800)
    win.show()

    def ready() -> None:
        print("READY", time.time(), flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


def _survey_view(win) -> QTableView | None:  # noqa: ANN001
    """The main window's survey list once it shows rows: the largest table view with rows loaded."""
    views = [v for v in win.findChildren(QTableView) if v.isVisible() and v.model() is not None
             and v.model().rowCount() > 0]
    if not views:
        return None
    view = max(views, key=lambda v: v.model().rowCount())
    model = view.model()
    if hasattr(model, "cached_rows") and model.cached_rows() == 0:  # a lazy model: wait for its first page
        return None
    return view


def app_window(db: str, then) -> int:  # noqa: ANN001
    """What run_gui does (application, logging, language, open the store, main window), then `then`."""
    from desktop.gui import app as gui_app
    from desktop.store import open_store
    app = gui_app.application() if hasattr(gui_app, "application") else QApplication(sys.argv[:1])
    settings = None
    try:
        from desktop.gui import errors
        from desktop.gui.i18n import set_language
        from desktop.gui.settings import Settings
        errors.setup_logging()
        settings = Settings()
        set_language(app, settings.language())
    except (ImportError, AttributeError):
        pass
    store = open_store(db, full_check=False)  # as run_gui: the full check runs after the window shows
    win = gui_app.create_main_window(store, settings) if settings is not None else gui_app.create_main_window(store)
    win.show()
    deadline = time.time() + TIMEOUT_S
    timer = QTimer()

    def poll() -> None:
        view = _survey_view(win)
        if view is not None:
            timer.stop()
            print("READY", time.time(), flush=True)
            then(app, win, view)
        elif time.time() > deadline:
            print("TIMEOUT", time.time(), flush=True)
            app.exit(3)

    timer.timeout.connect(poll)
    timer.start(1)
    return app.exec()


def _quit(app, win, view) -> None:  # noqa: ANN001
    app.quit()


def _scroll(app, win, view) -> None:  # noqa: ANN001
    """Scroll to the bottom in page steps (fetching more where the model pages), then report memory."""
    print("RSS_SHOWN", _rss_mb(), flush=True)
    bar = view.verticalScrollBar()
    model = view.model()
    deadline = time.time() + TIMEOUT_S
    steps = 0
    stable = 0
    while time.time() < deadline:
        step = max(1, bar.pageStep()) * 10
        bar.setValue(min(bar.value() + step, bar.maximum()))
        app.processEvents()
        steps += 1
        at_end = bar.value() >= bar.maximum()
        more = model.canFetchMore(view.rootIndex())
        if at_end and more:
            model.fetchMore(view.rootIndex())
            app.processEvents()
        if at_end and not more:
            stable += 1
            if stable >= 3:
                break
        else:
            stable = 0
    print("STEPS", steps, flush=True)
    print("ROWS", model.rowCount(), flush=True)
    print("AT_END", int(bar.value() >= bar.maximum()), flush=True)
    print("RSS_END", _rss_mb(), flush=True)
    print("PEAK", _peak_mb(), flush=True)
    app.quit()


def main(argv: list[str]) -> int:
    mode = argv[1]
    if mode == "floor":
        return floor()
    if mode == "app":
        return app_window(argv[2], _quit)
    if mode == "scroll":
        return app_window(argv[2], _scroll)
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    sys.stderr.flush()
    if not os.environ.get("BENCH_PROFILE"):
        os._exit(code)  # skip interpreter teardown: PySide6 can abort while garbage-collecting at exit
