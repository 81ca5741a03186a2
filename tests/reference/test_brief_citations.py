"""Reference figures reach the briefs: the Liaoning brief cites trade with Japan and the Japanese company
counts with their sources, and a figure added in the Reference data window is in the next brief with its
source footnote."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from desktop.demo import generate
from desktop.gui.reference_window import ReferenceWindow
from desktop.reports.build import BriefOptions, load_data, province_brief


def brief_layout(store, out: Path) -> str:
    """The brief's text with its layout (one table row per line)."""
    province_brief(load_data(store, BriefOptions()), "21", out)
    return subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout


def brief_text(store, out: Path) -> str:
    return " ".join(brief_layout(store, out).split())


@pytest.fixture
def surveyed(store):
    generate(store, 60, seed=9)
    return store


def test_liaoning_brief_cites_trade_and_company_counts(surveyed, tmp_path):
    text = brief_text(surveyed, tmp_path / "ln.pdf")
    assert "98.2" in text  # Liaoning-Japan trade 2019, CNY bn
    assert "7,770" in text  # Japanese-affiliated companies established (cumulative), end-2019
    assert "afpbb.com/articles/-/3316216" in text.replace(" ", "")  # their source, in a footnote


def type_cjk(widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_figure_added_in_the_window_is_in_the_next_brief(qtbot, surveyed, tmp_path):
    window = ReferenceWindow(surveyed)
    qtbot.addWidget(window)
    window.show()
    dialog = window.page("reference_figures").add_row()
    w = dialog.widgets
    w["geography"].setCurrentIndex(w["geography"].findData("21"))
    qtbot.keyClicks(w["indicator"], "trade_with_japan")
    qtbot.keyClicks(w["value"], "123.4")
    w["unit"].setCurrentIndex(w["unit"].findData("CNY bn"))
    qtbot.keyClicks(w["period"], "2025")
    w["status"].setCurrentIndex(w["status"].findData("ESTIMATED"))
    type_cjk(w["source_name"], "大连海关 test bulletin")
    qtbot.keyClicks(w["source_url"], "https://example.org/dalian-customs-2025")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.errors.text()
    layout = brief_layout(surveyed, tmp_path / "ln2.pdf")
    row = next(line for line in layout.splitlines() if "123.4 CNY bn" in line)
    assert "2025" in row and "ESTIMATED" in row  # this figure's own row is marked as an estimate
    text = " ".join(layout.split())
    assert "example.org/dalian-customs-2025" in text.replace(" ", "")
    assert "大连海关" in text.replace(" ", "")
