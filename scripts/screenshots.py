"""Save PNG screenshots of the desktop app into docs/screenshots/ (offscreen, with fictional demo data).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Shots: main window (English, Japanese, Chinese), company registry, welcome panel, settings dialog, and the
survey form in English and Japanese when desktop.gui.form exists. Nothing touches your own settings or
database: everything lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="dongbei-shots-"))
    os.environ["DONGBEI_SETTINGS"] = str(tmp / "settings.ini")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")

    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.demo import generate
    from desktop.gui.app import application, create_main_window
    from desktop.gui.i18n import set_language
    from desktop.gui.settings import Settings
    from desktop.gui.settings_dialog import SettingsDialog
    from desktop.store import open_store

    app = application()
    settings = Settings()
    settings.set_analyst("Sato Yui")
    saved: list[Path] = []

    def shot(widget, name: str) -> None:  # noqa: ANN001
        widget.show()
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    empty = open_store(tmp / "empty.sqlite", who="Sato Yui")
    window = create_main_window(empty, settings)
    window.resize(1100, 640)
    shot(window, "welcome_en")
    window.close()
    shiboken6.delete(window)
    empty.close()

    store = open_store(tmp / "demo.sqlite", who="Sato Yui")
    generate(store, 300, seed=2025)
    window = create_main_window(store, settings)
    window.resize(1360, 760)
    shot(window, "main_window_en")
    for lang in ("ja", "zh"):
        set_language(app, lang)
        shot(window, f"main_window_{lang}")
    window.registry.show()
    window.resizeDocks([window.registry], [640], Qt.Orientation.Horizontal)
    window.registry.search.setText("大连")
    window.registry.reload()
    shot(window, "company_registry_zh")
    window.registry.hide()
    set_language(app, "en")
    dialog = SettingsDialog(settings, store.path, window)
    shot(dialog, "settings_en")
    set_language(app, "ja")
    shot(dialog, "settings_ja")
    dialog.close()

    try:
        from desktop.gui.form import SurveyFormWindow
    except ImportError as exc:
        print(f"survey form not captured: {exc}")
    else:
        survey_id = window.model.survey_id(0)
        for lang in ("en", "ja"):
            set_language(app, lang)
            form = SurveyFormWindow(store, survey_id=survey_id, prefill=None, parent=window)
            form.resize(1100, 800)
            shot(form, f"survey_form_{lang}")
            form.hide()
            shiboken6.delete(form)
    set_language(app, "en")
    window.hide()
    shiboken6.delete(window)
    store.close()
    QApplication.processEvents()
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
