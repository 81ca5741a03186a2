"""Interface translations: every shell string has ja/zh, the .ts follow the glossaries, the .qm are fresh."""

from __future__ import annotations

import filecmp
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SHELL_FILES = ["app.py", "company_registry.py", "errors.py", "filters.py", "i18n.py", "main_actions.py",
               "main_window.py", "settings.py", "settings_dialog.py", "survey_model.py", "welcome.py", "workers.py"]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation ('' when unfinished)."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.findtext("numerusform") if message.get("numerus") == "yes" else translation.text
            unfinished = translation.get("type") == "unfinished"
            out[(name, message.findtext("source"))] = "" if unfinished else (text or "")
    return out


def test_every_shell_string_has_japanese_and_chinese(tool, tmp_path):
    ts = tmp_path / "shell_ja.ts"
    tool.run_lupdate([ROOT / "desktop" / "gui" / f for f in SHELL_FILES], [ts])
    sources = list(_messages(ts))
    assert len(sources) > 100
    glossary = tool.load_glossaries()
    missing = [s for c, s in sources if not tool.lookup(glossary, c, s, "ja") or not tool.lookup(glossary, c, s, "zh")]
    assert not missing, f"add these to resources/translations/glossary/shell.csv: {missing}"
    for lang, name in tool.TARGETS.items():
        committed = _messages(TRANSLATIONS / f"{name}.ts")
        stale = [s for c, s in sources if committed.get((c, s)) != tool.lookup(glossary, c, s, lang)]
        assert not stale, f"{name}.ts is stale, run scripts/update_translations.py: {stale[:5]}"


def test_ts_files_follow_the_shell_glossary(tool, tmp_path):
    """Every message the shell glossary covers carries exactly its translation in the committed .ts.

    (Other features' glossaries change while their owners work; `scripts/update_translations.py --check`
    checks all of them at once.)"""
    shell_dir = tmp_path / "glossary"
    shell_dir.mkdir()
    (shell_dir / "shell.csv").write_bytes((TRANSLATIONS / "glossary" / "shell.csv").read_bytes())
    shell = tool.load_glossaries(shell_dir)
    everything = tool.load_glossaries()
    checked = 0
    for lang, name in tool.TARGETS.items():
        for (context, source), text in _messages(TRANSLATIONS / f"{name}.ts").items():
            if source in shell:
                expected = tool.lookup(everything, context, source, lang)
                assert text == expected, f"{name}.ts: {source!r} is {text!r}, glossary says {expected!r}"
                checked += 1
    assert checked > 200


def test_qm_files_are_compiled_from_the_committed_ts(tool, tmp_path):
    for name in tool.TARGETS.values():
        fresh = tmp_path / f"{name}.qm"
        tool.run_lrelease(TRANSLATIONS / f"{name}.ts", fresh)
        assert filecmp.cmp(fresh, TRANSLATIONS / f"{name}.qm", shallow=False), \
            f"{name}.qm is stale: run scripts/update_translations.py"


def test_shell_glossary_placeholders_match():
    import csv
    import re
    with (TRANSLATIONS / "glossary" / "shell.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 100
    for entry in rows:
        source = entry["source"]
        wanted = sorted(re.findall(r"\{\w+\}|%n", source))
        for lang in ("ja", "zh"):
            if entry[lang]:
                assert sorted(re.findall(r"\{\w+\}|%n", entry[lang])) == wanted, (source, lang)


def test_compiled_translation_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    from desktop.gui.i18n import current_language, set_language
    assert set_language(qapp, "ja")
    assert QCoreApplication.translate("MainWindow", "&File") == "ファイル(&F)"
    assert current_language() == "ja"
    assert set_language(qapp, "zh")
    assert QCoreApplication.translate("SurveyTableModel", "Company") == "企业"
    set_language(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
