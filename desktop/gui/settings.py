"""User preferences over QSettings: the ONE place that names the settings file.

Every GUI module reads and writes preferences through `Settings()`; nobody else builds a QSettings.
Keys (all under the user's settings file, INI format):

    analyst                 str   analyst name recorded as store.who on every change
    ui/language             str   'en' | 'ja' | 'zh'
    db/last                 str   the database opened last
    db/recent               list  recently opened databases, newest first (at most 8)
    brief/language          str   'en' | 'ja' | 'zh'  language of a printed brief
    brief/final_only        bool  only final surveys (True) or drafts too (False)
    brief/include_appendix  bool  list the surveyed companies in an appendix
    brief/suppression_threshold int  figures based on fewer companies are suppressed (default 3)
    state/<name>            bytes saved window geometry, splitter and header states

Tests and scripts point the whole app at another file with the DONGBEI_SETTINGS environment variable.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "DongbeiSurveyDesk"
APPLICATION = "DongbeiSurveyDesk"
SETTINGS_ENV_VAR = "DONGBEI_SETTINGS"
LANGUAGE_CODES = ("en", "ja", "zh")
MAX_RECENT = 8

BRIEF_DEFAULTS: dict[str, Any] = {
    "language": "en",
    "final_only": True,
    "include_appendix": False,
    "suppression_threshold": 3,
}


def _qsettings() -> QSettings:
    path = os.environ.get(SETTINGS_ENV_VAR)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def _bool(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class Settings:
    """Typed access to the user's preferences. Cheap to create; every call reads the file's current state."""

    def __init__(self, qsettings: QSettings | None = None):
        self.qs = qsettings or _qsettings()

    def file_name(self) -> str:
        return self.qs.fileName()

    def sync(self) -> None:
        self.qs.sync()

    # analyst -------------------------------------------------------------------------------
    def analyst(self) -> str:
        return str(self.qs.value("analyst", "") or "")

    def set_analyst(self, name: str) -> None:
        self.qs.setValue("analyst", name.strip())
        self.qs.sync()

    # language ------------------------------------------------------------------------------
    def language(self) -> str:
        lang = str(self.qs.value("ui/language", "en") or "en")
        return lang if lang in LANGUAGE_CODES else "en"

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGE_CODES:
            raise ValueError(f"unknown interface language {lang!r}")
        self.qs.setValue("ui/language", lang)
        self.qs.sync()

    # databases -----------------------------------------------------------------------------
    def last_database(self) -> Path | None:
        value = self.qs.value("db/last", "")
        return Path(str(value)) if value else None

    def recent_databases(self) -> list[Path]:
        value = self.qs.value("db/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [Path(str(v)) for v in (value or []) if v]

    def remember_database(self, path: Path) -> None:
        """Record `path` as the last opened database and put it first in the recent list."""
        text = str(Path(path).expanduser().resolve())
        recent = [text] + [str(p) for p in self.recent_databases() if str(p) != text]
        self.qs.setValue("db/recent", recent[:MAX_RECENT])
        self.qs.setValue("db/last", text)
        self.qs.sync()

    # brief options -------------------------------------------------------------------------
    def brief_defaults(self) -> dict[str, Any]:
        lang = str(self.qs.value("brief/language", BRIEF_DEFAULTS["language"]))
        return {
            "language": lang if lang in LANGUAGE_CODES else BRIEF_DEFAULTS["language"],
            "final_only": _bool(self.qs.value("brief/final_only"), BRIEF_DEFAULTS["final_only"]),
            "include_appendix": _bool(self.qs.value("brief/include_appendix"), BRIEF_DEFAULTS["include_appendix"]),
            "suppression_threshold": max(1, _int(self.qs.value("brief/suppression_threshold"),
                                                 BRIEF_DEFAULTS["suppression_threshold"])),
        }

    def set_brief_defaults(self, **values: Any) -> None:
        """Store any of language, final_only, include_appendix, suppression_threshold."""
        for key, value in values.items():
            if key not in BRIEF_DEFAULTS:
                raise KeyError(f"unknown brief option {key!r}")
            if key == "language" and value not in LANGUAGE_CODES:
                raise ValueError(f"unknown brief language {value!r}")
            if key == "suppression_threshold" and int(value) < 1:
                raise ValueError("the suppression threshold must be at least 1")
            self.qs.setValue(f"brief/{key}", value)
        self.qs.sync()

    # widget state --------------------------------------------------------------------------
    def state(self, name: str) -> QByteArray | None:
        value = self.qs.value(f"state/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, name: str, value: QByteArray) -> None:
        self.qs.setValue(f"state/{name}", value)

    def value(self, key: str, default: Any = None) -> Any:
        """Any other key (for dialogs by other helpers: use your own prefix, e.g. 'import/last_folder')."""
        return self.qs.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self.qs.setValue(key, value)
        self.qs.sync()


def brief_defaults() -> dict[str, Any]:
    """Default brief options the user chose in Settings:
    {'language': 'en'|'ja'|'zh', 'final_only': bool, 'include_appendix': bool, 'suppression_threshold': int}."""
    return Settings().brief_defaults()
