"""Interface language: Qt translators for our strings and Qt's own, the current language, CJK fonts.

    set_language(app, lang)   install translators for 'en' | 'ja' | 'zh' and send LanguageChange
    current_language()        the language now in use ('en' | 'ja' | 'zh'); the form reads it to pick
                              questionnaire labels (those come from survey.json, not from Qt)
    LANGUAGE_NAMES            {'en': 'English', 'ja': '日本語', 'zh': '中文'} (each in its own script)

Widgets build their texts in a `retranslate()` method and call it from changeEvent on
QEvent.LanguageChange, so a switch applies at once without restarting.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop import paths

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = paths.RESOURCES / "translations"
LANGUAGE_NAMES = {"en": "English", "ja": "日本語", "zh": "中文"}
QT_LOCALES = {"en": "en", "ja": "ja", "zh": "zh_CN"}
UI_FONT_FAMILIES = ["DejaVu Sans", "WenQuanYi Zen Hei", "Noto Sans CJK JP", "Noto Sans CJK SC", "Sans Serif"]

_current = "en"
_installed: list[QTranslator] = []


def current_language() -> str:
    """'en', 'ja' or 'zh': the interface language in use."""
    return _current


def qm_path(lang: str) -> Path:
    """The compiled translation of our own strings for `lang` (ja, zh)."""
    return TRANSLATIONS_DIR / f"dongbei_{QT_LOCALES[lang]}.qm"


def set_language(app: QApplication, lang: str) -> bool:
    """Switch the interface to `lang` at once; returns False when a translation file failed to load."""
    global _current
    if lang not in LANGUAGE_NAMES:
        raise ValueError(f"unknown interface language {lang!r}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(qm_path(lang))):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            ok = False
            log.warning("could not load %s", qm_path(lang))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        base = QTranslator(app)
        if base.load(f"qtbase_{QT_LOCALES[lang]}", qt_dir):
            app.installTranslator(base)
            _installed.append(base)
    _current = lang
    QLocale.setDefault(QLocale(QT_LOCALES[lang]))
    apply_fonts(app, lang)
    return ok


def apply_fonts(app: QApplication, lang: str = "en") -> None:
    """A UI font whose fallbacks cover Latin, kana and simplified hanzi (PITFALLS: boxes otherwise)."""
    available = set(QFontDatabase.families())
    families = [f for f in UI_FONT_FAMILIES if f in available]
    if lang in ("ja", "zh") and "WenQuanYi Zen Hei" in families:
        # one face for the whole line keeps CJK and Latin on the same baseline
        families.remove("WenQuanYi Zen Hei")
        families.insert(0, "WenQuanYi Zen Hei")
    if not families:
        return
    font = QFont(app.font())
    font.setFamilies(families)
    app.setFont(font)
