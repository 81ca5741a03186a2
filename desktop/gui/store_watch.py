"""Keeps an eye on the open database for the main window: the banner (read-only, warnings such as a
network share or a failed daily backup, other copies of the app on the same file), the instance
heartbeat, and the daily backup of an app left open for days."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)
HEARTBEAT_MS = 30_000
DAILY_BACKUP_CHECK_MS = 3_600_000


class StoreWatch(QObject):
    """Timers and banner text for `window.store` (follows the window when it switches databases)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.heartbeat = QTimer(self)
        self.heartbeat.timeout.connect(self.beat)
        self.heartbeat.start(HEARTBEAT_MS)
        self.daily = QTimer(self)
        self.daily.timeout.connect(self.daily_backup)
        self.daily.start(DAILY_BACKUP_CHECK_MS)

    def beat(self) -> None:
        instance = self.window.store.instance
        if instance is not None and not self.window.store.readonly:
            instance.heartbeat()

    def daily_backup(self) -> None:
        store = self.window.store
        if not store.readonly and store.maybe_daily_backup() is not None:
            log.info("daily backup of %s made", store.path)
            self.window.update_status(recount=False)

    def banner_text(self) -> str:
        """What the window's banner says ('' when all is well)."""
        store = self.window.store
        lines = []
        if store.readonly:
            lines.append(self.tr("Read-only: {reason}. You can look, search and print, but not change "
                                 "anything.").format(reason=store.readonly_reason))
        lines += [self.tr("Warning: {warning}").format(warning=w) for w in store.warnings]
        others = store.other_instances()
        if others:
            lines.append(self.tr("This database is also open in another copy of the app: {who}. Edits of the same "
                                 "survey are never overwritten silently, but you may be asked to reload.").format(
                who="; ".join(o.describe() for o in others)))
        return "\n".join(lines)
