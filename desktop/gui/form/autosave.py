"""Never lose work: the raw form content goes to the drafts table within a second of any change."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.store import drafts
from desktop.store.connection import Store
from desktop.store.errors import StoreError

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 800


class Autosaver(QObject):
    """Writes `payload()` as draft `key` AUTOSAVE_DELAY_MS after the last change (restarted on change).

    payload: returns (payload dict, survey_id, base_revision) of the form right now.
    saved(str) is emitted after each write with an empty string, or with the error message.
    """

    saved = Signal(str)

    def __init__(self, store: Store, key: str,
                 payload: Callable[[], tuple[dict[str, Any], str | None, int | None]],
                 parent: QObject | None = None, delay_ms: int = AUTOSAVE_DELAY_MS):
        super().__init__(parent)
        self.store, self.key, self._payload = store, key, payload
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        self.has_draft = False

    def schedule(self) -> None:
        """A change happened: (re)start the countdown."""
        self.timer.start()

    def flush(self) -> bool:
        """Write the draft now; False (and the error in `saved`) when the database refused."""
        self.timer.stop()
        payload, survey_id, revision = self._payload()
        try:
            drafts.save_draft(self.store, self.key, payload, survey_id=survey_id, base_revision=revision)
        except (StoreError, OSError, Exception) as exc:  # noqa: BLE001 - autosave must never crash the form
            log.warning("autosave of draft %s failed: %s", self.key, exc)
            self.saved.emit(str(exc) or exc.__class__.__name__)
            return False
        self.has_draft = True
        self.saved.emit("")
        return True

    def discard(self) -> None:
        """Forget the draft (after a successful save or an explicit discard)."""
        self.timer.stop()
        try:
            drafts.discard_draft(self.store, self.key)
        except Exception as exc:  # noqa: BLE001
            log.warning("could not delete draft %s: %s", self.key, exc)
        self.has_draft = False
