"""Background operations: run a callable off the UI thread; results, errors and progress come back on it.

    op = run_in_background(fn, on_success=..., on_failure=..., on_progress=..., parent=widget)
    op.cancel()          # asks fn to stop: the next ctx.progress()/ctx.check() raises Cancelled

`fn(ctx)` gets an OperationContext: ctx.progress(done, total, message="") reports progress (and raises
Cancelled once cancel() was called); ctx.cancelled tells whether to stop; ctx.check() raises Cancelled.
fn must not touch widgets, and must not use the UI thread's Store: SQLite connections belong to the thread
that opened them, so open your own with desktop.store.open_store(store.path, who=store.who) and close it.

    run_with_progress(parent, title, label, fn, on_success, on_failure=None, cancellable=True)

does the same behind a modal QProgressDialog with a Cancel button. Callbacks: on_success(result),
on_failure(exc) (a Cancelled exception when the user cancelled), on_progress(done, total, message).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """The user cancelled the operation; whatever it wrote in its transaction was rolled back."""


class _Relay(QObject):
    """Emitted from the worker thread; the operation (a UI-thread object) receives queued."""

    done = Signal(object)
    error = Signal(object, str)
    progress = Signal(int, int, str)


class OperationContext:
    """Handed to the background callable: progress reports and cancellation checks."""

    def __init__(self, relay: _Relay, cancel_event: threading.Event):
        self._relay = relay
        self._cancel = cancel_event

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("cancelled")

    def progress(self, done: int, total: int, message: str = "") -> None:
        self.check()
        self._relay.progress.emit(int(done), int(total), message)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[OperationContext], Any], ctx: OperationContext, relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.ctx, self.relay = fn, ctx, relay

    def run(self) -> None:
        try:
            result = self.fn(self.ctx)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            self.relay.error.emit(exc, "".join(traceback.format_exception(exc)))
        else:
            self.relay.done.emit(result)


_active: set[BackgroundOperation] = set()


class BackgroundOperation(QObject):
    """One run of a callable in the global QThreadPool. Signals are emitted on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, fn: Callable[[OperationContext], Any], parent: QObject | None = None):
        super().__init__(parent)
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None
        self.error_details = ""
        self.is_finished = False
        self._cancel = threading.Event()
        self._relay = _Relay()
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.error.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    def start(self, pool: QThreadPool | None = None) -> BackgroundOperation:
        _active.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self.fn, OperationContext(self._relay, self._cancel),
                                                               self._relay))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self.result = result
        self._finish()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object, str)
    def _on_error(self, exc: BaseException, details: str) -> None:
        self.error, self.error_details = exc, details
        self._finish()
        self.failed.emit(exc)
        self.finished.emit()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if not self.is_finished:
            self.progressed.emit(done, total, message)

    def _finish(self) -> None:
        self.is_finished = True
        _active.discard(self)


def run_in_background(fn: Callable[[OperationContext], Any], on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[int, int, str], None] | None = None,
                      parent: QObject | None = None) -> BackgroundOperation:
    """Start fn(ctx) in the thread pool; the callbacks run on the UI thread."""
    op = BackgroundOperation(fn, parent)
    if on_success:
        op.succeeded.connect(on_success)
    if on_failure:
        op.failed.connect(on_failure)
    if on_progress:
        op.progressed.connect(on_progress)
    return op.start()


def run_with_progress(parent: QWidget | None, title: str, label: str, fn: Callable[[OperationContext], Any],
                      on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None,
                      cancellable: bool = True) -> BackgroundOperation:
    """run_in_background behind a window-modal progress dialog (busy until the first progress report)."""
    dialog = QProgressDialog(parent)  # its default Cancel button is translated by Qt itself
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    op = BackgroundOperation(fn, parent)
    op.progress_dialog = dialog  # type: ignore[attr-defined]

    def progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            dialog.setLabelText(message)

    op.progressed.connect(progress)
    op.finished.connect(dialog.close)
    op.finished.connect(dialog.deleteLater)
    if cancellable:
        dialog.canceled.connect(op.cancel)
    if on_success:
        op.succeeded.connect(on_success)
    if on_failure:
        op.failed.connect(on_failure)
    op.start()
    return op
