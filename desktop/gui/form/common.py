"""Small helpers shared by the survey form modules: UI language and colours.

User-visible strings use self.tr() or QCoreApplication.translate("LiteralContext", "text") with
literal arguments, so that pyside6-lupdate (scripts/update_translations.py) finds them.
"""

from __future__ import annotations

ERROR_STYLE = "color: #b00020;"
WARN_STYLE = "background: #fff4ce; border: 1px solid #e0b000; border-radius: 3px; padding: 4px;"
CONFLICT_STYLE = "background: #fde7e9; border: 1px solid #b00020; border-radius: 3px; padding: 4px;"
HELP_STYLE = "color: #555555;"


def ui_language() -> str:
    """The UI language (en, ja, zh) chosen in the shell's settings; 'en' when unknown."""
    try:
        from desktop.gui.i18n import current_language  # written by the shell
    except ImportError:
        return "en"
    try:
        lang = current_language()
    except Exception:  # noqa: BLE001 - a broken setting must not stop the form
        return "en"
    return lang if lang in ("en", "ja", "zh") else "en"

