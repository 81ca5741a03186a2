"""Regenerate the interface translations: lupdate -> fill from glossaries -> lrelease.

    .venv/bin/python scripts/update_translations.py          # update .ts and .qm in resources/translations
    .venv/bin/python scripts/update_translations.py --check  # exit 1 if anything would change

1. pyside6-lupdate collects every self.tr()/QCoreApplication.translate() string of desktop/gui/**/*.py
   (all helpers' files) into resources/translations/dongbei_ja.ts and dongbei_zh_CN.ts.
2. Each message gets its translation from the glossaries resources/translations/glossary/*.csv
   (columns source,ja,zh; one file per feature, e.g. shell.csv). A message without a glossary entry
   stays "unfinished" (Qt then shows the English text).
3. pyside6-lrelease compiles the .ts files into the .qm files the app loads.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI_DIR = ROOT / "desktop" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARY_DIR = TRANSLATIONS / "glossary"
TARGETS = {"ja": "dongbei_ja", "zh": "dongbei_zh_CN"}


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this environment")
    return found


def sources(folder: Path = GUI_DIR) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def load_glossaries(folder: Path = GLOSSARY_DIR) -> dict[str, dict[str, str]]:
    """Translations from every glossary CSV: key -> {'ja': ..., 'zh': ...}.

    Columns: source, ja, zh, and optionally context (a class name such as BackupsDialog). A row with a
    context is stored under "context\x04source" and wins over a context-free row for that class. Files
    without a `source` column (terminology lists such as brief.csv's term_en) are skipped with a note.
    """
    table: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = set(reader.fieldnames or [])
            if not {"source", "ja", "zh"} <= fields:
                print(f"note: {path.name} has no source,ja,zh columns; not a UI glossary, skipped", file=sys.stderr)
                continue
            for line, row in enumerate(reader, start=2):
                source = row["source"]
                if not source:
                    continue
                key = f"{row['context']}\x04{source}" if row.get("context") else source
                entry = {"ja": row["ja"] or "", "zh": row["zh"] or ""}
                old = table.get(key)
                if old and old != entry:
                    print(f"warning: {path.name}:{line}: {source!r} translated differently elsewhere; "
                          f"keeping the first", file=sys.stderr)
                    continue
                table[key] = entry
    return table


def lookup(glossary: dict[str, dict[str, str]], context: str, source: str, lang: str) -> str:
    """The translation of `source` in `context` (a context-specific row first)."""
    entry = glossary.get(f"{context}\x04{source}") or glossary.get(source) or {}
    return entry.get(lang, "")


def run_lupdate(files: list[Path], ts_files: list[Path]) -> None:
    cmd = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *map(str, files),
           "-ts", *map(str, ts_files)]
    subprocess.run(cmd, check=True, cwd=ROOT)


def fill(ts_file: Path, lang: str, glossary: dict[str, dict[str, str]]) -> tuple[int, int]:
    """Set every message's translation from the glossary; returns (translated, untranslated)."""
    tree = ET.parse(ts_file)
    done = missing = 0
    for context in tree.getroot().iter("context"):
        done, missing = _fill_context(context, lang, glossary, done, missing)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done, missing


def _fill_context(context: ET.Element, lang: str, glossary: dict[str, dict[str, str]], done: int,
                  missing: int) -> tuple[int, int]:
    name = context.findtext("name") or ""
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        text = lookup(glossary, name, source, lang)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            ET.SubElement(translation, "numerusform").text = text
            translation.text = None
        else:
            translation.text = text
        if text:
            translation.attrib.pop("type", None)
            done += 1
        else:
            translation.set("type", "unfinished")
            missing += 1
    return done, missing


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True, cwd=ROOT)


def build(out_dir: Path, files: list[Path] | None = None) -> dict[str, tuple[int, int]]:
    """Write fresh .ts and .qm files for every target language into out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ts_files = [out_dir / f"{name}.ts" for name in TARGETS.values()]
    for ts in ts_files:
        ts.unlink(missing_ok=True)
    run_lupdate(files or sources(), ts_files)
    glossary = load_glossaries()
    stats = {}
    for (lang, name), ts in zip(TARGETS.items(), ts_files):
        stats[lang] = fill(ts, lang, glossary)
        run_lrelease(ts, out_dir / f"{name}.qm")
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the committed files are stale")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        stats = build(Path(tmp))
        stale = [f"{name}{ext}" for name in TARGETS.values() for ext in (".ts", ".qm")
                 if not (TRANSLATIONS / f"{name}{ext}").exists()
                 or not filecmp.cmp(Path(tmp) / f"{name}{ext}", TRANSLATIONS / f"{name}{ext}", shallow=False)]
        for lang, (done, missing) in stats.items():
            print(f"{lang}: {done} translated, {missing} without a glossary entry")
        if args.check:
            if stale:
                print("stale: " + ", ".join(stale) + " (run scripts/update_translations.py)")
                return 1
            print("translations are up to date")
            return 0
        for name in stale:
            shutil.copyfile(Path(tmp) / name, TRANSLATIONS / name)
        print("updated: " + (", ".join(stale) if stale else "nothing"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
