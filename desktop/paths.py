"""Where the app finds its resources and its default database."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
QUESTIONNAIRE_FILE = RESOURCES / "questionnaire" / "survey.json"
DB_DIR = PROJECT_ROOT / "db"
MIGRATIONS_DIR = DB_DIR / "migrations"
REFERENCE_DIR = DB_DIR / "reference"

APP_NAME = "DongbeiSurveyDesk"
APP_AUTHOR = "DongbeiSurveyDesk"
DB_ENV_VAR = "DONGBEI_DB"


def data_dir() -> Path:
    """The per-user data folder (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The database used when neither --db nor DONGBEI_DB names one."""
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return data_dir() / "surveys.sqlite"
