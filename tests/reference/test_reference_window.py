"""The Reference data window (pytest-qt): add, edit, retire, filter, import; changes reach the database."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit

from desktop.gui.i18n import apply_fonts
from desktop.gui.reference_window import ReferenceWindow
from desktop.store import reference as ref
from desktop.store import reference_edit as refedit


@pytest.fixture
def window(qtbot, store):
    w = ReferenceWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


def type_cjk(widget: QLineEdit, text: str) -> None:
    """Enter CJK text as an input method does (keyClicks with CJK crashes Qt, see PITFALLS)."""
    widget.setFocus()
    widget.clear()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def select(tab, key: str) -> None:
    tab.select_key(key)
    assert tab.selected_row()[tab.spec.key] == key


def test_add_figure_reaches_the_database(qtbot, window, store, fresh_process):
    tab = window.page("reference_figures")
    dialog = tab.add_row()
    w = dialog.widgets
    geo = w["geography"]
    assert isinstance(geo, QComboBox)
    geo.setCurrentIndex(geo.findData("2101"))
    qtbot.keyClicks(w["indicator"], "japanese_firms_count")
    qtbot.keyClicks(w["value"], "420")
    w["unit"].setCurrentIndex(w["unit"].findData("firms"))
    qtbot.keyClicks(w["period"], "2024-H1")
    w["count_kind"].setCurrentIndex(w["count_kind"].findData("operating_companies"))
    w["status"].setCurrentIndex(w["status"].findData("ESTIMATED"))
    type_cjk(w["source_name"], "瀋陽日本商工会")
    qtbot.keyClicks(w["source_url"], "https://example.org/shenyang")
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.errors.text()
    assert tab.selected_row()["indicator"] == "japanese_firms_count"
    out = fresh_process("""
        import sys
        from desktop.store import open_store
        from desktop.store import reference as ref
        s = open_store(sys.argv[1], readonly=True)
        f = [f for f in ref.latest_figures(s, "2101") if f["indicator"] == "japanese_firms_count"][0]
        print(f["value"], f["unit"], f["period"], f["count_kind"], f["status"], f["source_name"], f["source_url"])
        """, str(store.path)).stdout.split()
    assert out == ["420.0", "firms", "2024-H1", "operating_companies", "ESTIMATED", "瀋陽日本商工会",
                   "https://example.org/shenyang"]


def test_bad_figure_shows_inline_problems_and_saves_nothing(qtbot, window, store):
    tab = window.page("reference_figures")
    dialog = tab.add_row()
    qtbot.keyClicks(dialog.widgets["indicator"], "trade_with_japan")
    qtbot.keyClicks(dialog.widgets["value"], "about 3")
    qtbot.keyClicks(dialog.widgets["period"], "FY2023")
    dialog.widgets["unit"].setEditText("JPY bn")
    save(dialog)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    text = dialog.errors.text()
    for label in ("Value:", "Period:", "Unit:", "Source name:", "Source URL:"):
        assert label in text
    assert "red" in dialog.widgets["value"].styleSheet() or "#b00020" in dialog.widgets["value"].styleSheet()
    assert len(ref.figures(store, include_retired=True)) == 62


def test_edit_goes_to_the_audit_log(qtbot, window, store):
    tab = window.page("reference_figures")
    select(tab, "ln_trade_jp_2019")
    dialog = tab.edit_selected()
    assert not dialog.widgets["id"].isEnabled() if "id" in dialog.widgets else True
    dialog.widgets["value"].setText("98.5")
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.errors.text()
    with sqlite3.connect(store.path) as conn:
        rows = conn.execute("SELECT who, action, table_name, field, old, new FROM audit_log "
                            "WHERE record_id = 'ln_trade_jp_2019'").fetchall()
    assert rows == [("tester", "update", "reference_figures", "value", "98.2", "98.5")]
    history = tab.history_selected()
    assert history.findChild(type(history.layout().itemAt(1).widget())).rowCount() == 1


def test_city_names_editable_in_three_languages(qtbot, window, store):
    tab = window.page("cities")
    select(tab, "2107")
    dialog = tab.edit_selected()
    type_cjk(dialog.widgets["name_ja"], "錦州市（きんしゅう）")
    dialog.widgets["name_en"].setText("Jinzhou (Liaoning)")
    with qtbot.waitSignal(window.changed, timeout=1000) as signal:
        save(dialog)
    assert signal.args == ["cities"]
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.errors.text()
    city = next(c for c in ref.cities(store, "21") if c["code"] == "2107")
    assert (city["name_en"], city["name_ja"]) == ("Jinzhou (Liaoning)", "錦州市（きんしゅう）")
    assert {h["field"] for h in refedit.history(store, "cities", "2107")} == {"name_en", "name_ja"}


def test_filter_sort_and_retire(qtbot, window, store):
    tab = window.page("reference_figures")
    qtbot.keyClicks(tab.filter, "JCCI")
    shown = [c for c, _ in tab.spec.columns]
    expected = [f for f in ref.figures(store) if any("jcci" in str(f[c]).casefold() for c in shown)]
    assert tab.proxy.rowCount() == len(expected) >= 7
    tab.filter.clear()
    value_col = [c for c, _ in tab.spec.columns].index("value")
    tab.table.sortByColumn(value_col, Qt.SortOrder.DescendingOrder)
    values = [tab.proxy.index(r, value_col).data() for r in range(3)]
    assert values == ["789000", "32349", "32313"]
    select(tab, "ln_trade_jp_2019")
    tab.retire_selected()
    assert ref.get_figure(store, "ln_trade_jp_2019")["retired"] == 1
    assert tab.proxy.rowCount() == 61
    tab.show_retired.setChecked(True)
    assert tab.proxy.rowCount() == 62
    select(tab, "ln_trade_jp_2019")
    tab.restore_selected()
    assert ref.get_figure(store, "ln_trade_jp_2019")["retired"] == 0


def test_import_dialog_refuses_bad_file_then_imports(qtbot, window, store, tmp_path, helpers):
    tab = window.page("reference_figures")
    rows = helpers.shipped_rows()
    rows[0]["geography"] = "Liaoning"
    path = helpers.write_csv(tmp_path / "in.csv", rows)
    dialog = tab.import_clicked()
    assert dialog.load(path)
    assert dialog.run(dry_run=False) is None
    assert "Nothing was imported" in dialog.result.toPlainText()
    assert "in.csv: row 2, column 'geography'" in dialog.result.toPlainText()
    rows[0]["geography"] = "NE3"
    rows[0]["value"] = "13.0"
    helpers.write_csv(path, rows)
    assert dialog.load(path)
    assert dialog.run(dry_run=True).updated == [("ne3_jp_share_exp_2000", ["value"])]
    assert ref.get_figure(store, "ne3_jp_share_exp_2000")["value"] == 12.4
    dialog.run(dry_run=False)
    assert ref.get_figure(store, "ne3_jp_share_exp_2000")["value"] == 13.0


def test_screenshot(qtbot, window):
    apply_fonts(QApplication.instance())
    window.tabs.setCurrentIndex(1)
    window.page("cities").filter.setText("2")
    qtbot.wait(50)
    assert window.grab().save("/tmp/reference_window_cities.png")
    window.tabs.setCurrentIndex(4)
    qtbot.wait(50)
    assert window.grab().save("/tmp/reference_window.png")


def test_every_label_is_marked_and_translated():
    import csv

    from desktop import paths
    from desktop.gui.reference_models import MARKED, TABS

    labels = {t.title for t in TABS} | {h for t in TABS for _, h in t.columns} | {f.label for t in TABS for f in t.fields}
    assert labels <= set(MARKED)
    glossary = paths.RESOURCES / "translations" / "glossary" / "reference.csv"
    with glossary.open(encoding="utf-8", newline="") as fh:
        rows = {r["source"]: r for r in csv.DictReader(fh)}
    for label in MARKED:
        assert rows[label]["ja"] and rows[label]["zh"], label


def test_shipped_figures_all_in_the_window_with_sources(window):
    """Every row of /work/shared/reference/trade_investment_figures.csv reaches the window via figures.csv."""
    import csv
    from pathlib import Path

    tab = window.page("reference_figures")
    rows = tab.model.rows
    assert len(rows) == 62 and tab.proxy.rowCount() == 62
    assert all(r["source_name"] and r["source_url"].startswith("http") for r in rows)
    shared = Path("/work/shared/reference/trade_investment_figures.csv")
    if shared.exists():
        with shared.open(encoding="utf-8", newline="") as fh:
            for src in csv.DictReader(fh):
                assert any(r["source_url"] == src["source_url"] for r in rows), src["indicator"]
