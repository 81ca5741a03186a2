"""Spot another copy of the app using the same database file.

Each open Store writes a small JSON file (pid, host, user, who, started, heartbeat) into a side folder
`<database name>-instances/`. Another process lists that folder: an entry from this host whose process
no longer runs, or one from another host whose heartbeat is older than STALE_SECONDS, is ignored (and
removed). Nothing here ever blocks a save: SQLite's own locking and the revision check protect the data;
this only lets the GUI say "this file is also open in ... since ...".
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import getpass
import json
import os
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HEARTBEAT_SECONDS = 30
STALE_SECONDS = 120
_refs: dict[Path, int] = {}
_refs_lock = threading.Lock()


@dataclass(frozen=True)
class InstanceInfo:
    pid: int
    host: str
    user: str
    who: str
    started: str  # UTC ISO time
    heartbeat: float  # time.time() of the last sign of life

    def describe(self) -> str:
        name = self.who or self.user
        return f"{name} on {self.host} (process {self.pid}, since {self.started[:16].replace('T', ' ')} UTC)"


def _alive(pid: int) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows relies on the heartbeat
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class InstanceLock:
    """This process's registration as a user of `db_path`; query others with others()."""

    def __init__(self, db_path: str | Path, who: str = ""):
        self.db_path = Path(db_path).resolve()
        self.folder = self.db_path.with_name(self.db_path.name + "-instances")
        self.host = socket.gethostname()
        self.pid = os.getpid()
        self.who = who
        self.file = self.folder / f"{self.host}-{self.pid}.json"
        self.held = False
        self.last_beat = 0.0
        self._started = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def acquire(self) -> bool:
        """Register this process (best effort: False when the folder cannot be written)."""
        with _refs_lock:
            count = _refs.get(self.file, 0)
            _refs[self.file] = count + 1
            self.held = True
            if count:
                return True
        return self.heartbeat()

    def heartbeat(self) -> bool:
        """Refresh this process's entry (call every HEARTBEAT_SECONDS or so; saves do it for you)."""
        if not self.held:
            return False
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name on some systems
            user = ""
        data = {"pid": self.pid, "host": self.host, "user": user, "who": self.who,
                "started": self._started, "heartbeat": time.time()}
        tmp = self.file.with_suffix(".tmp")
        try:
            self.folder.mkdir(exist_ok=True)
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, self.file)
        except OSError:
            return False
        self.last_beat = time.time()
        return True

    def beat_if_due(self) -> None:
        if self.held and time.time() - self.last_beat > HEARTBEAT_SECONDS:
            self.heartbeat()

    def others(self) -> list[InstanceInfo]:
        """Other live processes that have this database open."""
        out = []
        try:
            entries = list(self.folder.glob("*.json"))
        except OSError:
            return []
        for path in entries:
            if path.name == self.file.name:
                continue
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                info = InstanceInfo(int(data["pid"]), str(data["host"]), str(data.get("user", "")),
                                    str(data.get("who", "")), str(data.get("started", "")),
                                    float(data["heartbeat"]))
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if info.host == self.host and info.pid == self.pid:
                continue
            stale = (not _alive(info.pid)) if info.host == self.host else \
                time.time() - info.heartbeat > STALE_SECONDS
            if stale:
                with contextlib.suppress(OSError):
                    path.unlink()
                continue
            out.append(info)
        return sorted(out, key=lambda i: i.started)

    def release(self) -> None:
        """Unregister (when the last Store of this process on this file closes)."""
        if not self.held:
            return
        self.held = False
        with _refs_lock:
            count = _refs.get(self.file, 1) - 1
            if count > 0:
                _refs[self.file] = count
                return
            _refs.pop(self.file, None)
        with contextlib.suppress(OSError):
            self.file.unlink()
        with contextlib.suppress(OSError):
            self.folder.rmdir()  # only when empty
